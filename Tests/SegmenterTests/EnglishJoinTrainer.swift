import Foundation

@testable import Segmenter

/// Learns the segment-join decision (`EnglishSegmentJoins`): each training page is read by a
/// line model that did not see it (out of fold, as for the start stage), cut by the start
/// stage's DP, and each pair of neighbouring segments is one story when most of the lines of
/// each belong to the same gold article; a logistic regression (the start stage's Newton
/// fit) learns which. The start stage that cuts the training pages is the one fitted on
/// them (its 27 weights over some 12,000 candidates fit their own pages about as they fit
/// others).
enum EnglishJoinTrainer {
    static let ridge = EnglishStartTrainer.setting("JOIN_RIDGE") ?? 1.0
    /// Chosen by the nested 5-fold cross-validation (`EnglishArticleStartTests`, where
    /// `PRESSWATCH_ENGLISH_STARTS_JOIN_THRESHOLD=a,b` tries others).
    static let threshold = 0.5

    struct Examples {
        var rows: [[Double]] = []
        var targets: [Bool] = []

        static func + (lhs: Examples, rhs: Examples) -> Examples {
            Examples(rows: lhs.rows + rhs.rows, targets: lhs.targets + rhs.targets)
        }
    }

    /// The pairs of segments of one page read by `model` and cut by `starts` (its own
    /// joins left out), with their gold answers.
    static func examples(
        _ example: EnglishLineTrainer.Example, gold: EnglishGoldPage, model: EnglishLineModel,
        starts: EnglishArticleStarts
    ) -> Examples {
        let features = EnglishArticleStarts.features(example.page, model: model)
        var owner: [Int: Int] = [:]
        for (index, article) in gold.articles.enumerated() {
            for piece in article.pieces { for number in piece { owner[number] = index } }
        }
        // The gold article that holds more than half of a segment's lines (its furniture
        // left out, as the assembly leaves it out of the article), if one does.
        func majority(_ range: Range<Int>) -> Int? {
            var counts: [Int: Int] = [:]
            var total = 0
            for line in range where line == range.lowerBound || features.labels[line] != .furniture
            {
                total += 1
                if let article = owner[features.lines[line].number] {
                    counts[article, default: 0] += 1
                }
            }
            return counts.first { $0.value * 2 > total }?.key
        }
        let reading = starts.read(features.labels, features: features)
        var result = Examples()
        EnglishSegmentJoins.forEachPair(
            candidates: reading.candidates, chosen: reading.chosen, logits: reading.logits,
            kinds: reading.kinds, features: features
        ) { pair in
            let first = majority(pair.firstLines)
            result.rows.append(pair.row)
            result.targets.append(first != nil && first == majority(pair.secondLines))
        }
        return result
    }

    static func fit(_ examples: Examples, threshold: Double = threshold) -> EnglishSegmentJoins {
        let (weights, mean, scale) = EnglishStartTrainer.logistic(
            examples.rows, examples.targets, width: EnglishSegmentJoins.width, ridge: ridge)
        return EnglishSegmentJoins(
            weights: weights, mean: mean, scale: scale, threshold: threshold)
    }

    /// The decision as shipped: each training page read by the line model of the 5-fold
    /// cross-validation that did not learn from it and cut by the shipped start stage
    /// (`starts`, without joins); rounded as the shipped file writes it.
    static func shipped(
        _ examples: [EnglishLineTrainer.Example], pages: [EnglishGoldPage],
        starts: EnglishArticleStarts, cache: String? = nil
    ) throws -> EnglishSegmentJoins {
        var training = Examples()
        let folds = EnglishStartTrainer.folds
        for fold in 0..<folds {
            let model = try EnglishStartTrainer.cachedFit(
                examples.indices.filter { $0 % folds != fold }.map { examples[$0] },
                key: EnglishStartTrainer.foldKey(fold, fold), folder: cache)
            for index in examples.indices where index % folds == fold {
                training =
                    training
                    + self.examples(
                        examples[index], gold: pages[index], model: model, starts: starts)
            }
        }
        var joins = fit(training)
        func round6(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
        joins.weights = joins.weights.map(round6)
        joins.mean = joins.mean.map(round6)
        joins.scale = joins.scale.map(round6)
        return joins
    }

    /// The Swift source of `EnglishJoinWeights`.
    static func source(_ joins: EnglishSegmentJoins, pages: Int) -> String {
        func list(_ values: [Double]) -> String {
            var lines: [String] = []
            var current = "        "
            for item in values.map({ String(format: "%.6f", $0) }) {
                if current.count + 1 + item.count + 1 > 100 {
                    lines.append(current)
                    current = "        "
                }
                current += (current == "        " ? "" : " ") + item + ","
            }
            lines.append(current)
            return "[\n" + lines.joined(separator: "\n") + "\n    ]"
        }
        return """
            /// The segment-join decision's weights (`EnglishSegmentJoins`), learned by
            /// `EnglishJoinTrainer` from the \(pages) training pages of `Tests/Data/pages-en/dev`
            /// and `dev-extra`, each page read by the line model of the 5-fold cross-validation
            /// that did not learn from it and cut by the shipped start stage.
            /// `EnglishArticleStartTests` re-derives them and checks that they match; set
            /// `PRESSWATCH_WRITE_ENGLISH_WEIGHTS=1` to rewrite this file (then `swift format -i`
            /// it).
            ///
            /// `weights`: one per value of a pair's row (standardized by `mean` and `scale`),
            /// then the bias; a pair whose probability is above `threshold` is joined.
            enum EnglishJoinWeights {
                static let threshold = \(joins.threshold)
                static let weights: [Double] = \(list(joins.weights))
                static let mean: [Double] = \(list(joins.mean))
                static let scale: [Double] = \(list(joins.scale))
            }

            """
    }
}
