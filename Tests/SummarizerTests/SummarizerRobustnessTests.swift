import PresswatchCore
import PresswatchTesting
import Testing

@testable import Summarizer

@Suite("Summarizer robustness", .tags(.fast))
struct SummarizerRobustnessTests {
    static let alphabet = Array("市长视察。，！？：——“”\"'「」 \n\tabcAB.12%…；".unicodeScalars)

    @Test("random text, sentences and tokens: valid indices in reading order, no trap")
    func randomArticles() {
        var random = SeededGenerator(seed: 42)
        for round in 0..<300 {
            let length = Int.random(in: 0..<200, using: &random)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(Self.alphabet.randomElement(using: &random)!) }
            var article = Article(
                index: 0, lines: LineRange(first: 1, last: 1), paragraphs: [String(text)])
            let size = article.scalars.count
            article.sentences = Self.randomSpans(size: size, using: &random)
            article.tokens = Self.randomSpans(size: size, using: &random).map {
                Token(
                    span: $0,
                    kind: [.word, .latin, .number, .punct].randomElement(using: &random)!,
                    tag: [nil, PartOfSpeech("n"), PartOfSpeech("nr"), PartOfSpeech("u")]
                        .randomElement(using: &random)!)
            }
            var options = SummarizerOptions()
            options.sentences = Int.random(in: 1...4, using: &random)
            options.maxChars =
                Bool.random(using: &random) ? Int.random(in: 1...80, using: &random) : nil
            options.minArticleChars = Int.random(in: 0...100, using: &random)
            options.method = SummaryMethod.allCases.randomElement(using: &random)!
            guard let summary = Summarizer(options: options).summarize(article) else { continue }
            #expect(summary.sentences == summary.sentences.sorted(), "round \(round)")
            #expect(Set(summary.sentences).count == summary.sentences.count, "round \(round)")
            #expect(summary.sentences.allSatisfy { $0 < article.sentences.count }, "round \(round)")
            #expect(!summary.text.isEmpty)
        }
    }

    @Test("spans that do not fit the text give no summary instead of a trap")
    func spansOutsideText() {
        var article = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["短。"])
        article.sentences = [Span(start: 0, end: 40)]
        #expect(Summarizer().summarize(article) == nil)
        #expect(SentenceFeatures(article: article) == nil)
    }

    /// Sorted, non-overlapping spans covering parts of `0..<size`.
    static func randomSpans(size: Int, using random: inout SeededGenerator) -> [Span] {
        var spans: [Span] = []
        var start = 0
        while start < size {
            let end = min(size, start + Int.random(in: 1...30, using: &random))
            if Bool.random(using: &random) { spans.append(Span(start: start, end: end)) }
            start = end + Int.random(in: 0...2, using: &random)
        }
        return spans
    }
}

@Suite("Summarizer on huge articles", .tags(.fast))
struct SummarizerHugeArticleTests {
    /// A page that is one long line makes one "article" of many thousand sentences; the
    /// units² similarity matrix over all of them would take gigabytes.
    @Test("an article of 5,000 sentences is summarized from its first units, in bounded memory")
    func fiveThousandSentences() throws {
        let sentence = ["征兵/vn", "工作/vn", "开展/v", "顺利/a", "。"]
        let article = MadeUpArticle.make([Array(repeating: sentence, count: 5_000)])
        let selector = SentenceSelector(
            article: article, options: SummarizerOptions(), weights: .standard)
        #expect(selector.units.count == SentenceSelector.maxUnits)
        let summary = try #require(Summarizer(options: SummarizerOptions()).summarize(article))
        #expect(summary.sentences.allSatisfy { $0 < SentenceSelector.maxUnits })
    }
}
