/// The segment-join decision's weights (`EnglishSegmentJoins`), learned by
/// `EnglishJoinTrainer` from the 110 training pages of `Tests/Data/pages-en/dev`
/// and `dev-extra`, each page read by the line model of the 5-fold cross-validation
/// that did not learn from it and cut by the shipped start stage.
/// `EnglishArticleStartTests` re-derives them and checks that they match; set
/// `PRESSWATCH_WRITE_ENGLISH_WEIGHTS=1` to rewrite this file (then `swift format -i`
/// it).
///
/// `weights`: one per value of a pair's row (standardized by `mean` and `scale`),
/// then the bias; a pair whose probability is above `threshold` is joined.
enum EnglishJoinWeights {
    static let threshold = 0.5
    static let weights: [Double] = [
        0.033572, -0.967870, -0.235757, 0.119538, 0.094491, 0.129864, -0.496817, -0.027940,
        0.287684, 0.788390, -0.577547, -0.043336, -0.018968, 0.019306, 0.153705, 0.075605,
        -0.006348, -0.087337, -0.169803, 0.085693, 0.170314, -2.237070,
    ]
    static let mean: [Double] = [
        0.704827, 0.095301, 0.927599, 0.782178, 0.060025, 0.079208, 0.600177, 0.589453, 0.063569,
        0.026332, 0.152970, 0.581683, 0.014851, 0.060613, 0.931312, 0.074257, 0.093441, 0.083540,
        0.211696, 0.029084, 0.048886,
    ]
    static let scale: [Double] = [
        0.456121, 0.276040, 0.259151, 0.412766, 0.237533, 0.270063, 0.215755, 0.219293, 0.071032,
        0.026079, 0.347503, 0.493283, 0.120958, 0.183268, 0.252923, 0.262189, 0.291049, 0.276696,
        0.094361, 0.168042, 0.215630,
    ]
}
