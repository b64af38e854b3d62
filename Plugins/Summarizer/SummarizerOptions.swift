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

    public static let fields = [
        OptionField(
            "sentences", bounds: .atLeast(1),
            help:
                "the most sentences a summary has (a quotation split across sentences counts once)"),
        OptionField(
            "max_chars", bounds: .atLeast(1),
            help:
                "a length budget in characters; whichever of it and `sentences` is reached first"
                + " (one sentence is always given); with `style: headline` the gist's length,"
                + " `30` for Chinese and `72` for Latin script when left out"),
        OptionField(
            "method",
            help: "how sentences are chosen; `lead` and `centrality` are baselines for comparison"),
        OptionField(
            "min_article_chars", bounds: .atLeast(0),
            help: "articles shorter than this get their first sentence as the summary"),
        OptionField(
            "style",
            help:
                "`sentences`: whole sentences; `headline`: a one-line gist made by deleting words"
                + " from the best sentence (a subsequence of the article's text)"),
    ]
}
