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
        0.0000, -0.2565, 0.3417, 0.5454, 0.5391, -0.2147, 1.5035, -0.0024, 0.4526, 0.0707,
        0.4592, -0.8520, 2.5203, 2.7767, 0.5588, -0.5447, -0.3183, 1.0754, 0.7468, 2.3984,
        -3.0934, 0.1979, -0.3075, -0.1407, 1.3791,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.1231, -0.0965, -2.0892, -1.0008, -0.5497,
        0.2972, -0.1078, -1.1065, 0.0000, 0.0000, -1.3031, 0.5481, 1.5834, -3.0948, -2.3289,
        0.0000, 0.0592, 1.3214, -0.3028, 1.3172,
    ]
    static let bias = 1.8830
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.75

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
