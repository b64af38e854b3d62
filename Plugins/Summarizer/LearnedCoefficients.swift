/// The ranking model's coefficients, learned from the 600 articles of
/// `Tests/Data/summaries/headlines-public.jsonl` (each scored against its headline, the
/// headline not in the input): for every unit but the first, a logistic regression on its
/// features and the first unit's predicts whether it has a higher character ROUGE-1 against
/// the headline than the first, each pair weighted by the ROUGE-1 at stake (ridge 1, Newton's
/// method, features standardized and the weights mapped back to raw features).
/// `SwitchModelTrainer` in the tests re-derives them; `LearnedWeightsTests` checks that they
/// match and measures the model by 10-fold cross-validation.
///
/// In the order of `SentenceFeatures.Feature`. A coefficient of 0 is a feature that never
/// varies over those units (the first unit is never a second unit, say).
enum LearnedCoefficients {
    /// On the features of the unit scored.
    static let own: [Double] = [
        0.0000, -0.5214, 0.3052, 0.7346, 0.6578, 0.1552, 2.0051, -1.9390, 0.6763, 0.6580,
        -0.5556, -2.7564, 5.0027, 3.1332, 0.6729, 0.2009, -0.4263, 0.5943, 0.2640, 2.3768,
        0.0000,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, -0.4403, 0.1939, -1.8467, -3.2250, 1.0498,
        -1.6178, -0.0361, -0.0992, 0.0000, 0.0000, -0.6579, 0.5193, 1.4506, 0.2459, -2.1462,
        0.0000,
    ]
    static let bias = -1.9216
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.5

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
