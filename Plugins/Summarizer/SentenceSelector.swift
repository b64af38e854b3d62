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

    init(article: Article, options: SummarizerOptions, weights: SignalWeights) {
        self.article = article
        self.options = options
        self.weights = weights
        units = SentenceUnits.group(article.sentences, in: article.scalars)
        lengths = units.map { range in
            range.reduce(0) { total, sentence in
                total + SummaryText.visibleCount(article.sentences[sentence], in: article.scalars)
            }
        }
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
        let terms = ContentTerms(article: article, units: units)
        let similarity = SentenceSimilarity(terms: terms, lengths: lengths)
        let centrality = similarity.centrality()
        if options.method == .centrality {
            let ranked = candidates.sorted { centrality[$0] > centrality[$1] }
            return expand(fill(ranked: ranked, count: options.sentences, fallback: ranked[0]))
        }
        let scores = combinedScores(terms: terms, similarity: similarity, centrality: centrality)
        return expand(
            chooseWithMMR(
                candidates: candidates, scores: scores, similarity: similarity, terms: terms))
    }

    /// The weighted sum of the signals, scaled down for fragments.
    private func combinedScores(
        terms: ContentTerms, similarity: SentenceSimilarity, centrality: [Double]
    ) -> [Double] {
        let signals = SentenceSignals(
            article: article, terms: terms, similarity: similarity, lengths: lengths)
        let positionWeight =
            article.kind == .commentary
            ? weights.position * weights.commentaryPosition : weights.position
        var scores: [Double] = []
        for unit in units.indices {
            var score = positionWeight * exp(-Double(unit) / weights.positionDecay)
            score += weights.centrality * centrality[unit]
            score += weights.headline * signals.headline[unit]
            score += weights.figures * signals.figures[unit]
            score += weights.keyTerms * signals.keyCoverage[unit]
            score += weights.keyDensity * signals.keyDensity[unit]
            score *= min(1, Double(lengths[unit]) / weights.shortSentence)
            score *= min(1, weights.longSentence / Double(max(lengths[unit], 1)))
            if isDirectSpeech(unit) { score *= weights.directSpeech }
            if endsInQuestion(unit) { score *= weights.question }
            if endsDangling(unit) { score *= 0.1 }
            scores.append(score)
        }
        return scores
    }

    /// Greedy MMR: each next unit is the best score minus how much of it those already
    /// chosen say.
    private func chooseWithMMR(
        candidates: [Int], scores: [Double], similarity: SentenceSimilarity, terms: ContentTerms
    ) -> [Int] {
        // Scores scaled so the best is 1: the redundancy weight then means the same whatever
        // the signals add up to.
        let scale = max(candidates.map { scores[$0] }.max() ?? 1, 1e-9)
        var chosen: [Int] = []
        var remaining = candidates
        var used = 0
        while chosen.count < options.sentences && !remaining.isEmpty {
            var best = -1
            var bestValue = -Double.infinity
            for unit in remaining {
                let redundancy =
                    chosen.map { similarity.containment(of: unit, in: $0, terms: terms) }.max() ?? 0
                let value = scores[unit] / scale - weights.redundancy * redundancy
                if value > bestValue {
                    bestValue = value
                    best = unit
                }
            }
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

    /// A unit whose last sentence points at a next one that is not there.
    private func endsDangling(_ unit: Int) -> Bool {
        guard let last = units[unit].last else { return false }
        return SentenceUnits.endsDangling(article.sentences[last], in: article.scalars)
    }

    /// A unit whose last sentence ends in a question mark (before any closing quote).
    private func endsInQuestion(_ unit: Int) -> Bool {
        let span = article.sentences[units[unit].upperBound - 1]
        for offset in span.range.reversed() {
            let scalar = article.scalars[offset]
            if scalar == "\u{FF1F}" || scalar == "?" { return true }
            if !scalar.properties.isWhitespace
                && !"\u{201D}\u{300D}\u{300F}\")".unicodeScalars.contains(scalar)
            {
                return false
            }
        }
        return false
    }

    /// A unit that opens with a quotation mark and is quoted speech but for a short
    /// attribution after the quote closes (`……。”他说。`).
    private func isDirectSpeech(_ unit: Int) -> Bool {
        let range = units[unit]
        let start = article.sentences[range.lowerBound].start
        let end = article.sentences[range.upperBound - 1].end
        let scalars = article.scalars
        guard end - start >= 2, Self.openingQuotes.contains(scalars[start]) else { return false }
        guard
            let close = (start + 1..<end).last(where: { Self.closingQuotes.contains(scalars[$0]) })
        else { return false }
        return end - close - 1 <= Self.attributionLength
    }

    private static let openingQuotes: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{300C}", "\u{300E}", "\"",
    ]
    private static let closingQuotes: Set<Unicode.Scalar> = [
        "\u{201D}", "\u{300D}", "\u{300F}", "\"",
    ]
    /// The longest tail after a closing quote still read as its attribution.
    private static let attributionLength = 30

    /// The sentence indices of the chosen units, ascending.
    private func expand(_ chosen: [Int]) -> [Int] {
        chosen.sorted().flatMap { Array(units[$0]) }
    }
}
