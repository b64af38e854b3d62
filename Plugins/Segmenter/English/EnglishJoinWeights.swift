/// The segment-join decision's weights (`EnglishSegmentJoins`): placeholder, to be written by
/// `EnglishJoinTrainer`.
enum EnglishJoinWeights {
    static let threshold = 1.0
    static let weights = [Double](repeating: 0, count: 23)
    static let mean = [Double](repeating: 0, count: 22)
    static let scale = [Double](repeating: 1, count: 22)
}
