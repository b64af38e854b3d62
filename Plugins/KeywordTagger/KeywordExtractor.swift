import PresswatchCore

/// Finds an article's keywords: the steps from tokens to ranked terms.
struct KeywordExtractor: Sendable {
    let idf: IDFTable
    let stopWords: StopWords
    let weights: ScoringWeights
    let top: Int
    let minScore: Double

    func keywords(of article: Article) -> Keywords {
        guard !article.tokens.isEmpty else { return Keywords([]) }
        var builder = UnitBuilder(
            article: article, stopWords: stopWords, bylineNames: Self.bylineNames(article))
        article.scalars.withUnsafeBufferPointer { scalars in
            scalars.withMemoryRebound(to: UInt32.self) { builder.build($0) }
        }
        let leadEnd =
            article.paragraphStarts.count > 1 ? article.paragraphStarts[1] : article.scalars.count
        var candidates = CandidateCounter(
            units: builder.units, interner: builder.interner, weights: weights, leadEnd: leadEnd
        ).count()
        var interner = builder.interner
        interner.lookUpIDF(of: candidates, in: idf)
        let headline = [article.headline, article.kicker, article.subtitle]
            .compactMap { $0 }.joined(separator: "\n").unicodeScalars.map(\.value)
        CandidateScorer(
            weights: weights, interner: interner, units: builder.units,
            headline: headline,
            foldedHeadline: headline.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        ).score(&candidates)
        let chosen = TermSelection(weights: weights, top: top, minScore: minScore)
            .choose(from: candidates)
        return Keywords(
            chosen.map {
                Keywords.Keyword(
                    term: builder.interner.text(of: $0.parts), score: displayedScore($0.score))
            })
    }

    /// The names in the bylines, each also split at spaces and, for a Chinese name of three
    /// or more characters, without its surname: none of them is a keyword of the article.
    static func bylineNames(_ article: Article) -> Set<String> {
        var names: Set<String> = []
        for name in article.bylines.flatMap(\.names) {
            let trimmed = name.trimmingWhitespaceAtEnds()
            guard !trimmed.isEmpty else { continue }
            names.insert(trimmed)
            for piece in trimmed.split(separator: " ") where piece.unicodeScalars.count >= 2 {
                names.insert(String(piece))
            }
            let scalars = Array(trimmed.unicodeScalars)
            if scalars.count >= 3, scalars.allSatisfy({ !$0.isASCII }) {
                names.insert(String(String.UnicodeScalarView(scalars.dropFirst())))
            }
        }
        return names
    }
}
