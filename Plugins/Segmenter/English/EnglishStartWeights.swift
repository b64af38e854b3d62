/// The article-start stage's weights (`EnglishArticleStarts`), learned by
/// `EnglishStartTrainer` from the 60 training pages of `Tests/Data/pages-en/dev`
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
        -0.482480, 0.368217, 0.086399, 0.545044, 0.517301, -0.101349, -0.043974, 0.009835, 0.048875,
        0.015817, -0.113325, -0.146226, 0.293946, -0.159941, 0.026629, 0.042476, -0.980501,
        0.028783, -0.264705, 0.010317, 0.031255, 0.280536, -0.031880, 0.114662, -0.195422,
        -0.059058, 0.311076, -3.348257,
    ]
    static let mean: [Double] = [
        0.134847, 0.204270, 0.987689, -0.411343, 0.348261, 0.168955, 0.118581, 0.125350, 0.027140,
        0.103945, 0.082121, 0.122412, 0.580722, 0.454253, 0.048545, 0.005456, 0.085392, 0.034427,
        0.166387, 0.949356, 0.246422, 0.132065, 0.793865, 0.559893, 0.593803, 0.149832, 0.564830,
    ]
    static let scale: [Double] = [
        0.229002, 0.278413, 0.110270, 0.452514, 0.421053, 0.283036, 0.223539, 0.331115, 0.162493,
        0.305189, 0.274549, 0.327761, 0.493441, 0.497903, 0.214915, 0.073663, 0.088337, 0.033011,
        0.271183, 0.219269, 0.319805, 0.338561, 0.270263, 0.256947, 0.229845, 0.356907, 0.347307,
    ]
    static let lengthPrior: [Double] = [
        -2.111943, -0.952706, -0.407195, 0.324955, 0.413786, 0.319475, -0.097040, -1.483334,
        -3.785919, -4.884531, -4.884531, -4.884531, -2.084273, -2.015280, -1.257595, 0.159471,
        0.429961, 0.412468, -0.013800, -1.356035, -3.624718, -4.723331, -4.723331, -4.723331,
        -2.415352, 0.096954, 0.529087, 0.437280, -0.181760, -0.949015, -1.211379, -2.820817,
        -3.513964, -3.513964, -3.513964, -3.513964,
    ]
}
