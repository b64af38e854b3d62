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
        (.article, 0.26), (.headlineBefore, 9.137), (.headlineAfter, 5.436),
        (.headlineNone, -14.313), (.headlineNoneAtPageTop, 6.411), (.headlineBeforeOpening, 13.047),
        (.headlineBeforeNoOpening, -3.91), (.headlineAfterOpening, 11.126),
        (.headlineAfterFinished, 7.218), (.headlineAfterUnfinished, -1.783),
        (.headlineBeforeUnderFurniture, 9.569), (.headlineAfterUnderFurniture, -6.745),
        (.priorAgreement, -1.484), (.subheading, 9.741), (.subheadingNumbered, 11.259),
        (.subheadingThenOpening, -9.615), (.subheadingShapedAsHeadline, -3.541),
        (.subheadingAboveCaption, -8.034), (.bodiesJoined, -10.001),
        (.bodiesJoinedAtDateline, -0.81), (.bylineAbove, 1.657), (.bylineRightAbove, 2.612),
        (.bylineAboveHeadline, -0.956), (.bylineBelowNoHeadline, 2.625),
        (.bylineBetweenBodyAndHeadline, 1.48), (.bylineBelowHeadline, 1.238),
        (.bylineSourcesBeyondOne, -10.542), (.noByline, -10.449), (.penNameBelow, 0.871),
        (.photoCreditNotAfterBody, -3.245), (.closingCreditNotAfterBody, -2.83),
        (.furnitureInside, -18.69), (.orphanHeadline, -24.313), (.orphanByline, -7.0),
    ]
}
