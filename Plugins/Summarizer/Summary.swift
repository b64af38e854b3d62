import PresswatchCore

/// An article's summary: some of its own sentences, in reading order.
public struct Summary: ArticleFinding, Equatable {
    public static let key = "summary"
    public static let markdownOrder = 10

    /// The chosen sentences joined as prose.
    public var text: String
    /// Indices into the article's `sentences`, ascending.
    public var sentences: [Int]

    public init(text: String, sentences: [Int]) {
        self.text = text
        self.sentences = sentences
    }

    public func markdown(for article: Article) -> String? {
        text.isEmpty ? nil : "**Summary.** \(text)\n"
    }
}
