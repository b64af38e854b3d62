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
        0.0000, -0.2566, 0.3508, 0.5037, 0.6057, -0.3389, 1.5958, -0.0880, 0.4076, 0.1349,
        0.4501, -0.8684, 2.6957, 2.8071, 0.5391, -0.5342, -0.3229, 0.8906, 0.7683, 2.3851,
        -2.9337, 0.1470, -0.3194, -0.2670, 1.4374,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0766, 0.0681, -2.5264, -1.0819, -0.8550,
        0.1196, -0.0906, -0.5682, 0.0000, 0.0000, -1.3632, 0.5850, 2.0138, -3.0258, -2.3355,
        0.0000, 0.1083, 1.4086, -0.4218, 1.3228,
    ]
    static let bias = 2.0553
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.75

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
