/// The article-start stage's weights (`EnglishArticleStarts`), learned by
/// `EnglishStartTrainer` from the 110 training pages of `Tests/Data/pages-en/dev`
/// and `dev-extra`, each page's candidates read by the line model of the 5-fold
/// cross-validation that did not learn from it. `EnglishArticleStartTests` re-derives
/// them and checks that they match; set `PRESSWATCH_WRITE_ENGLISH_WEIGHTS=1` to
/// rewrite this file (then `swift format -i` it).
///
/// `weights`: one per `EnglishStartFeatures` value (standardized by `mean` and
/// `scale`), then the bias; `lengthPrior[12 k + b]`: the centred log-probability of
/// an article of 2^b to 2^(b+1) - 1 lines of kind k (`SegmentKind`: the page's head,
/// an article under a heading, an unheaded item).
enum EnglishStartWeights {
    static let candidateThreshold: Float = 0.01
    static let bias = 1.25
    static let lengthWeight = 0.5
    static let weights: [Double] = [
        -0.438686, 0.277619, 0.065955, 0.746615, 0.417998, -0.123769, -0.119476, 0.064236, 0.029168,
        0.009601, 0.052319, -0.099429, 0.234932, -0.210306, 0.062014, 0.025889, -0.831470, 0.010010,
        -0.335920, -0.030288, -0.094076, 0.283688, -0.001470, 0.133596, -0.161621, 0.004695,
        0.352354, -3.294008,
    ]
    static let mean: [Double] = [
        0.128855, 0.194903, 0.985440, -0.423317, 0.368852, 0.168105, 0.116998, 0.117411, 0.025379,
        0.102785, 0.086422, 0.121085, 0.556802, 0.441996, 0.041608, 0.004875, 0.080279, 0.032963,
        0.175494, 0.941361, 0.247500, 0.130702, 0.786885, 0.559365, 0.598471, 0.148601, 0.578525,
    ]
    static let scale: [Double] = [
        0.223431, 0.272409, 0.119781, 0.458111, 0.417188, 0.280536, 0.220528, 0.321910, 0.157273,
        0.303678, 0.280987, 0.326226, 0.496763, 0.496624, 0.199692, 0.069654, 0.083907, 0.032149,
        0.280315, 0.234948, 0.316465, 0.337074, 0.268019, 0.257724, 0.228925, 0.355695, 0.344665,
    ]
    static let lengthPrior: [Double] = [
        -2.093599, -1.135759, -0.247772, 0.264966, 0.421161, 0.320690, -0.156384, -1.529663,
        -3.798347, -5.590106, -5.590106, -5.590106, -2.011712, -2.194034, -0.880310, 0.120480,
        0.462021, 0.404202, -0.089900, -1.405576, -3.621150, -5.412909, -5.412909, -5.412909,
        -2.810425, -0.069585, 0.565455, 0.377992, -0.226427, -0.670359, -0.977843, -2.810425,
        -4.196719, -4.196719, -4.196719, -4.196719,
    ]
}
