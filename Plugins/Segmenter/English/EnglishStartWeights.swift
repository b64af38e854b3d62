/// The article-start stage's weights (`EnglishArticleStarts`), learned by
/// `EnglishStartTrainer` from the 60 training pages of `Tests/Data/pages-en/dev`
/// and `dev-extra`, each page's candidates read by the line model of the 5-fold
/// cross-validation that did not learn from it. `EnglishArticleStartTests` re-derives
/// them and checks that they match; set `PRESSWATCH_WRITE_ENGLISH_WEIGHTS=1` to
/// rewrite this file (then `swift format -i` it).
///
/// `weights`: one per `EnglishStartFeatures` value (standardized by `mean` and
/// `scale`), then the bias; `lengthPrior[b]`: the centred log-probability of an
/// article of 2^b to 2^(b+1) - 1 lines.
enum EnglishStartWeights {
    static let candidateThreshold: Float = 0.01
    static let bias = 1.5
    static let lengthWeight = 0.5
    static let weights: [Double] = [
        -0.483020, 0.368542, 0.087278, 0.549033, 0.509064, -0.099328, -0.044600, 0.009781, 0.050120,
        0.018034, -0.110013, -0.146999, 0.292266, -0.159311, 0.027918, 0.042485, -0.976509,
        0.028479, -0.258437, 0.012873, 0.029211, 0.282131, -0.041574, 0.118851, -0.192566,
        -0.055983, 0.302393, -3.347023,
    ]
    static let mean: [Double] = [
        0.134853, 0.204470, 0.987696, -0.411674, 0.347876, 0.169007, 0.118428, 0.125280, 0.027125,
        0.103887, 0.081935, 0.122343, 0.580397, 0.454139, 0.048238, 0.005453, 0.085395, 0.034464,
        0.166037, 0.949525, 0.246472, 0.132131, 0.794237, 0.559677, 0.593792, 0.149329, 0.564527,
    ]
    static let scale: [Double] = [
        0.228999, 0.278622, 0.110240, 0.452646, 0.420958, 0.283143, 0.223456, 0.331036, 0.162448,
        0.305114, 0.274266, 0.327682, 0.493494, 0.497892, 0.214269, 0.073643, 0.088343, 0.033020,
        0.270942, 0.218924, 0.319859, 0.338633, 0.270095, 0.256964, 0.229801, 0.356412, 0.347231,
    ]
    static let lengthPrior: [Double] = [
        -2.111943, -0.952706, -0.407195, 0.324955, 0.413786, 0.319475, -0.097040, -1.483334,
        -3.785919, -4.884531, -4.884531, -4.884531,
    ]
}
