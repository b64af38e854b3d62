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

    private enum CodingKeys: String, CodingKey {
        case top, method
        case minScore = "min_score"
        case stopwords
    }

    /// Every key may be left out: a bare `keyword_tagger:` is a complete configuration.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        top = try container.decodeIfPresent(Int.self, forKey: .top) ?? top
        method = try container.decodeIfPresent(Method.self, forKey: .method) ?? method
        minScore = try container.decodeIfPresent(Double.self, forKey: .minScore) ?? minScore
        stopwords = try container.decodeIfPresent(String.self, forKey: .stopwords)
    }

    public static let fields = [
        OptionField(
            "top", type: "integer", default: "10",
            help: "how many keywords each article gets at most (1 to 100)"),
        OptionField(
            "method", type: "one of: auto, tfidf, textrank", default: "auto",
            help: "auto: TF-IDF with headline and lead boosts; tfidf, textrank for comparison"),
        OptionField(
            "min_score", type: "number", default: "0",
            help: "leave out keywords scoring below this (scores are tf × idf, tf per content word)"
        ),
        OptionField(
            "stopwords", type: "path", default: "none",
            help: "extra stop words, one a line, `#` comments (relative to pipeline.yaml)"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        var errors: [OptionError] = []
        if !(1...100).contains(top) {
            errors.append(OptionError(option: "top", message: "must be 1 to 100, not \(top)"))
        }
        if !minScore.isFinite || minScore < 0 {
            errors.append(
                OptionError(option: "min_score", message: "must be 0 or more, not \(minScore)"))
        }
        return errors + context.checkReadable(stopwords, option: "stopwords")
    }
}
