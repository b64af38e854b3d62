import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import KeywordTagger

/// The issue's bars, measured and printed: the seed page's key terms, the public CSL set's
/// F1, and what each signal is worth.
@Suite(.tags(.quality)) struct KeywordQualityTests {
    static let idf: IDFTable = {
        let path = ResourceLocator().path(of: KeywordTagger.idfResource, target: "KeywordTagger")!
        return try! IDFTable.shared(at: path)
    }()

    static func extractor(_ weights: ScoringWeights = .best, top: Int = 10) -> KeywordExtractor {
        KeywordExtractor(idf: idf, stopWords: .builtIn, weights: weights, top: top, minScore: 0)
    }

    /// How many of the seed page's 21 key terms are among their article's first 10 keywords.
    static func seedHits(_ weights: ScoringWeights, articles: [SeedArticle]) -> Int {
        let tagger = extractor(weights)
        return articles.reduce(0) { total, seed in
            let terms = Set(tagger.keywords(of: seed.article).terms)
            return total + seed.keyTerms.filter(terms.contains).count
        }
    }

    /// Macro-averaged exact-match F1@5 and F1@10 over the items.
    static func cslF1(_ weights: ScoringWeights, articles: [(Article, [String])]) -> (
        Double, Double
    ) {
        let tagger = extractor(weights)
        var sum5 = 0.0
        var sum10 = 0.0
        for (article, gold) in articles {
            let terms = tagger.keywords(of: article).terms
            sum5 += f1(terms, gold, at: 5)
            sum10 += f1(terms, gold, at: 10)
        }
        let count = Double(max(articles.count, 1))
        return (sum5 / count, sum10 / count)
    }

    /// Share of the first 5 keywords (in percent) that occur in the article's own headline,
    /// the keywords found from the body alone: a measure for the lead boost, which the
    /// single-paragraph abstracts cannot show.
    static func headlinePrecision(
        _ weights: ScoringWeights, articles: [(article: Article, headline: String)]
    ) -> Double {
        let tagger = extractor(weights, top: 5)
        var found = 0
        var total = 0
        for (article, headline) in articles {
            let scalars = Array(headline.unicodeScalars)
            for term in tagger.keywords(of: article).terms {
                total += 1
                if occurs(Array(term.unicodeScalars), in: scalars) { found += 1 }
            }
        }
        return 100 * Double(found) / Double(max(total, 1))
    }

    @Test func theSeedPagesKeyTermsAreAmongTheFirstTen() throws {
        let articles = try TestData.seedArticles()
        let tagger = Self.extractor()
        var hits = 0
        for seed in articles {
            let terms = tagger.keywords(of: seed.article).terms
            let found = seed.keyTerms.filter(terms.contains)
            hits += found.count
            print("seed \(seed.keyTerms) found \(found): \(terms.joined(separator: " "))")
        }
        print("seed key terms among the first 10: \(hits) of 21")
        #expect(articles.count == 7)
        #expect(hits >= 19)
    }

    /// The same key terms through the whole chain: the seed page as text through the
    /// configured chain (`pipeline.yaml`) up to the tagger. Articles are matched to the gold
    /// by headline.
    @Test func theSeedPagesKeyTermsThroughTheSegmenter() throws {
        let seed = try TestData.seedArticles()
        let document = try ProcessorChain(through: "keyword_tagger").run(TestData.seedPage)
        var hits = 0
        for gold in seed {
            let article = document.articles.first { $0.headline == gold.article.headline }
            let terms = article?.findings[Keywords.self]?.terms ?? []
            let found = gold.keyTerms.filter(terms.contains)
            hits += found.count
            print("segmented \(gold.keyTerms) found \(found): \(terms.joined(separator: " "))")
        }
        print("seed key terms through the segmenter: \(hits) of 21")
        #expect(hits >= 19)
    }

    @Test func thePublicKeywordSetReachesTheBars() throws {
        let items = try TestData.keywordItems().map { ($0.article, $0.keywords) }
        let (at5, at10) = Self.cslF1(.best, articles: items)
        print(
            String(format: "CSL public (%d items): F1@5 %.1f, F1@10 %.1f", items.count, at5, at10))
        // Each half alone, for a feel of how much the figure moves on other items.
        for half in 0..<2 {
            let part = items.enumerated().filter { $0.offset % 2 == half }.map(\.element)
            let (half5, half10) = Self.cslF1(.best, articles: part)
            print(String(format: "  half %d: F1@5 %.1f, F1@10 %.1f", half + 1, half5, half10))
        }
        #expect(items.count == 510)
        #expect(at5 >= 20)
        #expect(at10 >= 18)
    }

    /// Each signal switched off (or on) in turn, on both sets; printed, and the chosen
    /// combination must be at least as good as plain TF-IDF.
    @Test func ablation() throws {
        let seed = try TestData.seedArticles()
        let items = try TestData.keywordItems().map { ($0.article, $0.keywords) }
        let news = try TestData.headlineItems()
        var variants: [(String, ScoringWeights)] = [("auto (chosen)", .best)]
        var weights = ScoringWeights.best
        weights.headlineBoost = 0
        variants.append(("no headline boost", weights))
        for lead in [0.0, 0.3, 0.5, 1.0] where lead != ScoringWeights.best.leadBoost {
            weights = .best
            weights.leadBoost = lead
            variants.append(("lead boost \(lead)", weights))
        }
        weights = .best
        weights.verbWeight = 1
        variants.append(("verbs at full weight", weights))
        weights = .best
        weights.mergesPhrases = false
        variants.append(("no phrase merging", weights))
        weights = .best
        weights.maxPhraseWords = 2
        variants.append(("phrases of 2 words only", weights))
        weights.maxPhraseWords = 3
        variants.append(("phrases of up to 3 words", weights))
        weights = .best
        weights.sublinearFrequency = true
        variants.append(("tf as 1 + ln(count)", weights))
        weights = .best
        weights.trimsGenericEnds = false
        variants.append(("generic phrase ends allowed", weights))
        weights = .best
        weights.ownShare = 0
        variants.append(("parts beside phrases if 2 out", weights))
        weights.ownShare = 1
        variants.append(("parts only if mostly alone", weights))
        for share in [0.2, 0.5] {
            weights = .best
            weights.textRankWeight = share
            variants.append(("TextRank blended at \(share)", weights))
        }
        variants.append(("tfidf (no boosts)", .plainTFIDF))
        variants.append(("textrank alone", .textRankOnly))
        var rows: [(String, Int, Double, Double, Double)] = []
        for (name, weights) in variants {
            let (at5, at10) = Self.cslF1(weights, articles: items)
            let inHeadline = Self.headlinePrecision(weights, articles: news)
            rows.append((name, Self.seedHits(weights, articles: seed), at5, at10, inHeadline))
        }
        print("ablation: variant | seed hits of 21 | CSL F1@5 | CSL F1@10 | news P@5 headline")
        for (name, hits, at5, at10, inHeadline) in rows {
            let padded = name + String(repeating: " ", count: max(0, 30 - name.count))
            print(
                String(
                    format: "  %@| %2d | %5.1f | %5.1f | %5.1f", padded, hits, at5, at10, inHeadline
                ))
        }
        let chosen = rows[0]
        let plain = rows[rows.count - 2]
        #expect(chosen.1 >= plain.1 && chosen.2 >= plain.2 && chosen.3 >= plain.3)
    }
}
