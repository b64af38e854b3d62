import PresswatchCore

/// An article's summary: some of its own sentences in reading order, or (`style: headline`) a
/// one-line gist made from them by deletions only.
public struct Summary: ArticleFinding, Equatable {
    public static let key = "summary"
    /// Right under the article's heading, before the figures (200) and keywords.
    public static let markdownOrder = 100

    /// The chosen sentences joined as prose.
    public var text: String
    /// Indices into the article's `sentences`, ascending: those the text is made from.
    public var sentences: [Int]
    /// Whether the text is whole sentences or a headline-style gist.
    public var style: SummaryStyle

    public init(text: String, sentences: [Int], style: SummaryStyle = .sentences) {
        self.text = text
        self.sentences = sentences
        self.style = style
    }

    /// A `#### Summary` section holding the text, Markdown's special characters escaped; a gist
    /// is one `**Gist:**` line right under the article's heading and credits.
    public func markdown(for article: Article) -> String? {
        guard !text.isEmpty else { return nil }
        switch style {
        case .sentences: return "#### Summary\n\n\(MarkdownText.escape(text))\n"
        case .headline: return "**Gist:** \(MarkdownText.escape(text))\n"
        }
    }
}
