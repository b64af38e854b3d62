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
        (.article, 0.448), (.headlineBefore, 9.198), (.headlineAfter, 5.33),
        (.headlineNone, -14.08), (.headlineNoneAtPageTop, 8.133), (.headlineBeforeOpening, 6.986),
        (.headlineBeforeNoOpening, 2.212), (.headlineAfterOpening, 10.125),
        (.headlineAfterFinished, 5.33), (.headlineBeforeUnderFurniture, 7.332),
        (.headlineAfterUnderFurniture, -5.485), (.priorAgreement, -0.735), (.subheading, 5.424),
        (.subheadingNumbered, 6.536), (.subheadingThenOpening, -0.918),
        (.subheadingShapedAsHeadline, -5.444), (.subheadingAboveCaption, -8.446),
        (.bodiesJoined, -5.872), (.bodiesJoinedAtDateline, -2.104), (.bylineAbove, 1.946),
        (.bylineRightAbove, 2.91), (.bylineBelowNoHeadline, 3.855),
        (.bylineBetweenBodyAndHeadline, -2.822), (.bylineBelowHeadline, 4.021),
        (.bylineSourcesBeyondOne, -7.684), (.noByline, -12.153), (.penNameBelow, 3.696),
        (.closingCreditNotAfterBody, -0.869), (.furnitureInside, -11.985),
        (.orphanHeadline, -19.951), (.orphanByline, -7.0),
    ]
}
