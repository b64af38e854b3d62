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
        (.article, 3.284), (.headlineBefore, 9.065), (.headlineAfter, 5.244),
        (.headlineNone, -11.025), (.headlineNoneAtPageTop, 10.936), (.headlineBeforeOpening, 8.286),
        (.headlineBeforeNoOpening, 0.78), (.headlineAfterOpening, 8.244),
        (.headlineAfterFinished, 5.244), (.headlineBeforeUnderFurniture, 8.172),
        (.headlineAfterUnderFurniture, -4.476), (.priorAgreement, 0.653), (.subheading, 6.79),
        (.subheadingNumbered, 13.365), (.subheadingThenOpening, -6.113),
        (.subheadingAfterUnfinished, -1.423), (.subheadingShapedAsHeadline, -10.217),
        (.subheadingAboveCaption, -10.433), (.fragmentJoined, 3.893), (.headlineColumnWide, -3.893),
        (.bodiesJoined, -15.115), (.bodiesJoinedAtDateline, 3.435),
        (.bodiesJoinedUnderEditorsNote, 15.029), (.bylineAbove, 1.564), (.bylineRightAbove, 3.412),
        (.bylineAboveHeadline, -1.848), (.bylineBelowNoHeadline, 1.363),
        (.bylineBetweenBodyAndHeadline, 1.233), (.bylineBelowHeadline, 3.255),
        (.bylineSourcesBeyondOne, -5.199), (.noByline, -12.772), (.penNameBelow, 5.349),
        (.photoCreditNotAfterBody, -5.598), (.closingCreditNotAfterBody, -5.264),
        (.furnitureInside, -12.622), (.orphanHeadline, -24.991), (.orphanByline, -7.415),
    ]
}
