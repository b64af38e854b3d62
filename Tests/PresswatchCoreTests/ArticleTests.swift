import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct ArticleTests {
    @Test func textJoinsParagraphsWithOneNewline() {
        let article = Article(
            index: 0, lines: LineRange(first: 1, last: 3), paragraphs: ["第一段。", "Second one."])
        #expect(article.text == "第一段。\nSecond one.")
        #expect(article.paragraphStarts == [0, 5])
        #expect(article.scalars.count == 16)
        #expect(article.text(of: Span(start: 5, end: 11)) == "Second")
    }

    /// The paragraphs are read back from the joined text: whatever they hold (empty ones,
    /// line breaks of their own, scalars of every UTF-8 length), they come back as given.
    @Test(arguments: [
        [String](), [""], ["", ""], ["甲", "", "乙𝄞"], ["a\nb", "", "c\n"], ["\n", "é"],
        ["Second one.", "第一段。", "🙂"],
    ])
    func paragraphsComeBackAsGiven(_ paragraphs: [String]) {
        let article = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: paragraphs)
        #expect(article.paragraphs == paragraphs)
        #expect(article.paragraphSlices.map(String.init) == paragraphs)
        #expect(article.text == paragraphs.joined(separator: "\n"))
    }

    @Test func sentenceIndexFindsTheSentenceHoldingAnOffset() {
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["甲乙。丙丁。"])
        article.sentences = [Span(start: 0, end: 3), Span(start: 3, end: 6)]
        #expect(article.sentenceIndex(containing: 0) == 0)
        #expect(article.sentenceIndex(containing: 3) == 1)
        #expect(article.sentenceIndex(containing: 6) == nil)
    }

    @Test func findingsAreTypedAndReplaceable() {
        struct Note: ArticleFinding {
            static let key = "note"
            var text: String
        }
        var findings = Findings()
        #expect(findings[Note.self] == nil)
        findings[Note.self] = Note(text: "a")
        findings[Note.self] = Note(text: "b")
        #expect(findings[Note.self]?.text == "b")
        #expect(findings.all.count == 1)
    }

    @Test func aNewDocumentHoldsOneArticleWithTheWholeText() throws {
        let document = try Document.from(text: "  甲\n乙  \n", file: "a.txt")
        #expect(document.articles.count == 1)
        #expect(document.articles[0].text == "甲\n乙")
        #expect(try Document.from(text: " \n ", file: "a.txt").articles.isEmpty)
    }
}
