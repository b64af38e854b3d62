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
        0.0000, -0.3831, 0.3467, 0.5199, 0.6536, -0.3384, 1.5656, -0.1236, 0.3406, 0.1516,
        0.4911, -0.8838, 2.8629, 2.9578, 0.5740, -0.4857, -0.3125, 0.8781, 0.7333, 2.0720,
        -2.9339, 0.0448, -0.2843, -0.1777, 1.3082,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0857, 0.1373, -2.7505, -1.2588, -0.8250,
        -0.1317, -0.0229, -0.5289, 0.0000, 0.0000, -1.3651, 0.5843, 2.1300, -3.0264, -2.2421,
        0.0000, 0.0836, 1.3200, -0.4466, 1.3935,
    ]
    static let bias = 1.9366
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.75

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
