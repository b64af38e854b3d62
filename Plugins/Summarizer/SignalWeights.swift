/// How much each signal counts when sentences are ranked. Public so that an evaluation can
/// switch one signal off at a time and measure what it is worth.
public struct SignalWeights: Sendable, Equatable {
    /// The lead prior `exp(-index / positionDecay)`: news puts its point first.
    public var position: Double
    public var positionDecay: Double
    /// LexRank over BM25-weighted content-word similarity.
    public var centrality: Double
    /// Similarity to the headline and kicker.
    public var headline: Double
    /// The share of the article's figures and names a sentence carries. Off by default: on
    /// the seed page and the headline set it cost ROUGE (the lead's figures are mostly dates),
    /// see the ablation in the evaluation tests.
    public var figures: Double
    /// The share of the article's recurring key terms a sentence covers.
    public var keyTerms: Double
    /// Key terms per character: a headline-like sentence is dense with them.
    public var keyDensity: Double
    /// MMR: how much similarity to an already chosen sentence costs.
    public var redundancy: Double
    /// Sentences shorter than this many characters (a dateline, a fragment) are scaled down.
    public var shortSentence: Double
    /// Sentences longer than this many characters are scaled down in proportion: a summary
    /// is read at a glance, and a long sentence spends the budget on detail.
    public var longSentence: Double = 80
    /// The factor for a unit that is wholly direct speech: a quotation opening a feature is
    /// colour, not the news.
    public var directSpeech: Double = 0.5
    /// The factor for a question: a lede's rhetorical question asks, the news answers.
    public var question: Double = 0.5
    /// The position weight for commentary, which argues towards its point instead of
    /// opening with it.
    public var commentaryPosition: Double = 0.3

    public init(
        position: Double, positionDecay: Double, centrality: Double, headline: Double,
        figures: Double, keyTerms: Double, keyDensity: Double, redundancy: Double,
        shortSentence: Double
    ) {
        self.position = position
        self.positionDecay = positionDecay
        self.centrality = centrality
        self.headline = headline
        self.figures = figures
        self.keyTerms = keyTerms
        self.keyDensity = keyDensity
        self.redundancy = redundancy
        self.shortSentence = shortSentence
    }

    public static let standard = SignalWeights(
        position: 1, positionDecay: 0.7, centrality: 0.2, headline: 0.25, figures: 0,
        keyTerms: 0.6, keyDensity: 1, redundancy: 0.8, shortSentence: 15)

    /// The signals that can be switched off, for an ablation.
    public enum Signal: String, CaseIterable, Sendable {
        case position, centrality, headline, figures, keyTerms, redundancy
    }

    /// These weights with one signal switched off.
    public func without(_ signal: Signal) -> SignalWeights {
        var copy = self
        switch signal {
        case .position: copy.position = 0
        case .centrality: copy.centrality = 0
        case .headline: copy.headline = 0
        case .figures: copy.figures = 0
        case .keyTerms:
            copy.keyTerms = 0
            copy.keyDensity = 0
        case .redundancy: copy.redundancy = 0
        }
        return copy
    }
}
