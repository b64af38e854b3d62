/// How much each piece of `ArticleEvidence` counts. Learned by the averaged structured
/// perceptron in `Tests/SegmenterTests/ArticleModelTrainer.swift` from the development pages;
/// `ArticleModelTests` re-derives them and prints this table when they differ.
enum ArticleEvidenceWeights {
    static let learned: [Double] = {
        var weights = [Double](repeating: 0, count: ArticleEvidence.count)
        for (feature, weight) in table { weights[feature.rawValue] = weight }
        return weights
    }()

    static let table: [(ArticleEvidence, Double)] = [
        (.article, 1.038), (.headlineBefore, 9.062), (.headlineAfter, 4.593),
        (.headlineNone, -12.617), (.headlineNoneAtPageTop, 5.168), (.headlineBeforeOpening, 10.058),
        (.headlineBeforeNoOpening, -0.996), (.headlineAfterOpening, 9.363),
        (.headlineAfterFinished, 6.376), (.headlineAfterUnfinished, -1.783),
        (.headlineBeforeUnderFurniture, 7.302), (.headlineAfterUnderFurniture, -5.367),
        (.priorAgreement, -0.155), (.subheading, 8.321), (.subheadingNumbered, 10.914),
        (.subheadingThenOpening, -7.003), (.bodiesJoined, -9.359),
        (.bodiesJoinedAtDateline, -1.272), (.bylineAbove, 1.514), (.bylineRightAbove, 2.469),
        (.bylineAboveHeadline, -0.956), (.bylineBelowNoHeadline, 2.463),
        (.bylineBetweenBodyAndHeadline, 3.01), (.bylineBelowHeadline, 0.314),
        (.bylineSourcesBeyondOne, -10.529), (.noByline, -8.163), (.penNameBelow, 1.56),
        (.photoCreditNotAfterBody, -2.919), (.closingCreditNotAfterBody, -1.746),
        (.furnitureInside, -17.738), (.orphanHeadline, -21.976), (.orphanByline, -7.301),
    ]
}
