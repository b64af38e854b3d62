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
        (.article, -1.041), (.headlineBefore, 10.657), (.headlineAfter, 5.862),
        (.headlineNone, -17.56), (.headlineNoneAtPageTop, 13.481), (.headlineBeforeOpening, 9.306),
        (.headlineBeforeNoOpening, 1.351), (.headlineAfterOpening, 14.665),
        (.headlineAfterFinished, 5.862), (.headlineBeforeUnderFurniture, 8.296),
        (.headlineAfterUnderFurniture, -5.489), (.priorAgreement, -1.673), (.subheading, 5.869),
        (.subheadingNumbered, 8.26), (.subheadingThenOpening, -0.027),
        (.subheadingShapedAsHeadline, -6.861), (.subheadingAboveCaption, -9.741),
        (.fragmentJoined, 3.599), (.headlineColumnWide, -3.599), (.bodiesJoined, -8.427),
        (.bodiesJoinedAtDateline, 1.789), (.bodiesJoinedUnderEditorsNote, 4.871),
        (.bylineAbove, 2.496), (.bylineRightAbove, 3.462), (.bylineBelowNoHeadline, 4.514),
        (.bylineBetweenBodyAndHeadline, -4.049), (.bylineBelowHeadline, 4.039),
        (.bylineSourcesBeyondOne, -7.963), (.noByline, -11.133), (.penNameBelow, 4.862),
        (.closingCreditNotAfterBody, -1.406), (.furnitureInside, -18.085),
        (.orphanHeadline, -25.987), (.orphanByline, -7.0),
    ]
}
