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
        (.article, 0.918), (.headlineBefore, 9.128), (.headlineAfter, 5.321),
        (.headlineNone, -13.532), (.headlineNoneAtPageTop, 8.133), (.headlineBeforeOpening, 7.068),
        (.headlineBeforeNoOpening, 2.06), (.headlineAfterOpening, 9.852),
        (.headlineAfterFinished, 5.321), (.headlineBeforeUnderFurniture, 7.332),
        (.headlineAfterUnderFurniture, -5.485), (.priorAgreement, -0.26), (.subheading, 5.502),
        (.subheadingNumbered, 6.536), (.subheadingThenOpening, -1.158),
        (.subheadingShapedAsHeadline, -5.279), (.subheadingAboveCaption, -8.962),
        (.bodiesJoined, -6.419), (.bodiesJoinedAtDateline, -2.652),
        (.bodiesJoinedUnderEditorsNote, 2.341), (.bylineAbove, 1.946), (.bylineRightAbove, 2.91),
        (.bylineBelowNoHeadline, 3.855), (.bylineBetweenBodyAndHeadline, -2.822),
        (.bylineBelowHeadline, 4.021), (.bylineSourcesBeyondOne, -7.684), (.noByline, -12.314),
        (.penNameBelow, 3.696), (.closingCreditNotAfterBody, -0.869), (.furnitureInside, -11.985),
        (.orphanHeadline, -19.951), (.orphanByline, -7.0),
    ]
}
