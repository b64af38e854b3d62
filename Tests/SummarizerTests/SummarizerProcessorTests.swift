import Foundation
import PresswatchCore
import PresswatchTesting
import Summarizer
import SummaryEvaluation
import Testing

@Suite("Summarizer processor and English", .tags(.fast))
struct SummarizerProcessorTests {
    static let english = """
        The city council voted on Monday to cut bus fares by a fifth from next month.
        Council leader Maria Lopez said the cut would cost 12 million dollars a year.
        Bus fares in the city have risen three times since 2019.
        The weather was sunny and mild.
        Opposition members said the money should go to road repairs instead.
        """

    @Test("English: lead-first choice, single spaces, whole sentences")
    func englishArticle() throws {
        let article = EvaluationArticles.shared.article(
            text: Self.english, headline: "Council cuts bus fares")
        try #require(article.sentences.count == 5)
        let summary = try #require(Summarizer().summarize(article))
        #expect(summary.sentences.first == 0)
        #expect(summary.sentences.count == 2)
        #expect(!summary.sentences.contains(3))
        #expect(!summary.text.contains("  "))
        #expect(summary.text.hasPrefix("The city council voted"))
        #expect(summary.text.contains(". "))
    }

    @Test("process attaches a summary to every article with text, none to an empty one")
    func processDocument() throws {
        var document = try Document.holding([
            EvaluationArticles.shared.article(text: Self.english),
            Article(index: 1, lines: LineRange(first: 1, last: 1), paragraphs: []),
        ])
        let processor = try Summarizer(
            options: SummarizerOptions(), context: ProcessorContext(configDirectory: "/"))
        try processor.process(&document)
        let summary = try #require(document.articles[0].findings[Summary.self])
        #expect(summary.sentences.count == 2)
        #expect(document.articles[1].findings[Summary.self] == nil)
        #expect(Summarizer.name == "summarizer")
        #expect(Summarizer.needs == [.sentences, .tokens])
        #expect(Summarizer.gives == [.summary])
    }

    @Test("the finding encodes as text and sentences, with a Markdown line")
    func encoding() throws {
        let summary = Summary(text: "市长视察征兵工作。", sentences: [0, 3])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(summary), as: UTF8.self)
        #expect(json == #"{"sentences":[0,3],"style":"sentences","text":"市长视察征兵工作。"}"#)
        #expect(Summary.key == "summary")
        let article = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["x"])
        #expect(summary.markdown(for: article) == "#### Summary\n\n市长视察征兵工作。\n")
        let starred = Summary(text: "Fares *cut* by 20%.", sentences: [0])
        #expect(starred.markdown(for: article) == "#### Summary\n\nFares \\*cut\\* by 20%.\n")
        #expect(Summary(text: "", sentences: []).markdown(for: article) == nil)
        let gist = Summary(text: "市长视察征兵工作", sentences: [0], style: .headline)
        let gistJSON = String(decoding: try encoder.encode(gist), as: UTF8.self)
        #expect(gistJSON == #"{"sentences":[0],"style":"headline","text":"市长视察征兵工作"}"#)
        #expect(gist.markdown(for: article) == "**Gist:** 市长视察征兵工作\n")
    }

    @Test("options decode from snake_case keys with defaults")
    func optionsDecode() throws {
        let options = try SummarizerOptions(yaml: "sentences: 3\nmax_chars: 120\nmethod: lead\n")
        #expect(options.sentences == 3)
        #expect(options.maxChars == 120)
        #expect(options.method == .lead)
        #expect(options.minArticleChars == 80)
        #expect(options.style == .sentences)
        let headline = try SummarizerOptions(yaml: "style: headline")
        #expect(headline.style == .headline)
        #expect(headline.maxChars == nil)
        #expect(
            SummarizerOptions.fields.map(\.name)
                == ["sentences", "max_chars", "method", "min_article_chars", "style"])
    }
}
