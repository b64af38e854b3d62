import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

/// A finding as a processor would attach one, with its own Markdown section.
private struct Keywords: ArticleFinding {
    static let key = "keywords"
    static let markdownOrder = 30
    struct Keyword: Encodable {
        var term: String
        var score: Double
    }
    var terms: [Keyword]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(terms)
    }

    func markdown(for article: Article) -> String? {
        "### Keywords\n\n" + terms.map { MarkdownText.escape($0.term) }.joined(separator: ", ")
    }
}

private struct Summary: ArticleFinding {
    static let key = "summary"
    static let markdownOrder = 10
    var text: String
    var sentences: [Int]

    func markdown(for article: Article) -> String? { "### Summary\n\n" + text }
}

@Suite(.tags(.fast)) struct ResultRenderingTests {
    static func sampleDocument(tokens: Bool = false) -> Document {
        let source = SourceInfo(
            file: "in/page.txt", bytes: 120, sha256: String(repeating: "ab", count: 32),
            encoding: .gb18030, lines: 9)
        var document = Document(source: source, text: "ignored")
        var article = Article(
            index: 0, lines: LineRange(first: 2, last: 9),
            paragraphs: ["第一段*重点*。", "1. 第二段"], headline: "市长视察征兵", kicker: "关注民生——",
            bylines: [Byline(role: .reporter, names: ["林旭东"])], dateline: "本报讯")
        article.sentences = [Span(start: 0, end: 8), Span(start: 9, end: 14)]
        article.tokens = [Token(span: Span(start: 0, end: 2), kind: .word, tag: .noun)]
        // Attached keywords first: the report still puts the summary (order 10) before them.
        article.findings[Keywords.self] = Keywords(terms: [.init(term: "征兵", score: 0.5)])
        article.findings[Summary.self] = Summary(text: "市长视察。", sentences: [0])
        document.articles = [article]
        document.other = [
            PageText(lines: LineRange(first: 1, last: 1), text: "星期一", role: "header")
        ]
        document.language = .zh
        document.warnings = ["one headline was guessed"]
        document.outputsTokens = tokens
        return document
    }

    static func render(_ document: Document) throws -> String {
        let value = try ResultJSON.value(
            of: document, processors: ["segmenter", "summarizer"], fingerprint: "f1",
            elapsedMilliseconds: 1.23456)
        return JSONWriter(layout: .compact).string(value)
    }

    @Test func theJSONFollowsTheSchemaOrderWithFindingsUnderTheirKeys() throws {
        let json = try Self.render(Self.sampleDocument())
        let sha = String(repeating: "ab", count: 32)
        #expect(
            json
                == #"{"schema":"presswatch.result/1","#
                + #""source":{"file":"in/page.txt","bytes":120,"sha256":"\#(sha)","encoding":"gb18030","lines":9},"#
                + #""generator":{"name":"presswatch","version":"\#(Generator.version)"},"#
                + #""pipeline":{"processors":["segmenter","summarizer"],"fingerprint":"f1"},"#
                + #""language":"zh","elapsed_ms":1.235,"#
                + #""articles":[{"index":0,"kind":"news","headline":"市长视察征兵","kicker":"关注民生——","#
                + #""subtitle":null,"bylines":[{"role":"reporter","names":["林旭东"]}],"dateline":"本报讯","#
                + #""lines":{"first":2,"last":9},"paragraphs":["第一段*重点*。","1. 第二段"],"#
                + #""text":"第一段*重点*。\n1. 第二段","sentences":[{"start":0,"end":8},{"start":9,"end":14}],"#
                + #""keywords":[{"term":"征兵","score":0.5}],"summary":{"text":"市长视察。","sentences":[0]}}],"#
                + #""other":[{"lines":{"first":1,"last":1},"text":"星期一","role":"header"}],"#
                + #""warnings":["one headline was guessed"]}"#)
    }

    @Test func tokensAreWrittenOnlyWhenTheDocumentAsksForThem() throws {
        #expect(!(try Self.render(Self.sampleDocument())).contains(#""tokens""#))
        let withTokens = try Self.render(Self.sampleDocument(tokens: true))
        #expect(withTokens.contains(#""tokens":[{"start":0,"end":2,"kind":"word","tag":"n"}]"#))
    }

    @Test func aFindingThatTakesACoreKeyIsRefused() {
        struct Clash: ArticleFinding {
            static let key = "text"
            var value = 1
        }
        var document = Self.sampleDocument()
        document.articles[0].findings[Clash.self] = Clash()
        #expect(throws: ResultEncodingError.self) { try Self.render(document) }
    }

    @Test func theMarkdownShowsFurnitureFindingsInOrderThenTextThenOtherText() {
        let markdown = MarkdownReport.render(Self.sampleDocument(), fingerprint: "f1")
        #expect(
            markdown == """
                # in/page.txt

                1 article · 9 lines · gb18030

                > **Warning:** one headline was guessed

                ---

                *关注民生——*

                ## 市长视察征兵

                *Reporter: 林旭东 · 本报讯 · lines 2–9*

                ### Summary

                市长视察。

                ### Keywords

                征兵

                ### Text

                第一段\\*重点\\*。

                1\\. 第二段

                ---

                ## Other text on the page

                *header, line 1:* 星期一

                <!-- presswatch sha256=\(String(repeating: "ab", count: 32)) fingerprint=f1 -->

                """)
    }

    @Test func markdownEscapingKeepsTextAsWritten() {
        #expect(MarkdownText.escape("# 标题") == "\\# 标题")
        #expect(MarkdownText.escape("a_b [c] <d>") == "a\\_b \\[c\\] \\<d\\>")
        #expect(MarkdownText.escape("12) 项\n- 列") == "12\\) 项\n\\- 列")
        #expect(MarkdownText.escape("2018年6月1日") == "2018年6月1日")
    }

    @Test func anErrorRecordSaysWhatWhereWhenAndWithWhichPipeline() {
        let error = InputError(
            file: "in/bad.txt", reason: .undecodable, message: "cannot decode", byteOffset: 7,
            bytes: 10, sha256: "00")
        let record = ErrorRecord(error, time: "2026-11-29T01:02:03Z")
        let json = JSONWriter(layout: .compact).string(
            record.json(processors: ["segmenter"], fingerprint: "f1"))
        #expect(
            json
                == #"{"schema":"presswatch.error/1","file":"in/bad.txt","reason":"undecodable","#
                + #""error":"cannot decode","byte_offset":7,"processor":null,"time":"2026-11-29T01:02:03Z","#
                + #""source":{"bytes":10,"sha256":"00"},"#
                + #""pipeline":{"processors":["segmenter"],"fingerprint":"f1"},"#
                + #""generator":{"name":"presswatch","version":"\#(Generator.version)"}}"#)
    }

    @Test func timestampsAreISO8601InUTC() {
        #expect(Timestamp.iso8601(secondsSince1970: 0) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.iso8601(secondsSince1970: 1_795_914_123) == "2026-11-29T01:02:03Z")
    }

    @Test func theStampReadsBackFromJSONErrorRecordsAndMarkdown() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let document = Self.sampleDocument()
        let stamp = ResultStamp(sha256: document.source.sha256, fingerprint: "f1")
        let value = try ResultJSON.value(
            of: document, processors: [], fingerprint: "f1", elapsedMilliseconds: 0)
        try AtomicFile.write(JSONWriter(layout: .pretty).bytes(value), to: folder.file("p.json"))
        try AtomicFile.write(
            Array(MarkdownReport.render(document, fingerprint: "f1").utf8), to: folder.file("p.md"))
        let record = ErrorRecord(file: "p.txt", reason: "processor", message: "x", sha256: "cd")
        try AtomicFile.write(
            JSONWriter(layout: .pretty).bytes(record.json(processors: [], fingerprint: "f2")),
            to: folder.file("p.error.json"))
        #expect(ResultStamp.read(from: folder.file("p.json")) == stamp)
        #expect(ResultStamp.read(from: folder.file("p.md")) == stamp)
        #expect(
            ResultStamp.read(from: folder.file("p.error.json"))
                == ResultStamp(sha256: "cd", fingerprint: "f2"))
        #expect(ResultStamp.read(from: folder.file("missing.json")) == nil)
        // Written by someone else, with the fields far down: the full parse finds them.
        let padding = String(repeating: "x", count: ResultStamp.headSize)
        let other =
            #"{"note": "\#(padding)", "pipeline": {"fingerprint": "f3"}, "source": {"sha256": "ee"}}"#
        try AtomicFile.write(Array(other.utf8), to: folder.file("other.json"))
        #expect(
            ResultStamp.read(from: folder.file("other.json"))
                == ResultStamp(sha256: "ee", fingerprint: "f3"))
        try AtomicFile.write(Array("not json".utf8), to: folder.file("broken.json"))
        #expect(ResultStamp.read(from: folder.file("broken.json")) == nil)
    }
}
