/// The ranking model's coefficients, learned from the 600 articles of
/// `Tests/Data/summaries/headlines-public.jsonl` as the real segmenter gives them, each whole
/// and cut to its first 3, 4, 5 and 6 sentences (a stand-in for short posts), every one scored
/// against its headline (the headline not in the input): for every unit but the first, a
/// logistic regression on its features and the first unit's predicts whether it has a higher
/// character ROUGE-1 against the headline than the first, each pair weighted by the ROUGE-1 at
/// stake (ridge 10, Newton's method, features standardized and the weights mapped back to raw
/// features). `SwitchModelTrainer` in the tests re-derives them; `LearnedWeightsTests` checks
/// that they match and measures the model by 10-fold cross-validation.
///
/// In the order of `SentenceFeatures.Feature`. A coefficient of 0 is a feature that never
/// varies over those units (the first unit is never a second unit, say).
enum LearnedCoefficients {
    /// On the features of the unit scored.
    static let own: [Double] = [
        0.0000, -0.5734, 0.5694, 0.6609, 0.8771, -0.2902, 1.0917, 0.9028, 0.2202, 0.6958,
        0.6453, -0.9147, 3.5086, 3.1883, 0.7841, 0.1305, -0.3682, 0.0000, 1.1157, 2.3758,
        0.0000, -0.0833, -0.4351, -0.0366, 0.7439,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.9617, -0.3246, -3.8844, -1.8947, -1.5435,
        -0.5346, -0.1139, 0.1561, 0.0000, 0.0000, -1.2118, 1.0324, 0.0000, -2.9407, -2.4193,
        0.0000, -0.0077, 1.2263, 0.0745, 0.9114,
    ]
    static let bias = -0.8030
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.75

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
