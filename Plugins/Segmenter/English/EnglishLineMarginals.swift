import Foundation

/// How likely each line of a page is to open an article, under the line model: the
/// forward-backward marginals of its chain (the same emission and transition scores Viterbi
/// decodes), summed over the labels that start one. Viterbi gives one best path; a start it
/// left out may still carry much of the probability, and the article-start stage
/// (`EnglishArticleStarts`) weighs exactly those.
///
/// Kept per line: two `Float`s. The forward pass keeps its state only at every
/// `block`-th line; the backward pass recomputes one block at a time (its emissions and
/// forward state) from that checkpoint, so a page of millions of lines needs no matrix of
/// scores, at the price of computing each line's emissions twice.
struct EnglishLineMarginals {
    /// P(the line opens an article: `headline` or `briefStart`).
    let start: [Float]
    /// P(the line is a headline's first line).
    let headline: [Float]

    static let block = 256

    init(model: EnglishLineModel, features: EnglishLineFeatures, continuesSentence: [Bool]) {
        let n = features.count
        let k = EnglishLineModel.labels
        let width = EnglishLineFeatures.width
        let weights = model.emission.flatMap { $0 }
        let more = EnglishLineLabel.headlineMore.rawValue
        let first = EnglishLineLabel.headline.rawValue
        let brief = EnglishLineLabel.briefStart.rawValue
        // Transitions as probabilities; `headlineMore` only after a headline line.
        var move = [Double](repeating: 0, count: k * k)
        for previous in 0..<k {
            for label in 0..<k where label != more || previous == first || previous == more {
                move[previous * k + label] = exp(model.transition[previous][label])
            }
        }
        let entry = (0..<k).map { $0 == more ? 0 : exp(model.start[$0]) }
        var row: [Double] = []
        row.reserveCapacity(width)
        // Line `line`'s emissions as probabilities up to a common factor, into `out`.
        func emit(_ line: Int, _ out: UnsafeMutablePointer<Double>) {
            row.removeAll(keepingCapacity: true)
            features.write(row: line, into: &row)
            var top = -Double.infinity
            for label in 0..<k {
                let base = label * (width + 1)
                var sum = weights[base + width]
                for j in 0..<width { sum += weights[base + j] * row[j] }
                out[label] = sum
                top = max(top, sum)
            }
            for label in 0..<k { out[label] = exp(out[label] - top) }
            if line < continuesSentence.count, continuesSentence[line] {
                out[first] = 0
                out[brief] = 0
            }
        }
        // One forward step: `alpha` (the line before's, or nil on the first line) into `out`,
        // normalised to sum 1 (the scale cancels in the marginals).
        func forward(
            _ alpha: UnsafePointer<Double>?, _ e: UnsafePointer<Double>,
            _ out: UnsafeMutablePointer<Double>
        ) {
            var total = 0.0
            for label in 0..<k {
                var sum = 0.0
                if let alpha {
                    for previous in 0..<k { sum += alpha[previous] * move[previous * k + label] }
                } else {
                    sum = entry[label]
                }
                out[label] = sum * e[label]
                total += out[label]
            }
            let scale = total > 0 ? 1 / total : 1
            for label in 0..<k { out[label] *= scale }
        }
        let blocks = (n + Self.block - 1) / Self.block
        var checkpoints = [Double](repeating: 0, count: max(blocks, 1) * k)
        var start = [Float](repeating: 0, count: n)
        var headline = [Float](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: Self.block * k)
        var alpha = [Double](repeating: 0, count: Self.block * k)
        var beta = [Double](repeating: 1, count: k)
        var nextBeta = [Double](repeating: 0, count: k)
        // The forward pass over the page: only the state above each block's first line kept.
        var scratch = [Double](repeating: 0, count: 3 * k)
        scratch.withUnsafeMutableBufferPointer { s in
            let emitted = s.baseAddress!
            let current = emitted + k
            let previous = current + k
            for line in 0..<n {
                if line % Self.block == 0, line > 0 {
                    for label in 0..<k {
                        checkpoints[line / Self.block * k + label] = previous[label]
                    }
                }
                emit(line, emitted)
                forward(line == 0 ? nil : UnsafePointer(previous), emitted, current)
                for label in 0..<k { previous[label] = current[label] }
            }
        }
        for index in stride(from: blocks - 1, through: 0, by: -1) {
            let low = index * Self.block
            let high = min(low + Self.block, n)
            e.withUnsafeMutableBufferPointer { ep in
                alpha.withUnsafeMutableBufferPointer { ap in
                    checkpoints.withUnsafeBufferPointer { cp in
                        for line in low..<high {
                            let slot = (line - low) * k
                            emit(line, ep.baseAddress! + slot)
                            let before: UnsafePointer<Double>? =
                                line == 0
                                ? nil
                                : line == low
                                    ? cp.baseAddress! + index * k
                                    : UnsafePointer(ap.baseAddress! + slot - k)
                            forward(before, ep.baseAddress! + slot, ap.baseAddress! + slot)
                        }
                    }
                }
            }
            for line in stride(from: high - 1, through: low, by: -1) {
                let slot = (line - low) * k
                var total = 0.0
                for label in 0..<k { total += alpha[slot + label] * beta[label] }
                if total > 0 {
                    start[line] = Float(
                        (alpha[slot + first] * beta[first] + alpha[slot + brief]
                            * beta[brief]) / total)
                    headline[line] = Float(alpha[slot + first] * beta[first] / total)
                }
                // The backward state for the line above: through this line's emissions.
                var sum = 0.0
                for from in 0..<k {
                    var value = 0.0
                    for label in 0..<k {
                        value += move[from * k + label] * e[slot + label] * beta[label]
                    }
                    nextBeta[from] = value
                    sum += value
                }
                let scale = sum > 0 ? 1 / sum : 1
                for label in 0..<k { beta[label] = nextBeta[label] * scale }
            }
        }
        self.start = start
        self.headline = headline
    }
}
