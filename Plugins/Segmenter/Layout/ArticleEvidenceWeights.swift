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
        (.article, 2.254), (.headlineBefore, 11.028), (.headlineAfter, 6.105),
        (.headlineNone, -14.879), (.headlineNoneAtPageTop, 18.062), (.headlineBeforeOpening, 9.946),
        (.headlineBeforeNoOpening, 1.081), (.headlineAfterOpening, 9.273),
        (.headlineAfterFinished, 6.105), (.headlineBeforeUnderFurniture, 7.091),
        (.headlineAfterUnderFurniture, -1.978), (.priorAgreement, 1.513), (.subheading, 5.896),
        (.subheadingNumbered, 13.866), (.subheadingThenOpening, -5.134),
        (.subheadingAfterUnfinished, -0.982), (.subheadingShapedAsHeadline, -10.082),
        (.subheadingAboveCaption, -10.887), (.fragmentJoined, 4.137), (.headlineColumnWide, -4.137),
        (.bodiesJoined, -13.269), (.bodiesJoinedAtDateline, -0.478), (.bodiesJoinedAtLead, 7.144),
        (.bodiesJoinedUnderEditorsNote, 14.326), (.bylineAbove, 1.327), (.bylineRightAbove, 3.963),
        (.bylineAboveHeadline, -1.664), (.bylineBelowNoHeadline, 1.231),
        (.bylineBetweenBodyAndHeadline, 1.524), (.bylineBelowHeadline, 2.918),
        (.bylineSourcesBeyondOne, -4.859), (.noByline, -14.704), (.penNameBelow, 6.287),
        (.photoCreditNotAfterBody, -6.479), (.closingCreditNotAfterBody, -5.714),
        (.furnitureInside, -14.192), (.orphanHeadline, -27.166), (.orphanByline, -7.0),
    ]
}
