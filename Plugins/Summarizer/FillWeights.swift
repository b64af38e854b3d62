import Foundation

/// How the sentences after the first of a longer summary are ranked: a lead prior, key terms,
/// centrality and headline similarity, with penalties for fragments, overlong sentences,
/// quotations and questions. Set by hand on the seed page (the learned model of
/// `SignalWeights` is trained on one-sentence references, which say nothing about a second
/// sentence).
public struct FillWeights: Sendable, Equatable {
    /// The lead prior `exp(-index / positionDecay)`: news puts its point first.
    public var position = 1.0
    public var positionDecay = 0.7
    public var centrality = 0.2
    public var headline = 0.25
    /// The share of the article's recurring key terms a sentence covers, and their density.
    public var keyTerms = 0.6
    public var keyDensity = 1.0
    /// MMR: how much containment in an already chosen sentence costs, the best score being 1.
    public var redundancy = 0.8
    /// A unit with this much overlap with one already chosen (either way round) says the
    /// same and is never added.
    public var duplicate = 0.8
    /// Sentences shorter than this many characters (a dateline, a fragment) are scaled down,
    /// and longer than `longSentence` too, in proportion.
    public var shortSentence = 15.0
    public var longSentence = 80.0
    /// Factors for wholly direct speech, a question, and a sentence pointing at one missing.
    public var directSpeech = 0.5
    public var question = 0.5
    public var dangling = 0.1
    /// The position weight for commentary, which argues towards its point.
    public var commentaryPosition = 0.3

    public init() {}

    /// A unit's score from its features, its length and its similarity to the headline.
    func score(
        unit: Int, values: [Double], length: Int, headline similarity: Double, commentary: Bool
    ) -> Double {
        typealias Feature = SentenceFeatures.Feature
        let positionWeight = commentary ? position * commentaryPosition : position
        var score = positionWeight * exp(-Double(unit) / positionDecay)
        score += centrality * values[Feature.centrality.rawValue]
        score += headline * similarity
        score += keyTerms * values[Feature.keyCoverage.rawValue]
        score += keyDensity * values[Feature.keyDensity.rawValue]
        score *= min(1, Double(length) / shortSentence)
        score *= min(1, longSentence / Double(max(length, 1)))
        if values[Feature.directSpeech.rawValue] > 0 { score *= directSpeech }
        if values[Feature.question.rawValue] > 0 { score *= question }
        if values[Feature.dangling.rawValue] > 0 { score *= dangling }
        return score
    }
}
