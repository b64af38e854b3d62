/// The ranking model's coefficients, learned from the 600 articles of
/// `Tests/Data/summaries/headlines-public.jsonl` as the real segmenter gives them, each whole
/// and cut to its first 3, 4, 5 and 6 sentences (a stand-in for short posts), every one scored
/// against its headline (the 23 texts that hold their headline word for word left out: the
/// task is a headline the input does not contain): for every unit but the first, a
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
        0.0000, -0.2563, 0.3416, 0.5454, 0.5388, -0.2148, 1.5033, -0.0026, 0.4555, 0.0710,
        0.4591, -0.8524, 2.5193, 2.7768, 0.5588, -0.5451, -0.3186, 1.0754, 0.7469, 2.3983,
        -3.0928, 0.1977, -0.3078, -0.1407, 1.3798,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.1228, -0.0963, -2.0892, -0.9993, -0.5499,
        0.2980, -0.1092, -1.1064, 0.0000, 0.0000, -1.3031, 0.5480, 1.5835, -3.0945, -2.3285,
        0.0000, 0.0592, 1.3215, -0.3027, 1.3175,
    ]
    static let bias = 1.8842
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.75

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
