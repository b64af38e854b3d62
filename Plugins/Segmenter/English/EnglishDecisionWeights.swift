/// The constants of the segmental decision (`EnglishArticleDecoder`). The length prior is
/// measured on the development pages of `Tests/Data/pages-en/dev` (`EnglishLineTrainer`); the
/// three weights are the best of a grid by leave-one-page-out article F1 on those pages.
/// `EnglishLineModelTests` re-derives all of them and checks that they match.
enum EnglishDecisionWeights {
    static let insideWeight = 0.25
    static let lengthWeight = 0.0
    static let articleBias = 1.0
    static let lengthMean = 2.9509
    static let lengthDeviation = 1.1867
}
