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
            article: article, stopWords: stopWords, blocked: Self.bylineNames(article))
        builder.build()
        let leadEnd =
            article.paragraphStarts.count > 1 ? article.paragraphStarts[1] : article.scalars.count
        var candidates = CandidateCounter(
            units: builder.units, interner: builder.interner, weights: weights, leadEnd: leadEnd
        ).count()
        let headline = [article.headline, article.kicker, article.subtitle]
            .compactMap { $0 }.joined(separator: "\n")
        CandidateScorer(
            idf: idf, weights: weights, interner: builder.interner, units: builder.units,
            headline: Array(headline.unicodeScalars),
            foldedHeadline: Array(headline.lowercased().unicodeScalars)
        ).score(&candidates)
        let chosen = TermSelection(weights: weights, top: top, minScore: minScore)
            .choose(from: candidates)
        return Keywords(chosen.map { Keywords.Keyword(term: $0.text, score: rounded($0.score)) })
    }

    private func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }

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
