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
        (.article, 0.658), (.headlineBefore, 16.244), (.headlineAfter, 7.577),
        (.headlineNone, -23.163), (.headlineNoneAtPageTop, 29.093),
        (.headlineBeforeOpening, 13.892), (.headlineBeforeNoOpening, 2.351),
        (.headlineAfterOpening, 16.175), (.headlineAfterFinished, 7.577),
        (.headlineBeforeUnderFurniture, 14.647), (.headlineAfterUnderFurniture, -9.362),
        (.priorAgreement, -2.353), (.subheading, 9.762), (.subheadingNumbered, 9.568),
        (.subheadingThenOpening, -5.108), (.subheadingShapedAsHeadline, -6.018),
        (.subheadingAboveCaption, -13.163), (.fragmentJoined, 7.265), (.headlineColumnWide, -7.265),
        (.bodiesJoined, -11.982), (.bodiesJoinedAtDateline, 8.444),
        (.bodiesJoinedUnderEditorsNote, 20.994), (.bylineAbove, -1.774), (.bylineRightAbove, 7.214),
        (.bylineAboveHeadline, -6.098), (.bylineBelowNoHeadline, 0.76),
        (.bylineBetweenBodyAndHeadline, 4.194), (.bylineBelowHeadline, 3.82),
        (.bylineSourcesBeyondOne, -11.308), (.noByline, -15.432), (.penNameBelow, 6.492),
        (.photoCreditNotAfterBody, -5.143), (.closingCreditNotAfterBody, -5.8),
        (.furnitureInside, -21.674), (.orphanHeadline, -40.847), (.orphanByline, -7.0),
    ]
}
