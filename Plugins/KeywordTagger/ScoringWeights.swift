/// The tagger's signals and how much each counts. The defaults are the measured best (see
/// the ablation printed by `KeywordQualityTests`); tests switch signals off to weigh them.
struct ScoringWeights: Sendable {
    /// Terms in the headline, kicker or subtitle: score × (1 + this).
    var headlineBoost = 1.0
    /// Terms in the first paragraph (the lead): score × (1 + this).
    var leadBoost = 0.5
    /// Plain verbs (`v`) name what happened, seldom what the article is about: score × this.
    var verbWeight = 0.5
    /// Share of the TextRank score in the blend (0 leaves TextRank out).
    var textRankWeight = 0.0
    /// Whether term frequency counts as 1 + ln(count) rather than count: repeats weigh less.
    var sublinearFrequency = false
    /// Whether adjacent words that recur become one phrase.
    var mergesPhrases = true
    var maxPhraseWords = 4
    /// Whether a phrase may neither start with a generic word (`今年上半年征兵`) nor end in a
    /// generic verb (`征兵工作开展`).
    var trimsGenericEnds = true
    /// A phrase must occur this often to be a term.
    var minPhraseCount = 2
    /// A word inside a reported phrase is reported too only when at least this share of its
    /// occurrences (and at least 2) stand outside the phrase.
    var ownShare = 0.5

    static let best = ScoringWeights()

    /// Plain TF-IDF over the same terms, no boosts.
    static let plainTFIDF = ScoringWeights(headlineBoost: 0, leadBoost: 0, verbWeight: 1)

    /// TextRank alone over the same terms.
    static let textRankOnly = ScoringWeights(
        headlineBoost: 0, leadBoost: 0, verbWeight: 1, textRankWeight: 1)
}
