import Foundation
import PresswatchCore

/// Chooses an article's summary sentences under the options' budgets.
struct SentenceSelector {
    let article: Article
    let options: SummarizerOptions
    let weights: SignalWeights
    let units: [Range<Int>]
    /// Characters of each unit, white space not counted.
    let lengths: [Int]

    /// The units considered. Centrality compares every unit with every other (a matrix of
    /// units²), so an "article" of megabytes (a page that is one long line) would take
    /// gigabytes; news articles have far fewer sentences, and their point comes early.
    static let maxUnits = 300

    /// The fewest characters a unit needs to take the lead's place: shorter is a fragment or
    /// a rhetorical question (`去哪里招商？`) that cannot state an article's point.
    static let minimumTopLength = 8

    init(article: Article, options: SummarizerOptions, weights: SignalWeights) {
        self.article = article
        self.options = options
        self.weights = weights
        units = Array(
            SentenceUnits.group(article.sentences, in: article.scalars).prefix(Self.maxUnits))
        lengths = SentenceUnits.lengths(of: units, in: article)
    }

    /// Sentence indices in reading order; empty when the article has no sentence with text.
    func select() -> [Int] {
        let candidates = units.indices.filter { lengths[$0] > 0 }
        guard let first = candidates.first else { return [] }
        let articleLength = lengths.reduce(0, +)
        if options.method == .lead || candidates.count <= 2
            || articleLength < options.minArticleChars || article.kind == .photo
        {
            let budget = options.method == .lead ? options.sentences : 1
            return expand(fill(ranked: candidates, count: budget, fallback: first))
        }
        let features = SentenceFeatures(article: article, units: units, lengths: lengths)
        if options.method == .centrality {
            let column = SentenceFeatures.Feature.centrality.rawValue
            let ranked = candidates.sorted {
                features.values[$0][column] > features.values[$1][column]
            }
            return expand(fill(ranked: ranked, count: options.sentences, fallback: ranked[0]))
        }
        return expand(
            chooseWithMMR(
                candidates: candidates, scores: scores(features, first), features: features))
    }

    /// Per unit, the fill score scaled so that the best is 1, and the unit the learned model
    /// ranks first (the first unit unless another is likely to summarize better) set above all.
    private func scores(_ features: SentenceFeatures, _ first: Int) -> [Double] {
        let commentary = article.kind == .commentary
        let fill = units.indices.map {
            weights.fill.score(
                unit: $0, values: features.values[$0], length: lengths[$0],
                headline: features.headline[$0], commentary: commentary)
        }
        let scale = max(fill.max() ?? 1, 1e-9)
        var scores = fill.map { $0 / scale }
        var top = first
        var topScore = weights.headline * features.headline[first]
        for unit in units.indices where unit != first && lengths[unit] >= Self.minimumTopLength {
            var score = weights.headline * features.headline[unit]
            score += commentary ? weights.commentaryShift : 0
            score += weights.switchScore(own: features.values[unit], first: features.values[first])
            if score > topScore {
                top = unit
                topScore = score
            }
        }
        scores[top] = 2
        return scores
    }

    /// Greedy MMR: each next unit is the best score minus how much it and those already
    /// chosen say the same; a unit that says nearly the same as a chosen one is left out.
    private func chooseWithMMR(
        candidates: [Int], scores: [Double], features: SentenceFeatures
    ) -> [Int] {
        var chosen: [Int] = []
        var remaining = candidates
        var used = 0
        while chosen.count < options.sentences && !remaining.isEmpty {
            var best = -1
            var bestValue = -Double.infinity
            for unit in remaining {
                let redundancy =
                    chosen.map { features.similarity.overlap(unit, $0, terms: features.terms) }
                    .max() ?? 0
                if redundancy >= weights.fill.duplicate { continue }
                let value = scores[unit] - weights.fill.redundancy * redundancy
                if value > bestValue {
                    bestValue = value
                    best = unit
                }
            }
            if best < 0 { break }
            remaining.removeAll { $0 == best }
            if let maxChars = options.maxChars, used + lengths[best] > maxChars {
                if chosen.isEmpty && remaining.allSatisfy({ lengths[$0] > maxChars }) {
                    chosen.append(best)
                }
                continue
            }
            chosen.append(best)
            used += lengths[best]
        }
        if chosen.isEmpty, let best = candidates.max(by: { scores[$0] < scores[$1] }) {
            chosen.append(best)
        }
        return chosen
    }

    /// Units in rank order that fit the budgets; at least one, so a summary is never empty.
    private func fill(ranked: [Int], count: Int, fallback: Int) -> [Int] {
        var chosen: [Int] = []
        var used = 0
        for unit in ranked where chosen.count < count {
            if let maxChars = options.maxChars, used + lengths[unit] > maxChars { continue }
            chosen.append(unit)
            used += lengths[unit]
        }
        return chosen.isEmpty ? [fallback] : chosen
    }

    /// The sentence indices of the chosen units, ascending.
    private func expand(_ chosen: [Int]) -> [Int] {
        chosen.sorted().flatMap { Array(units[$0]) }
    }
}
