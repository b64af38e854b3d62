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
        (.article, -1.872), (.headlineBefore, 11.124), (.headlineAfter, 5.777),
        (.headlineNone, -18.773), (.headlineNoneAtPageTop, 8.093), (.headlineBeforeOpening, 10.494),
        (.headlineBeforeNoOpening, 0.63), (.headlineAfterOpening, 14.076),
        (.headlineAfterFinished, 5.777), (.headlineBeforeUnderFurniture, 7.982),
        (.headlineAfterUnderFurniture, -5.626), (.priorAgreement, -1.865), (.subheading, 4.232),
        (.subheadingNumbered, 6.197), (.subheadingThenOpening, 1.367),
        (.subheadingShapedAsHeadline, -5.96), (.subheadingAboveCaption, -9.371),
        (.fragmentJoined, 3.877), (.headlineColumnWide, -3.877), (.bodiesJoined, -6.237),
        (.bodiesJoinedAtDateline, -3.351), (.bodiesJoinedUnderEditorsNote, 4.757),
        (.bylineAbove, 2.702), (.bylineRightAbove, 3.668), (.bylineBelowNoHeadline, 4.753),
        (.bylineBetweenBodyAndHeadline, -4.508), (.bylineBelowHeadline, 4.053),
        (.bylineSourcesBeyondOne, -6.53), (.noByline, -10.645), (.penNameBelow, 4.034),
        (.closingCreditNotAfterBody, -1.654), (.furnitureInside, -14.932),
        (.orphanHeadline, -25.01), (.orphanByline, -7.0),
    ]
}
