import PresswatchCore

/// The keyword tagger's options in `pipeline.yaml`.
public struct KeywordTaggerOptions: ProcessorOptions {
    /// How terms are scored.
    public enum Method: String, Codable, Sendable, CaseIterable {
        /// The measured best: TF-IDF with headline and first-paragraph boosts over merged phrases.
        case auto
        /// Plain TF-IDF over the same terms, no boosts (for comparison).
        case tfidf
        /// A co-occurrence graph (TextRank) over the same terms (for comparison).
        case textrank
    }

    /// How many keywords each article gets at most.
    public var top = 10
    public var method = Method.auto
    /// Keywords scoring below this are left out.
    public var minScore = 0.0
    /// Extra stop words, one a line (`#` starts a comment); relative to `pipeline.yaml`.
    public var stopwords: String?

    public init() {}

    public static let fields = [
        OptionField(
            "top", bounds: .within(1...100), help: "how many keywords each article gets at most"),
        OptionField(
            "method",
            help:
                "`auto`: TF-IDF with headline and lead boosts; `tfidf` (no boosts) and `textrank`"
                + " for comparison"),
        OptionField(
            "min_score", bounds: .atLeast(0),
            help: "leave out keywords scoring below this (scores are tf × idf, tf per content word)"
        ),
        OptionField(
            "stopwords", isPath: true,
            help: "extra stop words, one a line, `#` comments, relative to `pipeline.yaml`"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        context.checkReadable(stopwords, option: "stopwords")
    }
}
