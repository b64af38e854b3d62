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
        (.article, -0.556), (.headlineBefore, 9.0), (.headlineAfter, 5.013),
        (.headlineNone, -14.57), (.headlineNoneAtPageTop, 7.51), (.headlineBeforeOpening, 7.562),
        (.headlineBeforeNoOpening, 1.438), (.headlineAfterOpening, 11.391),
        (.headlineAfterFinished, 5.013), (.headlineBeforeUnderFurniture, 6.791),
        (.headlineAfterUnderFurniture, -3.935), (.priorAgreement, -1.84), (.subheading, 3.441),
        (.subheadingNumbered, 6.146), (.subheadingThenOpening, -2.056),
        (.subheadingShapedAsHeadline, -4.272), (.subheadingAboveCaption, -8.92),
        (.fragmentJoined, 3.341), (.headlineColumnWide, -3.341), (.bodiesJoined, -6.225),
        (.bodiesJoinedAtDateline, -3.34), (.bodiesJoinedUnderEditorsNote, 1.685),
        (.bylineAbove, 1.931), (.bylineRightAbove, 2.862), (.bylineAboveHeadline, -0.931),
        (.bylineBelowNoHeadline, 3.83), (.bylineBetweenBodyAndHeadline, -1.847),
        (.bylineBelowHeadline, 3.086), (.bylineSourcesBeyondOne, -4.518), (.noByline, -11.662),
        (.penNameBelow, 5.13), (.closingCreditNotAfterBody, -1.822), (.furnitureInside, -13.323),
        (.orphanHeadline, -20.795), (.orphanByline, -7.0),
    ]
}
