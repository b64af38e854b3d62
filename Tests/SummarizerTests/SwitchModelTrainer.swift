import Foundation
import PresswatchCore
import PresswatchTesting
import Summarizer
import SummaryEvaluation

/// Learns `SignalWeights`' coefficients from articles with reference summaries: for every
/// unit but the first, whether it scores a higher character ROUGE-1 against the reference
/// than the first unit, weighted by how much (a cost-sensitive logistic regression on
/// the unit's features and the first unit's, fitted by Newton's method with a small ridge).
/// The summarizer ships the result as `LearnedCoefficients`; this is how they are re-derived.
struct SwitchModelTrainer {
    /// One article's features and each unit's ROUGE-1 against the reference.
    struct Example: Sendable {
        var features: SentenceFeatures
        var candidates: [Int]
        var rouge1: [Double]
        /// Articles the summarizer gives their first sentence without ranking.
        var forced: Bool
    }

    struct Model: Equatable {
        var own: [Double]
        var lead: [Double]
        var bias: Double
    }

    /// The ridge strength and the log-odds margin a unit needs over the first, chosen by
    /// 10-fold cross-validation on the headline set (ridge 1, 3, 10, 30, 100; margin 0.25 to
    /// 1.25): wider margins switch less and gain less, narrower ones switch on noise.
    static let ridge = 10.0
    static let margin = 0.75

    /// The lengths, in sentences, the training articles are also cut to: short news posts
    /// have their point early as well, but a model that has only seen whole articles reads
    /// position and centrality on a scale that does not fit five sentences.
    static let cuts = [3, 4, 5, 6]

    /// The examples of one article with its reference: the whole article and its cuts.
    static func examples(_ article: Article, reference: String) -> [Example] {
        let cutArticles = cuts.compactMap { SegmentedArticles.shared.cut(article, toSentences: $0) }
        return ([article] + cutArticles).compactMap { example($0, reference: reference) }
    }

    static func example(_ article: Article, reference: String) -> Example? {
        guard let features = SentenceFeatures(article: article) else { return nil }
        let candidates = features.lengths.indices.filter { features.lengths[$0] > 0 }
        let rouge1 = features.units.map { range -> Double in
            guard let first = range.first, let last = range.last else { return 0 }
            let span = Span(start: article.sentences[first].start, end: article.sentences[last].end)
            return CharacterROUGE.score(article.text(of: span), against: reference).rouge1
        }
        let forced =
            candidates.count <= 2
            || features.lengths.reduce(0, +) < SummarizerOptions().minArticleChars
            || article.kind == .photo
        return Example(features: features, candidates: candidates, rouge1: rouge1, forced: forced)
    }

    /// Rows `[own features, first unit's features, 1]` and the ROUGE-1 gain over the first.
    static func pairs(_ examples: [Example]) -> (rows: [[Double]], gains: [Double]) {
        var rows: [[Double]] = []
        var gains: [Double] = []
        for example in examples where !example.forced {
            guard let first = example.candidates.first else { continue }
            for unit in example.candidates.dropFirst() {
                rows.append(
                    example.features.values[unit] + example.features.values[first] + [1])
                gains.append(example.rouge1[unit] - example.rouge1[first])
            }
        }
        return (rows, gains)
    }

    static func fit(_ examples: [Example]) -> Model {
        let (rows, gains) = pairs(examples)
        let width = rows.first?.count ?? 1
        let (mean, scale) = standardization(rows, width: width)
        let z = rows.map { row in (0..<width).map { (row[$0] - mean[$0]) / scale[$0] } }
        let labels = gains.map { $0 > 0 ? 1.0 : 0 }
        let total = gains.reduce(0) { $0 + abs($1) + 1e-6 }
        let costs = gains.map { (abs($0) + 1e-6) * Double(gains.count) / total }
        let w = newton(z: z, labels: labels, costs: costs, width: width)
        // Back to the raw features: z = (x - mean) / scale.
        var raw = (0..<width).map { w[$0] / scale[$0] }
        raw[width - 1] =
            w[width - 1] - (0..<width - 1).reduce(0) { $0 + mean[$1] / scale[$1] * w[$1] }
        let count = SentenceFeatures.Feature.allCases.count
        return Model(
            own: Array(raw[0..<count]), lead: Array(raw[count..<2 * count]), bias: raw[width - 1])
    }

    /// Per column mean and standard deviation; the last (constant) column is left as it is,
    /// and a column that never varies gets scale 1 (its weight stays 0 under the ridge).
    static func standardization(_ rows: [[Double]], width: Int) -> ([Double], [Double]) {
        let n = Double(max(rows.count, 1))
        var mean = [Double](repeating: 0, count: width)
        var scale = [Double](repeating: 0, count: width)
        for row in rows { for j in 0..<width { mean[j] += row[j] / n } }
        for row in rows {
            for j in 0..<width { scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n }
        }
        scale = scale.map { $0 > 1e-18 ? $0.squareRoot() : 1 }
        mean[width - 1] = 0
        scale[width - 1] = 1
        return (mean, scale)
    }

    /// Weighted logistic regression with a ridge of `ridge / n`, by Newton's method.
    static func newton(z: [[Double]], labels: [Double], costs: [Double], width: Int) -> [Double] {
        var w = [Double](repeating: 0, count: width)
        let n = Double(max(z.count, 1))
        for _ in 0..<50 {
            var gradient = w.map { ridge * $0 / n }
            var hessian = [Double](repeating: 0, count: width * width)
            for j in 0..<width { hessian[j * width + j] = ridge / n }
            for (index, row) in z.enumerated() {
                var s = 0.0
                for j in 0..<width { s += row[j] * w[j] }
                let p = 1 / (1 + exp(-s))
                let g = costs[index] * (p - labels[index]) / n
                let h = costs[index] * p * (1 - p) / n
                for j in 0..<width where row[j] != 0 {
                    gradient[j] += g * row[j]
                    let hj = h * row[j]
                    for k in j..<width { hessian[j * width + k] += hj * row[k] }
                }
            }
            for j in 0..<width {
                for k in 0..<j { hessian[j * width + k] = hessian[k * width + j] }
            }
            let step = LinearSystem.solve(hessian, gradient, size: width, singularBelow: 1e-300)
            for j in 0..<width { w[j] -= step[j] }
            if step.map(abs).max() ?? 0 < 1e-10 { break }
        }
        return w
    }

    /// The standard weights with a learned model's coefficients in place.
    static func weights(_ model: Model) -> SignalWeights {
        var weights = SignalWeights.standard
        weights.coefficients = model.own
        weights.leadCoefficients = model.lead
        weights.bias = model.bias - margin
        return weights
    }
}
