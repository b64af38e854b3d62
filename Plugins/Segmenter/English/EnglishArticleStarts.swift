import Foundation

/// The second stage of reading an English page: where articles start, decided over the
/// whole page from article-level evidence. Each candidate line (`EnglishStartFeatures`) gets
/// a probability from a logistic regression trained on the line model's out-of-fold outputs
/// (`EnglishStartWeights`); a segment DP over the candidates then picks the set of starts
/// that maximises the candidates' log-odds plus a log prior on each article's length in
/// lines, by the kind of article (under a heading or not: an unheaded item runs short);
/// neighbouring segments it cut are judged again in pairs, whole (`EnglishSegmentJoins`), and
/// two pieces of one story joined; the line labels are revised to open articles exactly at
/// the starts left, and the usual assembly (`EnglishArticleAssembly`) builds them.
struct EnglishArticleStarts: Sendable {
    /// Per feature, then the bias: on standardized features (`mean`, `scale`).
    var weights: [Double]
    var mean: [Double]
    var scale: [Double]
    /// Added to every candidate's log-odds: the threshold of the decision. The regression is
    /// fitted to the candidates' base rate (one in ten opens an article), and a missed start
    /// merges two articles where an extra one often still leaves one matched.
    var bias: Double
    /// The weight of the article-length prior.
    var lengthWeight: Double
    /// log P(an article's length in lines falls in bin b), b = floor(log2(length)), plus
    /// the entropy: a typical length scores about 0, so the prior shapes the lengths without
    /// taxing the number of articles.
    var lengthPrior: [Double]
    var candidateThreshold: Float
    /// The segments the DP cut, judged again in pairs (one story in two pieces is joined):
    /// none, the DP's starts stand.
    var joins: EnglishSegmentJoins? = nil

    /// The shipped stage, built once per process.
    static let shipped = EnglishArticleStarts(
        weights: EnglishStartWeights.weights, mean: EnglishStartWeights.mean,
        scale: EnglishStartWeights.scale, bias: EnglishStartWeights.bias,
        lengthWeight: EnglishStartWeights.lengthWeight,
        lengthPrior: EnglishStartWeights.lengthPrior,
        candidateThreshold: EnglishStartWeights.candidateThreshold, joins: .shipped)

    /// How many candidates back the DP looks for the previous start: bounds its cost
    /// (linear in lines); the training pages have about 8 candidates per gold article.
    static let reach = 120

    /// The candidate's log-odds of opening an article, before `bias`.
    func logit(_ row: [Double]) -> Double {
        var sum = weights[row.count]
        for j in row.indices { sum += weights[j] * (row[j] - mean[j]) / scale[j] }
        return sum
    }

    func probability(_ row: [Double]) -> Double { 1 / (1 + exp(-logit(row))) }

    /// Length bins per kind of segment in `lengthPrior`.
    static let lengthBins = 12

    /// The kinds of segment the length prior tells apart: the page's head (above its first
    /// start), an article under a heading, and an unheaded item, which runs short.
    enum SegmentKind: Int {
        case head = 0
        case headed = 1
        case unheaded = 2
    }

    static func lengthBin(_ lines: Int) -> Int {
        var bin = 0
        var value = max(lines, 1)
        while value > 1 {
            value >>= 1
            bin += 1
        }
        return min(bin, lengthBins - 1)
    }

    /// Where a segment of `lines` lines of `kind` falls in a prior of `priorCount` values
    /// (`lengthBins` per kind, kinds in order); a prior of one kind only (`lengthBins`
    /// values) serves every kind.
    static func lengthIndex(_ lines: Int, _ kind: SegmentKind, priorCount: Int) -> Int {
        (priorCount > lengthBins ? kind.rawValue * lengthBins : 0) + lengthBin(lines)
    }

    /// The prior's score of a segment of `lines` lines of `kind`.
    func lengthScore(_ lines: Int, _ kind: SegmentKind = .head) -> Double {
        guard lengthWeight != 0, !lengthPrior.isEmpty else { return 0 }
        return lengthWeight
            * lengthPrior[Self.lengthIndex(lines, kind, priorCount: lengthPrior.count)]
    }

    /// The starts the page's most likely reading has, among `candidates` (ascending lines)
    /// with `scores`, each the gain of opening an article there (its log-odds plus `bias`:
    /// the log-probability of opening against that of not).
    func decide(
        candidates: [Int], scores: [Double], kinds: [SegmentKind], lines: Int
    ) -> [Bool] {
        let m = candidates.count
        guard m > 0 else { return [] }
        // best[j]: the best reading of candidates 0...j with j a start.
        var best = [Double](repeating: -.infinity, count: m)
        var back = [Int32](repeating: -1, count: m)
        for j in 0..<m {
            // No start above: the lines above are the page's head, a segment like any other
            // (were it free, a long page would escape the prior by opening no article).
            var top = lengthScore(candidates[j])
            var from = -1
            for i in stride(from: j - 1, through: max(0, j - Self.reach), by: -1) {
                let value = best[i] + lengthScore(candidates[j] - candidates[i], kinds[i])
                if value > top {
                    top = value
                    from = i
                }
            }
            best[j] = top + scores[j]
            back[j] = Int32(from)
        }
        var end = -1
        var top = lengthScore(lines)
        for j in 0..<m {
            let value = best[j] + lengthScore(lines - candidates[j], kinds[j])
            if value > top {
                top = value
                end = j
            }
        }
        var chosen = [Bool](repeating: false, count: m)
        while end >= 0 {
            chosen[end] = true
            end = Int(back[end])
        }
        return chosen
    }

    /// The line labels revised so that articles open at the chosen starts and nowhere else.
    func revise(_ labels: [EnglishLineLabel], features: EnglishStartFeatures) -> [EnglishLineLabel]
    {
        let reading = read(labels, features: features)
        let chosen =
            joins?.join(
                candidates: reading.candidates, chosen: reading.chosen, logits: reading.logits,
                kinds: reading.kinds, features: features) ?? reading.chosen
        return Self.relabel(
            labels, candidates: reading.candidates, chosen: chosen, features: features)
    }

    /// The page's candidates, their log-odds (before `bias`), the kind of article each would
    /// open, and the starts the DP chose among them.
    func read(_ labels: [EnglishLineLabel], features: EnglishStartFeatures) -> (
        candidates: [Int], logits: [Double], kinds: [SegmentKind], chosen: [Bool]
    ) {
        let candidates = features.candidates(threshold: candidateThreshold)
        var logits: [Double] = []
        logits.reserveCapacity(candidates.count)
        features.forEachRow(candidates) { logits.append(logit($1)) }
        let kinds = candidates.map {
            Self.opensHeading($0, labels: labels, features: features)
                ? SegmentKind.headed : .unheaded
        }
        let chosen = decide(
            candidates: candidates, scores: logits.map { $0 + bias }, kinds: kinds,
            lines: labels.count)
        return (candidates, logits, kinds, chosen)
    }

    /// Whether an article opened at `line` opens under a heading: the model read a heading
    /// of some kind there, or the line is in capitals; else it is an unheaded item.
    static func opensHeading(
        _ line: Int, labels: [EnglishLineLabel], features: EnglishStartFeatures
    ) -> Bool {
        if labels[line] == .briefStart { return false }
        return [.headline, .crosshead, .deck, .headlineMore].contains(labels[line])
            || features.traits[line].isAllCaps
            || features.marginals.headline[line] * 2 > features.marginals.start[line]
    }

    /// `labels` with articles opening at the chosen candidates and at no other candidate.
    static func relabel(
        _ labels: [EnglishLineLabel], candidates: [Int], chosen: [Bool],
        features: EnglishStartFeatures
    ) -> [EnglishLineLabel] {
        var revised = labels
        for (index, line) in candidates.enumerated() {
            let label = labels[line]
            if chosen[index], !label.opensArticle {
                // Set like a heading (the model read a heading of some kind, or it is in
                // capitals): a headline; else the first line of an unheaded item.
                let heading = opensHeading(line, labels: labels, features: features)
                revised[line] = heading ? .headline : .briefStart
                // Opened inside what the line model read as furniture: the furniture under it
                // is its body, or it would head nothing and be glued onto the next story.
                var below = line + 1
                while label == .furniture, below < labels.count, labels[below] == .furniture {
                    revised[below] = .body
                    below += 1
                }
                var next = line + 1
                while heading, next < labels.count,
                    [.crosshead, .headlineMore].contains(labels[next])
                {
                    revised[next] = .headlineMore
                    next += 1
                }
                // Its heading (decks, bylines) followed by what the line model read as
                // furniture: the same, that furniture is its body (else the heading is left
                // with no body and joins the next story, and this story is lost).
                while next < labels.count, [.deck, .byline, .headlineMore].contains(labels[next]) {
                    next += 1
                }
                if label != .furniture {
                    while next < labels.count, labels[next] == .furniture {
                        revised[next] = .body
                        next += 1
                    }
                }
            } else if !chosen[index], label.opensArticle {
                revised[line] = label == .headline ? .crosshead : .body
                var next = line + 1
                while label == .headline, next < labels.count, labels[next] == .headlineMore {
                    revised[next] = .crosshead
                    next += 1
                }
            }
        }
        return revised
    }
}

extension EnglishArticleStarts {
    /// The lines on each side that the start stage's vocabulary change compares: wider than
    /// the line model's, to see a story's topic rather than a paragraph's.
    static let cohesionSpan = 12

    /// The page's labels, with its article starts decided by this stage.
    func label(_ page: EnglishPageLines, model: EnglishLineModel) -> [EnglishLineLabel] {
        let features = Self.features(page, model: model)
        return revise(features.labels, features: features)
    }

    /// The page read by the line model (its Viterbi labels and marginals, in one pass) and
    /// what this stage weighs.
    static func features(
        _ page: EnglishPageLines, model: EnglishLineModel
    ) -> EnglishStartFeatures {
        let (labels, marginals) = EnglishLineMarginals.decode(
            model, features: page.features, continuesSentence: page.continuesSentence)
        return EnglishStartFeatures(
            lines: page.lines, traits: page.traits, labels: labels,
            marginals: marginals,
            cohesion: EnglishLexicalCohesion(
                page.lines.lazy.map(\.trimmed), span: cohesionSpan),
            column: page.column)
    }
}
