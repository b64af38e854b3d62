import Foundation

/// How likely each line of a page is to open an article, under the line model: the
/// forward-backward marginals of its chain (the same emission and transition scores Viterbi
/// decodes), summed over the labels that start one. Viterbi gives one best path; a start it
/// left out may still carry much of the probability, and the article-start stage
/// (`EnglishArticleStarts`) weighs exactly those.
///
/// The forward pass rides on Viterbi's (`EnglishLineModel.decode(observe:)`), so each line's
/// features are scored once. Kept per line: its emissions as 8 bytes (log-probabilities
/// against the line's best label, in steps of 1/16), for the backward pass, and the two
/// marginals (`Float`s); the forward state only at every `block`-th line, the block's
/// recomputed from it on the way back. No matrix of scores for millions of short lines.
struct EnglishLineMarginals {
    /// P(the line opens an article: `headline` or `briefStart`).
    let start: [Float]
    /// P(the line is a headline's first line).
    let headline: [Float]

    static let block = 256
    /// Emissions more than 255/16 nats below the line's best: probability about 0.
    private static let step = 1.0 / 16

    /// The page's Viterbi labels and its marginals, in one pass over its features.
    static func decode(
        _ model: EnglishLineModel, features: EnglishLineFeatures, continuesSentence: [Bool]
    ) -> (labels: [EnglishLineLabel], marginals: EnglishLineMarginals) {
        var pass = Pass(model: model, lines: features.count)
        let labels = model.decode(features, continuesSentence: continuesSentence) {
            pass.add($0, $1)
        }
        return (labels, pass.marginals())
    }

    private init(start: [Float], headline: [Float]) {
        self.start = start
        self.headline = headline
    }

    private struct Pass {
        let k = EnglishLineModel.labels
        let first = EnglishLineLabel.headline.rawValue
        let brief = EnglishLineLabel.briefStart.rawValue
        /// `move[previous * k + label]`: transitions as probabilities; `headlineMore` only
        /// after a headline line, as the decoder has it.
        var move: [Double]
        var entry: [Double]
        /// exp(-q / 16) for a quantized emission q; 0 for 255.
        var level: [Double]
        var quantized: [UInt8]
        var checkpoints: [Double] = []
        var alpha: [Double]
        var scratch: [Double]

        init(model: EnglishLineModel, lines: Int) {
            let more = EnglishLineLabel.headlineMore.rawValue
            move = [Double](repeating: 0, count: k * k)
            for previous in 0..<k {
                for label in 0..<k where label != more || previous == first || previous == more {
                    move[previous * k + label] = exp(model.transition[previous][label])
                }
            }
            entry = (0..<k).map { $0 == more ? 0 : exp(model.start[$0]) }
            level = (0..<256).map { $0 == 255 ? 0 : exp(-Double($0) * EnglishLineMarginals.step) }
            quantized = [UInt8](repeating: 255, count: lines * k)
            alpha = [Double](repeating: 0, count: k)
            scratch = [Double](repeating: 0, count: k)
            checkpoints.reserveCapacity((lines / EnglishLineMarginals.block + 1) * k)
        }

        /// One forward step from `before` (nil on the page's first line) through line
        /// `line`'s quantized emissions, into `out`, normalised to sum 1 (the scale cancels
        /// in the marginals).
        func forward(_ line: Int, from before: [Double]?, into out: inout [Double]) {
            var total = 0.0
            for label in 0..<k {
                var sum = 0.0
                if let before {
                    for previous in 0..<k { sum += before[previous] * move[previous * k + label] }
                } else {
                    sum = entry[label]
                }
                out[label] = sum * level[Int(quantized[line * k + label])]
                total += out[label]
            }
            let scale = total > 0 ? 1 / total : 1
            for label in 0..<k { out[label] *= scale }
        }

        mutating func add(_ line: Int, _ scores: [Double]) {
            let top = scores.max() ?? 0
            for label in 0..<k where scores[label] > -.infinity {
                let steps = ((top - scores[label]) / EnglishLineMarginals.step).rounded()
                quantized[line * k + label] = UInt8(min(steps, 255))
            }
            if line % EnglishLineMarginals.block == 0 { checkpoints += alpha }
            forward(line, from: line == 0 ? nil : alpha, into: &scratch)
            swap(&alpha, &scratch)
        }

        func marginals() -> EnglishLineMarginals {
            let n = quantized.count / k
            let size = EnglishLineMarginals.block
            var start = [Float](repeating: 0, count: n)
            var headline = [Float](repeating: 0, count: n)
            var alphas = [Double](repeating: 0, count: size * k)
            var state = [Double](repeating: 0, count: k)
            var next = [Double](repeating: 0, count: k)
            var beta = [Double](repeating: 1, count: k)
            var nextBeta = [Double](repeating: 0, count: k)
            for index in stride(from: (n + size - 1) / size - 1, through: 0, by: -1) {
                let low = index * size
                let high = min(low + size, n)
                // The block's forward states again, from the one kept above it.
                for label in 0..<k { state[label] = checkpoints[index * k + label] }
                for line in low..<high {
                    forward(line, from: line == 0 ? nil : state, into: &next)
                    swap(&state, &next)
                    for label in 0..<k { alphas[(line - low) * k + label] = state[label] }
                }
                for line in stride(from: high - 1, through: low, by: -1) {
                    let slot = (line - low) * k
                    var total = 0.0
                    for label in 0..<k { total += alphas[slot + label] * beta[label] }
                    if total > 0 {
                        let opens =
                            alphas[slot + first] * beta[first] + alphas[slot + brief] * beta[brief]
                        start[line] = Float(opens / total)
                        headline[line] = Float(alphas[slot + first] * beta[first] / total)
                    }
                    // The backward state for the line above, through this line's emissions.
                    var sum = 0.0
                    for from in 0..<k {
                        var value = 0.0
                        for label in 0..<k {
                            value +=
                                move[from * k + label] * level[Int(quantized[line * k + label])]
                                * beta[label]
                        }
                        nextBeta[from] = value
                        sum += value
                    }
                    let scale = sum > 0 ? 1 / sum : 1
                    for label in 0..<k { beta[label] = nextBeta[label] * scale }
                }
            }
            return EnglishLineMarginals(start: start, headline: headline)
        }
    }
}
