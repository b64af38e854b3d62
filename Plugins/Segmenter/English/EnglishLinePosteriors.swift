import Foundation

/// How sure the line model is of each line, page-wide: the marginal probability of every label
/// (forward-backward over the same chain Viterbi decodes) and the probability that the line
/// opens an article (an unheaded item's first line, or a headline's first line: a headline
/// line that does not follow a headline line). The segmental decision
/// (`EnglishArticleDecoder`) weighs these instead of trusting one labelling.
struct EnglishLinePosteriors {
    /// `line * labels + label`.
    let marginals: [Double]
    /// Per line: the probability that an article starts there.
    let opens: [Double]
    let count: Int

    func probability(_ line: Int, _ label: EnglishLineLabel) -> Double {
        marginals[line * EnglishLineModel.labels + label.rawValue]
    }

    /// Forward-backward with per-line scaling: linear in lines (labels² per line).
    init(model: EnglishLineModel, features: EnglishLineFeatures) {
        let n = features.count
        let k = EnglishLineModel.labels
        count = n
        guard n > 0 else {
            marginals = []
            opens = []
            return
        }
        let emitted = model.emissionScores(features)
        // Each line's label scores as factors, scaled so that the largest is 1.
        var factor = [Double](repeating: 0, count: n * k)
        for line in 0..<n {
            var top = -Double.infinity
            for label in 0..<k { top = max(top, emitted[line * k + label]) }
            for label in 0..<k { factor[line * k + label] = exp(emitted[line * k + label] - top) }
        }
        let pass = model.transition.flatMap { $0.map { exp($0) } }
        var alpha = [Double](repeating: 0, count: n * k)
        var scale = [Double](repeating: 1, count: n)
        var total = 0.0
        for label in 0..<k {
            alpha[label] = exp(model.start[label]) * factor[label]
            total += alpha[label]
        }
        scale[0] = total
        for label in 0..<k { alpha[label] /= total }
        for line in 1..<n {
            total = 0
            for label in 0..<k {
                var sum = 0.0
                for previous in 0..<k {
                    sum += alpha[(line - 1) * k + previous] * pass[previous * k + label]
                }
                let value = sum * factor[line * k + label]
                alpha[line * k + label] = value
                total += value
            }
            scale[line] = total
            for label in 0..<k { alpha[line * k + label] /= total }
        }
        var beta = [Double](repeating: 1, count: n * k)
        if n > 1 {
            for line in stride(from: n - 2, through: 0, by: -1) {
                for label in 0..<k {
                    var sum = 0.0
                    for next in 0..<k {
                        sum +=
                            pass[label * k + next] * factor[(line + 1) * k + next]
                            * beta[(line + 1) * k + next]
                    }
                    beta[line * k + label] = sum / scale[line + 1]
                }
            }
        }
        var marginals = [Double](repeating: 0, count: n * k)
        for line in 0..<n {
            var sum = 0.0
            for label in 0..<k {
                let value = alpha[line * k + label] * beta[line * k + label]
                marginals[line * k + label] = value
                sum += value
            }
            for label in 0..<k { marginals[line * k + label] /= max(sum, 1e-300) }
        }
        let headline = EnglishLineLabel.headline.rawValue
        let brief = EnglishLineLabel.briefStart.rawValue
        var opens = [Double](repeating: 0, count: n)
        for line in 0..<n {
            var open = marginals[line * k + brief] + marginals[line * k + headline]
            if line > 0 {
                // Less the headline lines that continue a headline: P(headline, headline).
                let continued =
                    alpha[(line - 1) * k + headline] * pass[headline * k + headline]
                    * factor[line * k + headline] * beta[line * k + headline] / scale[line]
                open -= continued
            }
            opens[line] = min(max(open, 0), 1)
        }
        self.marginals = marginals
        self.opens = opens
    }
}
