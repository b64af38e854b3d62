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
/// an article under a heading, an unheaded item). `regime…`: the regime of locals
/// (`EnglishLocalsRegime`), its emission learned from the same pages' gold.
enum EnglishStartWeights {
    static let candidateThreshold: Float = 0.01
    static let bias = 1.25
    static let lengthWeight = 0.5
    static let weights: [Double] = [
        -0.426865, 0.285060, 0.066382, 0.735517, 0.442393, -0.127821, -0.113764, 0.067578, 0.025584,
        0.009378, 0.056570, -0.092595, 0.218206, -0.200611, 0.074078, 0.022601, -0.793349, 0.032882,
        -0.320077, -0.038433, -0.100530, 0.303936, 0.014332, 0.121063, -0.158881, 0.025042,
        0.354748, 0.215750, -0.067074, 0.056023, -3.309349,
    ]
    static let mean: [Double] = [
        0.128855, 0.194903, 0.985440, -0.423317, 0.368852, 0.168105, 0.116998, 0.117411, 0.025379,
        0.102785, 0.086422, 0.121085, 0.556802, 0.441996, 0.041608, 0.004875, 0.080279, 0.032963,
        0.175494, 0.941361, 0.247500, 0.130702, 0.786885, 0.559365, 0.598471, 0.148601, 0.578525,
        0.404618, 0.402460, 0.087331,
    ]
    static let scale: [Double] = [
        0.223431, 0.272409, 0.119781, 0.458111, 0.417188, 0.280536, 0.220528, 0.321910, 0.157273,
        0.303678, 0.280987, 0.326226, 0.496763, 0.496624, 0.199692, 0.069654, 0.083907, 0.032149,
        0.280315, 0.234948, 0.316465, 0.337074, 0.268019, 0.257724, 0.228925, 0.355695, 0.344665,
        0.288130, 0.288600, 0.206344,
    ]
    static let lengthPrior: [Double] = [
        -2.093599, -1.135759, -0.247772, 0.264966, 0.421161, 0.320690, -0.156384, -1.529663,
        -3.798347, -5.590106, -5.590106, -5.590106, -2.011712, -2.194034, -0.880310, 0.120480,
        0.462021, 0.404202, -0.089900, -1.405576, -3.621150, -5.412909, -5.412909, -5.412909,
        -2.810425, -0.069585, 0.565455, 0.377992, -0.226427, -0.670359, -0.977843, -2.810425,
        -4.196719, -4.196719, -4.196719, -4.196719,
    ]
    static let regimeWeights: [Double] = [
        -0.015293, -0.226819, -0.017254, 0.205011, -0.094789, 0.072717, -0.121297, -0.178136,
        -0.043368, 0.004014, -0.092673, -0.160447, -2.453863,
    ]
    static let regimeMean: [Double] = [
        0.922818, 0.239199, 0.530758, 0.089986, 0.426896, 0.074249, 0.066540, 0.066540, 0.310873,
        0.222890, 0.161516, 0.198990,
    ]
    static let regimeScale: [Double] = [
        0.665103, 0.426594, 0.499053, 0.286161, 0.494627, 0.262176, 0.100023, 0.100023, 0.462851,
        0.416185, 0.368007, 0.439036,
    ]
    static let regimePrior = 0.085551
    static let regimeStay = 0.948561
}
