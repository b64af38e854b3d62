import PresswatchCore

/// How the summarizer chooses sentences.
public enum SummaryMethod: String, Codable, Sendable, CaseIterable {
    /// Position, centrality, headline similarity, figures and names, key terms, with MMR.
    case auto
    /// The first sentences, as a baseline.
    case lead
    /// BM25-weighted LexRank centrality alone, as a baseline.
    case centrality
}

/// The summarizer's options in `pipeline.yaml`.
public struct SummarizerOptions: ProcessorOptions {
    /// How many sentences a summary has at most.
    public var sentences = 2
    /// A length budget in characters (Unicode scalars, white space not counted); none by default.
    /// With `style: headline` it is the gist's budget (every scalar counted, spaces too), and
    /// when left out 30 for Chinese and 72 (about 12 words) for Latin-script articles.
    public var maxChars: Int?
    public var method = SummaryMethod.auto
    public var style = SummaryStyle.sentences
    /// Articles shorter than this (in characters) get their first sentence.
    public var minArticleChars = 80

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case sentences, maxChars, method, minArticleChars, style
    }

    /// Every key may be left out: a bare `- summarizer:` is a complete configuration.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SummarizerOptions()
        sentences =
            try container.decodeIfPresent(Int.self, forKey: .sentences) ?? defaults.sentences
        maxChars = try container.decodeIfPresent(Int.self, forKey: .maxChars)
        method =
            try container.decodeIfPresent(SummaryMethod.self, forKey: .method) ?? defaults.method
        minArticleChars =
            try container.decodeIfPresent(Int.self, forKey: .minArticleChars)
            ?? defaults.minArticleChars
        style = try container.decodeIfPresent(SummaryStyle.self, forKey: .style) ?? defaults.style
    }

    public static let fields = [
        OptionField(
            "sentences", type: "integer", default: "2",
            help:
                "the most sentences a summary has (a quotation split across sentences counts once)"),
        OptionField(
            "max_chars", type: "integer", default: "none",
            help:
                "a length budget in characters; whichever of it and `sentences` is reached first;"
                + " with `style: headline` the gist's length (default 30 for Chinese, 72 for Latin script)"
        ),
        OptionField(
            "method", type: "one of: auto, lead, centrality", default: "auto",
            help: "how sentences are chosen; `lead` and `centrality` are baselines for comparison"),
        OptionField(
            "min_article_chars", type: "integer", default: "80",
            help: "articles shorter than this get their first sentence as the summary"),
        OptionField(
            "style", type: "one of: sentences, headline", default: "sentences",
            help:
                "`sentences`: whole sentences; `headline`: a one-line gist made by deleting words"
                + " from the best sentence (a subsequence of the article's text)"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        var errors: [OptionError] = []
        if sentences < 1 {
            errors.append(OptionError(option: "sentences", message: "must be at least 1"))
        }
        if let maxChars, maxChars < 1 {
            errors.append(OptionError(option: "max_chars", message: "must be at least 1"))
        }
        if minArticleChars < 0 {
            errors.append(
                OptionError(option: "min_article_chars", message: "must not be negative"))
        }
        return errors
    }
}
