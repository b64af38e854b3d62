import PresswatchCore
import PresswatchTesting
import Summarizer
import SummaryEvaluation
import Testing

@Suite("Summarizer budgets and edge cases", .tags(.fast))
struct SummarizerBudgetTests {
    static func summarizer(_ configure: (inout SummarizerOptions) -> Void) -> Summarizer {
        var options = SummarizerOptions()
        options.minArticleChars = 10
        configure(&options)
        return Summarizer(options: options)
    }

    static func visible(_ text: String) -> Int {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }

    @Test("sentences: the count is a ceiling", arguments: 1...4)
    func sentenceCount(count: Int) throws {
        let summary = try #require(
            Self.summarizer { $0.sentences = count }.summarize(SummarizerRankingTests.fares))
        #expect(summary.sentences.count == count)
    }

    @Test("max_chars: the summary stays within the budget when a sentence fits")
    func characterBudget() throws {
        for budget in [20, 30, 45, 60] {
            let summary = try #require(
                Self.summarizer {
                    $0.sentences = 5
                    $0.maxChars = budget
                }.summarize(SummarizerRankingTests.fares))
            #expect(Self.visible(summary.text) <= budget, "budget \(budget): \(summary.text)")
            #expect(!summary.sentences.isEmpty)
        }
    }

    @Test("max_chars smaller than every sentence still gives one sentence, never an empty text")
    func budgetBelowEverySentence() throws {
        let summary = try #require(
            Self.summarizer { $0.maxChars = 3 }.summarize(SummarizerRankingTests.fares))
        #expect(summary.sentences.count == 1)
    }

    @Test("an empty article has no summary")
    func emptyArticle() {
        let article = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: [])
        #expect(Self.summarizer { _ in }.summarize(article) == nil)
        var blank = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["   "])
        blank.sentences = [Span(start: 0, end: 3)]
        #expect(Self.summarizer { _ in }.summarize(blank) == nil)
    }

    @Test("a one-sentence article is its own summary")
    func oneSentence() throws {
        let article = MadeUpArticle.make([[["市长/n", "视察/v", "征兵/v", "工作/vn", "。"]]])
        let summary = try #require(Self.summarizer { _ in }.summarize(article))
        #expect(summary == Summary(text: "市长视察征兵工作。", sentences: [0]))
    }

    @Test("articles under min_article_chars and photo captions get their first sentence")
    func shortArticles() throws {
        var options = SummarizerOptions()
        options.minArticleChars = 500
        let short = try #require(
            Summarizer(options: options).summarize(SummarizerRankingTests.fares))
        #expect(short.sentences == [0])
        var caption = SummarizerRankingTests.fares
        caption.kind = .photo
        let photo = try #require(Self.summarizer { _ in }.summarize(caption))
        #expect(photo.sentences == [0])
    }

    @Test("method lead takes the first sentences; centrality the most central")
    func methods() throws {
        let lead = try #require(
            Self.summarizer { $0.method = .lead }.summarize(SummarizerRankingTests.fares))
        #expect(lead.sentences == [0, 1])
        let central = try #require(
            Self.summarizer {
                $0.method = .centrality
                $0.sentences = 1
            }.summarize(SummarizerRankingTests.fares))
        #expect(central.sentences.count == 1)
        #expect([0, 1].contains(central.sentences[0]))
    }

    @Test("line-break damage is mended: no break inside Chinese, a space inside English")
    func lineBreaks() throws {
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: 2),
            paragraphs: ["中国人民", "银行今天降息。", "The central bank cut rates", "to 2 per cent today."])
        let scalars = article.scalars
        let breakAfterChinese = 4
        article.sentences = [
            Span(start: 0, end: 12), Span(start: 13, end: scalars.count),
        ]
        article.tokens = EvaluationArticles.shared.tokens(of: scalars)
        #expect(scalars[breakAfterChinese] == "\n")
        let summary = try #require(Self.summarizer { $0.method = .lead }.summarize(article))
        #expect(summary.text == "中国人民银行今天降息。The central bank cut rates to 2 per cent today.")
    }

    @Test("options out of range are reported by name")
    func validation() {
        // The bounds are declared with the fields and enforced where the options are read.
        do {
            _ = try ConfigurationLoader.load(
                text:
                    "processors:\n  - summarizer:\n      sentences: 0\n      max_chars: 0\n"
                    + "      min_article_chars: -1\n",
                path: "p.yaml", directory: "/", processors: [ProcessorDescriptor(Summarizer.self)])
            Issue.record("out-of-range options were accepted")
        } catch {
            #expect(
                error.lines.filter { $0.contains("summarizer.") } == [
                    "p.yaml:3:18: summarizer.sentences: must be 1 or more, found 0",
                    "p.yaml:4:18: summarizer.max_chars: must be 1 or more, found 0",
                    "p.yaml:5:26: summarizer.min_article_chars: must be 0 or more, found -1",
                ])
        }
        #expect(SummarizerOptions().validate(in: ProcessorContext(configDirectory: "/")).isEmpty)
    }
}
