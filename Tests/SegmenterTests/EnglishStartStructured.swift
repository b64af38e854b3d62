import Foundation

@testable import Segmenter

/// Refits the start stage for the decision it feeds: the regression learns each candidate
/// on its own (logistic loss), but the page is read by the segment DP, where a candidate's
/// score competes with its neighbours' and with the length prior. An averaged structured
/// perceptron with the DP as its inference fixes that: on each training page the DP decodes
/// with a cost added for every wrong choice (a missed start or a false one, so the margin
/// grows where the decision is wrong), and where its reading differs from the gold one the
/// weights move by the difference of the two readings' features: the candidates' rows summed
/// over the chosen starts, and the count of articles in each length bin (the length prior
/// becomes learned, one weight a bin). It starts from the regression and the counted prior,
/// so what the regression already got right stays.
extension EnglishStartTrainer {
    static let structuredEpochs = Int(setting("EPOCHS") ?? 10)
    static let structuredRate = setting("RATE") ?? 0.02
    /// The cost of a missed start and of a false one in the cost-augmented decoding: a
    /// missed start merges two articles (both lost), a false one splits one.
    static let structuredMissCost = setting("MISS_COST") ?? 2.0
    static let structuredFalseCost = setting("FALSE_COST") ?? 1.0
    /// Added to every candidate's score after training, as the regression's `bias`.
    static let structuredBias = setting("STRUCTURED_BIAS") ?? 1.0

    static func refine(
        _ examples: Examples, from start: EnglishArticleStarts, epochs: Int = structuredEpochs,
        rate: Double = structuredRate, missCost: Double = structuredMissCost,
        falseCost: Double = structuredFalseCost, bias: Double = structuredBias
    ) -> EnglishArticleStarts {
        let d = EnglishStartFeatures.width
        let standardized = examples.pages.map { page in
            page.rows.map { row in
                (0..<d).map { (row[$0] - start.mean[$0]) / start.scale[$0] } + [1]
            }
        }
        var w = start.weights
        w[d] += start.bias
        var v = start.lengthPrior.map { $0 * start.lengthWeight }
        var sumW = [Double](repeating: 0, count: w.count)
        var sumV = [Double](repeating: 0, count: v.count)
        var steps = 0.0
        var order = Array(examples.pages.indices)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<epochs {
            // A fixed shuffle per epoch: the perceptron's order matters, the run must repeat.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int(seed >> 33) % (i + 1))
            }
            for index in order {
                let page = examples.pages[index]
                let z = standardized[index]
                var model = start
                model.bias = 0
                model.lengthWeight = 1
                model.lengthPrior = v
                let scores = z.indices.map { j in
                    zip(w, z[j]).reduce(0) { $0 + $1.0 * $1.1 }
                        + (page.targets[j] ? -missCost : falseCost)
                }
                let chosen = model.decide(
                    candidates: page.candidates, scores: scores, kinds: page.kinds,
                    lines: page.lines)
                if chosen != page.targets {
                    let gold = readingFeatures(page, z, page.targets, bins: v.count)
                    let read = readingFeatures(page, z, chosen, bins: v.count)
                    for j in w.indices { w[j] += rate * (gold.rows[j] - read.rows[j]) }
                    for b in v.indices { v[b] += rate * (gold.lengths[b] - read.lengths[b]) }
                }
                for j in w.indices { sumW[j] += w[j] }
                for b in v.indices { sumV[b] += v[b] }
                steps += 1
            }
        }
        var refined = start
        refined.weights = sumW.map { $0 / max(steps, 1) }
        refined.lengthPrior = sumV.map { $0 / max(steps, 1) }
        refined.bias = bias
        refined.lengthWeight = 1
        return refined
    }

    /// A reading's features: the rows of its starts summed, and its articles per length bin
    /// (the lines above the first start count as one, as the DP counts them).
    static func readingFeatures(
        _ page: Page, _ z: [[Double]], _ chosen: [Bool], bins: Int
    ) -> (rows: [Double], lengths: [Double]) {
        var rows = [Double](repeating: 0, count: z.first?.count ?? 0)
        var lengths = [Double](repeating: 0, count: bins)
        func count(_ lines: Int, _ kind: EnglishArticleStarts.SegmentKind) {
            lengths[EnglishArticleStarts.lengthIndex(lines, kind, priorCount: bins)] += 1
        }
        var previous = 0
        var kind = EnglishArticleStarts.SegmentKind.head
        for j in chosen.indices where chosen[j] {
            for a in rows.indices { rows[a] += z[j][a] }
            count(page.candidates[j] - previous, kind)
            previous = page.candidates[j]
            kind = page.kinds[j]
        }
        count(page.lines - previous, kind)
        return (rows, lengths)
    }
}
