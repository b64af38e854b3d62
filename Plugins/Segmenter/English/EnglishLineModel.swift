/// A linear-chain model over the lines of an English page: a score for each label from the
/// line's features (`EnglishLineFeatures`), a score for each pair of consecutive labels, and
/// the best labelling of the whole page by Viterbi. Its weights are learned from annotated
/// pages by an averaged structured perceptron (`EnglishLineTrainer` in the tests) and ship as
/// `EnglishLineWeights`.
struct EnglishLineModel: Sendable {
    /// Per label: one weight per feature, then a bias.
    var emission: [[Double]]
    /// `transition[previous][next]`.
    var transition: [[Double]]
    /// The score of a label on the page's first line.
    var start: [Double]

    static let labels = EnglishLineLabel.allCases.count

    /// The shipped model, built once per process.
    static let shipped = EnglishLineModel(
        emission: EnglishLineWeights.emission, transition: EnglishLineWeights.transition,
        start: EnglishLineWeights.start)

    static func zero() -> EnglishLineModel {
        let width = EnglishLineFeatures.width + 1
        return EnglishLineModel(
            emission: Array(repeating: Array(repeating: 0, count: width), count: labels),
            transition: Array(repeating: Array(repeating: 0, count: labels), count: labels),
            start: Array(repeating: 0, count: labels))
    }

    func emissionScore(_ label: Int, _ row: ArraySlice<Double>) -> Double {
        let weights = emission[label]
        var score = weights[EnglishLineFeatures.width]
        var index = 0
        for value in row {
            score += weights[index] * value
            index += 1
        }
        return score
    }

    /// Every line's score for every label (`line * labels + label`), in one pass over
    /// contiguous weights.
    func emissionScores(_ features: EnglishLineFeatures) -> [Double] {
        let n = features.count
        let k = Self.labels
        let width = EnglishLineFeatures.width
        let weights = emission.flatMap { $0 }
        var emitted = [Double](repeating: 0, count: n * k)
        weights.withUnsafeBufferPointer { w in
            features.values.withUnsafeBufferPointer { x in
                for line in 0..<n {
                    let row = line * width
                    for label in 0..<k {
                        let base = label * (width + 1)
                        var sum = w[base + width]
                        for j in 0..<width { sum += w[base + j] * x[row + j] }
                        emitted[line * k + label] = sum
                    }
                }
            }
        }
        return emitted
    }

    /// The best-scoring labels for the page's lines: linear in lines (labels² per line).
    /// - Parameter continuesSentence: per line, whether it carries on the sentence of the
    ///   line before (it opens in small letters after a line that ends mid-sentence). Such a
    ///   line cannot open an article, whatever its features say: without the rule, the end
    ///   of a paragraph above a headline tends to join the headline.
    func decode(
        _ features: EnglishLineFeatures, continuesSentence: [Bool] = []
    ) -> [EnglishLineLabel] {
        let n = features.count
        guard n > 0 else { return [] }
        let k = Self.labels
        var emitted = emissionScores(features)
        for (line, continues) in continuesSentence.enumerated() where continues {
            for label in [EnglishLineLabel.headline, .briefStart] {
                emitted[line * k + label.rawValue] = -.infinity
            }
        }
        var back = [Int](repeating: 0, count: n * k)
        var score = (0..<k).map { start[$0] + emitted[$0] }
        var next = [Double](repeating: 0, count: k)
        for line in 1..<n {
            for label in 0..<k {
                var best = -Double.infinity
                var from = 0
                for previous in 0..<k {
                    let candidate = score[previous] + transition[previous][label]
                    if candidate > best {
                        best = candidate
                        from = previous
                    }
                }
                next[label] = best + emitted[line * k + label]
                back[line * k + label] = from
            }
            swap(&score, &next)
        }
        var label = score.indices.max { score[$0] < score[$1] } ?? 0
        var labels = [Int](repeating: 0, count: n)
        for line in stride(from: n - 1, through: 0, by: -1) {
            labels[line] = label
            label = back[line * k + label]
        }
        return labels.map { EnglishLineLabel(rawValue: $0)! }
    }
}
