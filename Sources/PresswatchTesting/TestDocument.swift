import PresswatchCore

extension Document {
    /// A document made from text the way `pipe` makes one from a record's text (the input
    /// reader's own path: line ends normalised, bytes, digest and line count of the text's
    /// UTF-8), named `file`. Throws for what the reader refuses (a NUL character).
    public static func from(text: String, file: String = "page.txt") throws -> Document {
        try InputReader(maxInputBytes: .max).document(id: file, text: text)
    }

    /// A document holding `articles` in place of the one article a new document holds: for a
    /// processor's test on articles built by hand.
    public static func holding(_ articles: [Article], file: String = "page.txt") throws
        -> Document
    {
        var document = try from(text: "", file: file)
        document.articles = articles
        return document
    }
}
