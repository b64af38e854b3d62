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
        0.0000, -0.5214, 0.3052, 0.7347, 0.6577, 0.1567, 2.0027, -1.9361, 0.6755, 0.6510,
        -0.5483, -2.7560, 5.0006, 3.1330, 0.6729, 0.2010, -0.4263, 0.5943, 0.2642, 2.3772,
        0.0000,
    ]
    /// On the features of the article's first unit.
    static let lead: [Double] = [
        0.0000, 0.0000, 0.0000, 0.0000, 0.0000, -0.4392, 0.1945, -1.8495, -3.2215, 1.0503,
        -1.6183, -0.0393, -0.0963, 0.0000, 0.0000, -0.6580, 0.5195, 1.4499, 0.2457, -2.1463,
        0.0000,
    ]
    static let bias = -1.9225
    /// Log-odds a unit must have over the first before it replaces it: switching only when
    /// the model is fairly sure keeps the summarizer at least as good as the lead on average.
    static let margin = 0.5

    /// Not learned (the headline set has no headline in its input): set by hand so that a
    /// sentence restating the headline wins over the lead.
    static let headline = 1.0
}
