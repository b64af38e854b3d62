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
        (.article, 0.576), (.headlineBefore, 13.022), (.headlineAfter, 6.738),
        (.headlineNone, -19.183), (.headlineNoneAtPageTop, 19.886),
        (.headlineBeforeOpening, 12.763), (.headlineBeforeNoOpening, 0.259),
        (.headlineBeforeNoOpeningLong, 0.54), (.headlineAfterOpening, 8.908),
        (.headlineAfterFinished, 6.738), (.headlineBeforeUnderFurniture, 9.182),
        (.headlineAfterUnderFurniture, -4.38), (.priorAgreement, -0.585), (.subheading, 5.879),
        (.subheadingNumbered, 9.219), (.subheadingThenOpening, -2.592),
        (.subheadingAfterUnfinished, -1.904), (.subheadingShapedAsHeadline, -8.906),
        (.subheadingAboveCaption, -10.835), (.fragmentJoined, 6.206), (.headlineColumnWide, -6.206),
        (.bodiesJoined, -14.565), (.bodiesJoinedAtDateline, 2.23), (.bodiesJoinedAtLead, 5.708),
        (.bodiesJoinedUnderEditorsNote, 18.699), (.bylineAbove, -1.849), (.bylineRightAbove, 6.837),
        (.bylineAboveHeadline, -6.268), (.bylineBelowNoHeadline, 1.592),
        (.bylineBetweenBodyAndHeadline, 8.352), (.bylineBelowHeadline, 1.574),
        (.bylineSourcesBeyondOne, -12.942), (.noByline, -14.709), (.penNameBelow, 4.515),
        (.photoCreditNotAfterBody, -6.203), (.closingCreditNotAfterBody, -5.998),
        (.furnitureInside, -14.864), (.orphanHeadline, -31.844), (.orphanByline, -9.669),
    ]
}
