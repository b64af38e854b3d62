import PresswatchCore

/// An article's summary: some of its own sentences, in reading order.
public struct Summary: ArticleFinding, Equatable {
    public static let key = "summary"
    /// Right under the article's heading, before the figures (200) and keywords.
    public static let markdownOrder = 100

    /// The chosen sentences joined as prose.
    public var text: String
    /// Indices into the article's `sentences`, ascending.
    public var sentences: [Int]

    public init(text: String, sentences: [Int]) {
        self.text = text
        self.sentences = sentences
    }

    /// A `#### Summary` section holding the text, Markdown's special characters escaped.
    public func markdown(for article: Article) -> String? {
        text.isEmpty ? nil : "#### Summary\n\n\(MarkdownText.escape(text))\n"
    }
}
