import Foundation
import PresswatchCore

/// The per-unit signals besides position and centrality: similarity to the headline and
/// kicker, the article's figures and names, and its recurring key terms.
struct SentenceSignals {
    /// How many recurring terms stand for what the article is about.
    static let keyTermCount = 8

    var headline: [Double]
    var figures: [Double]
    var keyCoverage: [Double]
    var keyDensity: [Double]

    init(
        article: Article, terms: ContentTerms, similarity: SentenceSimilarity, lengths: [Int]
    ) {
        let units = terms.ids.count
        headline = Self.headlineSimilarity(article: article, terms: terms, idf: similarity.idf)
        figures = Self.figureShare(terms: terms)
        keyCoverage = [Double](repeating: 0, count: units)
        keyDensity = [Double](repeating: 0, count: units)
        computeKeyTerms(terms: terms, lengths: lengths)
    }

    /// Cosine, idf-weighted, between a unit's terms and the article terms found in the
    /// headline and kicker (the headline is not tokenized: the article's own words are
    /// looked up in it).
    static func headlineSimilarity(
        article: Article, terms: ContentTerms, idf: [Double]
    ) -> [Double] {
        let units = terms.ids.count
        let heading = [article.kicker, article.headline, article.subtitle]
            .compactMap { $0 }.joined(separator: " ")
        guard !heading.isEmpty else { return [Double](repeating: 0, count: units) }
        let headingScalars = Array(heading.unicodeScalars)
        var inHeading = [Bool](repeating: false, count: terms.termCount)
        var headingWeight = 0.0
        for id in 0..<terms.termCount
        where terms.firstSpan[id].count >= 2
            && occurs(terms.firstSpan[id], of: article.scalars, in: headingScalars)
        {
            inHeading[id] = true
            headingWeight += idf[id]
        }
        guard headingWeight > 0 else { return [Double](repeating: 0, count: units) }
        return terms.ids.map { ids in
            var shared = 0.0
            var own = 0.0
            for id in ids {
                own += idf[Int(id)]
                if inHeading[Int(id)] { shared += idf[Int(id)] }
            }
            return own > 0 ? shared / (own * headingWeight).squareRoot() : 0
        }
    }

    /// Whether the scalars of `span` occur in `haystack`, ASCII case folded.
    static func occurs(
        _ span: Span, of scalars: [Unicode.Scalar], in haystack: [Unicode.Scalar]
    ) -> Bool {
        let length = span.count
        guard length > 0, length <= haystack.count else { return false }
        for start in 0...(haystack.count - length) {
            var offset = 0
            while offset < length
                && folded(haystack[start + offset]) == folded(scalars[span.start + offset])
            {
                offset += 1
            }
            if offset == length { return true }
        }
        return false
    }

    private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        return value >= 65 && value <= 90 ? value + 32 : value
    }

    /// The share of the article's figure and name occurrences whose term a unit carries.
    static func figureShare(terms: ContentTerms) -> [Double] {
        var occurrences = [Int32](repeating: 0, count: terms.termCount)
        for (ids, counts) in zip(terms.ids, terms.counts) {
            for (id, count) in zip(ids, counts) where terms.isFigureOrName[Int(id)] {
                occurrences[Int(id)] += count
            }
        }
        let total = Double(occurrences.reduce(0, +))
        guard total > 0 else { return [Double](repeating: 0, count: terms.ids.count) }
        return terms.ids.map { ids in
            Double(ids.reduce(Int32(0)) { $0 + occurrences[Int($1)] }) / total
        }
    }

    /// Key terms are those in two units or more, longer and more widespread first; a unit is
    /// scored by the share of their weight it covers and by that weight per character.
    mutating func computeKeyTerms(terms: ContentTerms, lengths: [Int]) {
        var frequency = [Int](repeating: 0, count: terms.termCount)
        for ids in terms.ids { for id in ids { frequency[Int(id)] += 1 } }
        var candidates: [(id: Int, rank: Double)] = []
        for id in 0..<terms.termCount where frequency[id] >= 2 {
            let spread = Double(frequency[id] - 1)
            candidates.append((id, spread * log(1 + Double(terms.firstSpan[id].count))))
        }
        candidates.sort { $0.rank != $1.rank ? $0.rank > $1.rank : $0.id < $1.id }
        let ranked = candidates.prefix(Self.keyTermCount)
        guard !ranked.isEmpty else { return }
        var weight = [Double](repeating: 0, count: terms.termCount)
        var heaviest = 0.0
        for (id, _) in ranked {
            weight[id] = Double(frequency[id] - 1) * Double(terms.firstSpan[id].count)
            heaviest = max(heaviest, Double(frequency[id] - 1))
        }
        let total = ranked.reduce(0.0) { $0 + weight[$1.id] }
        for (unit, ids) in terms.ids.enumerated() {
            let covered = ids.reduce(0.0) { $0 + weight[Int($1)] }
            keyCoverage[unit] = covered / total
            keyDensity[unit] = covered / Double(max(lengths[unit], 1)) / heaviest
        }
    }
}
