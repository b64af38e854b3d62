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
        (.article, -0.229), (.headlineBefore, 11.631), (.headlineAfter, 6.306),
        (.headlineNone, -18.167), (.headlineNoneAtPageTop, 19.631),
        (.headlineBeforeOpening, 12.294), (.headlineBeforeNoOpening, -0.663),
        (.headlineAfterOpening, 8.738), (.headlineAfterFinished, 6.306),
        (.headlineBeforeUnderFurniture, 10.519), (.headlineAfterUnderFurniture, -3.901),
        (.priorAgreement, -0.741), (.subheading, 4.418), (.subheadingNumbered, 9.238),
        (.subheadingThenOpening, -1.79), (.subheadingAfterUnfinished, -1.904),
        (.subheadingShapedAsHeadline, -8.142), (.subheadingAboveCaption, -11.88),
        (.fragmentJoined, 6.4), (.headlineColumnWide, -6.4), (.bodiesJoined, -12.492),
        (.bodiesJoinedAtDateline, 1.478), (.bodiesJoinedAtLead, 6.492),
        (.bodiesJoinedUnderEditorsNote, 17.537), (.bylineAbove, -1.665), (.bylineRightAbove, 6.847),
        (.bylineAboveHeadline, -5.513), (.bylineBelowNoHeadline, 1.548),
        (.bylineBetweenBodyAndHeadline, 7.17), (.bylineBelowHeadline, 1.724),
        (.bylineSourcesBeyondOne, -12.46), (.noByline, -13.479), (.penNameBelow, 4.354),
        (.photoCreditNotAfterBody, -5.765), (.closingCreditNotAfterBody, -6.648),
        (.furnitureInside, -15.203), (.orphanHeadline, -28.755), (.orphanByline, -8.777),
    ]
}
