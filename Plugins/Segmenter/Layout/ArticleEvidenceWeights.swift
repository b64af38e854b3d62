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
        (.article, 0.693), (.headlineBefore, 11.805), (.headlineAfter, 6.859),
        (.headlineNone, -17.971), (.headlineNoneAtPageTop, 18.09), (.headlineBeforeOpening, 12.891),
        (.headlineBeforeNoOpening, -1.085), (.headlineBeforeNoOpeningLong, 3.007),
        (.headlineAfterOpening, 7.937), (.headlineAfterFinished, 6.859),
        (.headlineBeforeUnderFurniture, 8.406), (.headlineAfterUnderFurniture, -5.437),
        (.priorAgreement, -1.185), (.subheading, 6.25), (.subheadingNumbered, 9.93),
        (.subheadingThenOpening, -2.192), (.subheadingAfterUnfinished, -0.986),
        (.subheadingShapedAsHeadline, -8.272), (.subheadingAboveCaption, -12.712),
        (.fragmentJoined, 5.806), (.headlineColumnWide, -5.806), (.bodiesJoined, -13.736),
        (.bodiesJoinedAtDateline, 1.548), (.bodiesJoinedAtLead, 5.413),
        (.bodiesJoinedUnderEditorsNote, 16.543), (.bylineAbove, -1.502), (.bylineRightAbove, 6.166),
        (.bylineAboveHeadline, -6.269), (.bylineBelowNoHeadline, 1.192),
        (.bylineBetweenBodyAndHeadline, 6.455), (.bylineBelowHeadline, 1.571),
        (.bylineSourcesBeyondOne, -11.246), (.noByline, -13.839), (.penNameBelow, 3.949),
        (.photoCreditNotAfterBody, -4.467), (.closingCreditNotAfterBody, -6.198),
        (.furnitureInside, -15.18), (.orphanHeadline, -30.72), (.orphanByline, -7.717),
    ]
}
