/// A linear-chain model over the lines of an English page: a score for each label from the
/// line's features (`EnglishLineFeatures`), a score for each pair of consecutive labels, and
/// the best labelling of the whole page by Viterbi. Its weights are learned from annotated
/// pages (`EnglishLineTrainer` in the tests: a logistic regression per line, transitions
/// counted) and ship as `EnglishLineWeights`.
struct EnglishLineModel: Sendable {
    /// Per label: one weight per feature, then a bias.
    var emission: [[Double]]
    /// `transition[previous][next]`.
    var transition: [[Double]]
    /// The score of a label on the page's first line.
    var start: [Double]

    static let labels = EnglishLineLabel.allCases.count
    /// A further headline line follows a headline line, and nothing else (BIO): the decode
    /// enforces it, so every headline the labels give has its first line.
    private static let more = EnglishLineLabel.headlineMore.rawValue
    private static let first = EnglishLineLabel.headline.rawValue

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

    /// One line's score for every label into `scores`: its features are written into
    /// `row` (a buffer kept by the caller) and scored against contiguous weights.
    private func emissionScores(
        line: Int, _ features: inout EnglishLineFeatures.Rows,
        weights: UnsafeBufferPointer<Double>, row: inout [Double], into scores: inout [Double]
    ) {
        let width = EnglishLineFeatures.width
        row.removeAll(keepingCapacity: true)
        features.write(line, into: &row)
        row.withUnsafeBufferPointer { x in
            for label in 0..<Self.labels {
                let base = label * (width + 1)
                var sum = weights[base + width]
                for j in 0..<width { sum += weights[base + j] * x[j] }
                scores[label] = sum
            }
        }
    }

    /// The best-scoring labels for the page's lines: linear in lines (labels² per line).
    /// Each line's features are made and scored when the pass reaches it, and only the
    /// back pointers (a byte per line and label) are kept: a matrix of features or of
    /// scores cost hundreds of bytes a line, gigabytes for millions of short lines.
    /// - Parameter continuesSentence: per line, whether it carries on the sentence of the
    ///   line before (it opens in small letters after a line that ends mid-sentence). Such a
    ///   line cannot open an article, whatever its features say: without the rule, the end
    ///   of a paragraph above a headline tends to join the headline.
    /// - Parameter observe: called with each line's emission scores as the pass makes them
    ///   (the forward pass of `EnglishLineMarginals` rides on it: the scores cost the most).
    func decode(
        _ features: EnglishLineFeatures, continuesSentence: [Bool] = [],
        observe: ((Int, [Double]) -> Void)? = nil
    ) -> [EnglishLineLabel] {
        let n = features.count
        guard n > 0 else { return [] }
        let k = Self.labels
        let weights = emission.flatMap { $0 }
        var row: [Double] = []
        row.reserveCapacity(EnglishLineFeatures.width)
        var emitted = [Double](repeating: 0, count: k)
        var rows = features.rows()
        var back = [UInt8](repeating: 0, count: n * k)
        var score = [Double](repeating: 0, count: k)
        var next = [Double](repeating: 0, count: k)
        weights.withUnsafeBufferPointer { w in
            for line in 0..<n {
                emissionScores(line: line, &rows, weights: w, row: &row, into: &emitted)
                if line < continuesSentence.count, continuesSentence[line] {
                    for label in [EnglishLineLabel.headline, .briefStart] {
                        emitted[label.rawValue] = -.infinity
                    }
                }
                observe?(line, emitted)
                guard line > 0 else {
                    for label in 0..<k { score[label] = start[label] + emitted[label] }
                    score[Self.more] = -.infinity
                    continue
                }
                for label in 0..<k {
                    var best = -Double.infinity
                    var from = 0
                    for previous in 0..<k {
                        if label == Self.more, previous != Self.first, previous != Self.more {
                            continue
                        }
                        let candidate = score[previous] + transition[previous][label]
                        if candidate > best {
                            best = candidate
                            from = previous
                        }
                    }
                    next[label] = best + emitted[label]
                    back[line * k + label] = UInt8(from)
                }
                swap(&score, &next)
            }
        }
        var label = score.indices.max { score[$0] < score[$1] } ?? 0
        var labels = [EnglishLineLabel](repeating: .body, count: n)
        for line in stride(from: n - 1, through: 0, by: -1) {
            labels[line] = EnglishLineLabel(rawValue: label)!
            label = Int(back[line * k + label])
        }
        return labels
    }
}
