import Foundation

/// The third decision of reading an English page, over whole segments: after the start DP
/// (`EnglishArticleStarts.decide`) has cut the page at its chosen starts, each pair of
/// neighbouring segments is judged as a pair, whether they are two pieces of one story (cut
/// at a crosshead, a paragraph or a deck) that should be one article again. A line-level
/// model sees a few lines around a start; this sees both pieces whole: whether the first ends
/// on a finished sentence, how much of their vocabulary they share (a story's pieces name the
/// same people and things), their lengths, and how the start between them was read. A
/// logistic regression (`EnglishJoinWeights`, learned by `EnglishJoinTrainer` from readings of
/// pages their line model did not see) gives the probability; a pair above `threshold` is
/// joined by dropping the start between them.
/// Cost: linear in lines (each segment's words hashed once, neighbouring pairs only).
struct EnglishSegmentJoins: Sendable {
    static let width = 21
    /// Per feature, then the bias: on standardized features (`mean`, `scale`).
    var weights: [Double]
    var mean: [Double]
    var scale: [Double]
    var threshold: Double

    /// The shipped decision, built once per process.
    static let shipped = EnglishSegmentJoins(
        weights: EnglishJoinWeights.weights, mean: EnglishJoinWeights.mean,
        scale: EnglishJoinWeights.scale, threshold: EnglishJoinWeights.threshold)

    func probability(_ row: [Double]) -> Double {
        var sum = weights[row.count]
        for j in row.indices { sum += weights[j] * (row[j] - mean[j]) / scale[j] }
        return 1 / (1 + exp(-sum))
    }

    /// `chosen` with the start between each pair of segments judged one story dropped.
    func join(
        candidates: [Int], chosen: [Bool], logits: [Double],
        kinds: [EnglishArticleStarts.SegmentKind], features: EnglishStartFeatures
    ) -> [Bool] {
        var joined = chosen
        Self.forEachPair(
            candidates: candidates, chosen: chosen, logits: logits, kinds: kinds,
            features: features
        ) { pair in
            if probability(pair.row) > threshold { joined[pair.second] = false }
        }
        return joined
    }

    /// Two neighbouring segments: the candidate index of the start between them, the lines
    /// of each (from its start up to the next start), and what the regression weighs.
    struct Pair {
        var second: Int
        var firstLines: Range<Int>
        var secondLines: Range<Int>
        var row: [Double]
    }

    /// What one segment contributes to the rows of the pairs it is in.
    private struct Segment {
        var lines: Range<Int>
        /// Its lines not read as furniture.
        var length = 0
        /// Its last line not read as furniture.
        var last: Int
        /// Furniture lines at its end.
        var trailingFurniture = 0
        var words = Set<UInt64>()
        var opening = Set<UInt64>()

        init(_ lines: Range<Int>, features: EnglishStartFeatures) {
            self.lines = lines
            last = lines.lowerBound
            for line in lines {
                if line == lines.lowerBound || features.labels[line] != .furniture {
                    length += 1
                    last = line
                    trailingFurniture = 0
                } else {
                    trailingFurniture += 1
                }
                EnglishLexicalCohesion.forEachContentWord(features.lines[line].trimmed) {
                    words.insert($0)
                    if line == lines.lowerBound { opening.insert($0) }
                }
            }
        }
    }

    /// Calls `body` with each pair of neighbouring segments between the chosen starts, in
    /// page order (the page's head, above the first start, is not an article and pairs with
    /// nothing).
    static func forEachPair(
        candidates: [Int], chosen: [Bool], logits: [Double],
        kinds: [EnglishArticleStarts.SegmentKind], features: EnglishStartFeatures,
        _ body: (Pair) -> Void
    ) {
        let starts = candidates.indices.filter { chosen[$0] }
        guard starts.count >= 2 else { return }
        let lineCount = features.labels.count
        func segment(_ k: Int) -> Segment {
            let end = k + 1 < starts.count ? candidates[starts[k + 1]] : lineCount
            return Segment(candidates[starts[k]]..<end, features: features)
        }
        var first = segment(0)
        for k in 1..<starts.count {
            let second = segment(k)
            body(
                Pair(
                    second: starts[k], firstLines: first.lines, secondLines: second.lines,
                    row: row(
                        first, second, logit: logits[starts[k]],
                        firstHeaded: kinds[starts[k - 1]] == .headed,
                        secondHeaded: kinds[starts[k]] == .headed, features: features)))
            first = second
        }
    }

    private static func row(
        _ a: Segment, _ b: Segment, logit: Double, firstHeaded: Bool, secondHeaded: Bool,
        features: EnglishStartFeatures
    ) -> [Double] {
        let traits = features.traits
        let opening = traits[b.lines.lowerBound]
        let label = features.labels[b.lines.lowerBound]
        let ends = traits[a.last].endsSentence
        let shared = a.words.intersection(b.words).count
        let union = a.words.count + b.words.count - shared
        let echoed = b.opening.filter { a.words.contains($0) }.count
        var dateline = false
        for line in b.lines.prefix(5) { dateline = dateline || traits[line].hasDateline }
        return [
            flag(ends), min(max(logit, -9.2), 9.2) / 5, flag(secondHeaded),
            flag(label.opensArticle), flag(label == .crosshead), flag(label == .body),
            log(Double(a.length)) / 5, log(Double(b.length)) / 5,
            Double(shared) / Double(max(b.words.count, 1)),
            Double(shared) / Double(max(union, 1)),
            Double(min(a.trailingFurniture, 5)) / 5,
            flag(opening.isAllCaps), flag(opening.firstLower),
            Double(echoed) / Double(max(b.opening.count, 1)),
            flag(firstHeaded), flag(dateline), flag(b.length < 5), flag(a.length < 5),
            Double(b.opening.count) / 10,
            flag(label == .deck || label == .headlineMore), flag(label == .furniture),
        ]
    }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
