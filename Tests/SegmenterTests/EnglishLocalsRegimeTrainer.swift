import Foundation
import PresswatchTesting

@testable import Segmenter

/// Learns the regime of locals (`EnglishLocalsRegime`) from gold labels: a paragraph stands
/// among locals when the article it belongs to opens with no heading (`briefStart`), and it
/// is not furniture. The emission is a logistic regression (Newton's method, a small ridge,
/// on standardized values) over the paragraphs' rows; the prior and the probability of
/// keeping the regime from one paragraph to the next are counted. The rows are read from
/// the text alone (no line model), so the gold of the training pages is all it needs.
/// `PRESSWATCH_ENGLISH_STARTS_STAY=p`: a stay probability to try instead of the counted one.
enum EnglishLocalsRegimeTrainer {
    static let ridge = 1.0

    static func fit(
        _ examples: [EnglishLineTrainer.Example], rounded: Bool = false
    ) -> EnglishLocalsRegime {
        var rows: [[Double]] = []
        var targets: [Bool] = []
        var kept = 1.0
        var pairs = 2.0
        for example in examples {
            let page = example.page
            var opener: EnglishLineLabel?
            var line = 0
            var previous: Bool?
            EnglishLocalsRegime.forEachEmissionRow(
                page.lines, traits: page.traits, column: page.column
            ) { start, row in
                while line <= start {
                    if example.labels[line].opensArticle { opener = example.labels[line] }
                    line += 1
                }
                let locals = opener == .briefStart && example.labels[start] != .furniture
                rows.append(row)
                targets.append(locals)
                if let previous {
                    pairs += 1
                    if previous == locals { kept += 1 }
                }
                previous = locals
            }
        }
        let (weights, mean, scale) = logisticRegression(rows, targets)
        var regime = EnglishLocalsRegime(
            weights: weights, mean: mean, scale: scale,
            prior: Double(targets.filter { $0 }.count) / Double(max(targets.count, 1)),
            stay: EnglishStartTrainer.setting("STAY") ?? kept / pairs)
        if rounded {
            func round6(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
            regime.weights = regime.weights.map(round6)
            regime.mean = regime.mean.map(round6)
            regime.scale = regime.scale.map(round6)
            regime.prior = round6(regime.prior)
            regime.stay = round6(regime.stay)
        }
        return regime
    }

    /// Weights (then the bias) on standardized values, with the means and scales.
    static func logisticRegression(
        _ rows: [[Double]], _ targets: [Bool]
    ) -> (weights: [Double], mean: [Double], scale: [Double]) {
        let n = rows.count
        let d = EnglishLocalsRegime.width
        var mean = [Double](repeating: 0, count: d)
        var scale = [Double](repeating: 0, count: d)
        for row in rows { for j in 0..<d { mean[j] += row[j] / Double(max(n, 1)) } }
        for row in rows {
            for j in 0..<d { scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / Double(n) }
        }
        scale = scale.map { $0 > 1e-12 ? $0.squareRoot() : 1 }
        let z = rows.map { row in (0..<d).map { (row[$0] - mean[$0]) / scale[$0] } + [1] }
        var w = [Double](repeating: 0, count: d + 1)
        for _ in 0..<25 {
            var gradient = [Double](repeating: 0, count: d + 1)
            var hessian = [Double](repeating: 0, count: (d + 1) * (d + 1))
            for (i, x) in z.enumerated() {
                var s = 0.0
                for j in 0...d { s += w[j] * x[j] }
                let p = 1 / (1 + exp(-s))
                let residual = p - (targets[i] ? 1 : 0)
                let curvature = max(p * (1 - p), 1e-6)
                for a in 0...d {
                    gradient[a] += residual * x[a]
                    for b in a...d { hessian[a * (d + 1) + b] += curvature * x[a] * x[b] }
                }
            }
            for a in 0...d {
                for b in 0..<a { hessian[a * (d + 1) + b] = hessian[b * (d + 1) + a] }
                if a < d {
                    gradient[a] += ridge * w[a]
                    hessian[a * (d + 1) + a] += ridge
                }
            }
            let step = LinearSystem.solve(hessian, gradient, size: d + 1, singularBelow: 1e-12)
            var largest = 0.0
            for j in 0...d {
                w[j] -= step[j]
                largest = max(largest, abs(step[j]))
            }
            if largest < 1e-7 { break }
        }
        return (w, mean, scale)
    }
}
