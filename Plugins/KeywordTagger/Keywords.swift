import PresswatchCore

/// An article's keywords, highest score first: the terms an archivist would file it under.
public struct Keywords: ArticleFinding, Equatable {
    public struct Keyword: Sendable, Hashable, Encodable {
        public var term: String
        public var score: Double

        public init(term: String, score: Double) {
            self.term = term
            self.score = score
        }
    }

    public static let key = "keywords"
    public static let markdownOrder = 300

    public var keywords: [Keyword]

    public init(_ keywords: [Keyword]) {
        self.keywords = keywords
    }

    public var terms: [String] { keywords.map(\.term) }

    /// Encoded as the bare array the result schema describes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(keywords)
    }

    public func markdown(for article: Article) -> String? {
        guard !keywords.isEmpty else { return nil }
        return "**Keywords:** " + terms.map(MarkdownText.escape).joined(separator: " · ")
    }
}

/// A score as the result shows it (4 decimals); `min_score` applies to this.
func displayedScore(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }
