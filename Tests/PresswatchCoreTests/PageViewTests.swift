import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

/// Findings in the shapes the result schema gives them, as the processors attach them.
private struct TestNumbers: ArticleFinding {
    static let key = "numbers"
    struct Item: Encodable {
        var text: String
        var start: Int
        var end: Int
        var kind: String
        var value: Double
        var unit: String?
        var approx: String?
    }
    var items: [Item]
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(items)
    }
}

private struct TestKeywords: ArticleFinding {
    static let key = "keywords"
    struct Item: Encodable {
        var term: String
        var score: Double
    }
    var items: [Item]
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(items)
    }
}

private struct TestSummary: ArticleFinding {
    static let key = "summary"
    var text: String
    var sentences: [Int]
}

private struct TestGist: ArticleFinding {
    static let key = "summary"
    var text: String
    var sentences: [Int]
    var style: String
}

private let hostile = [
    "<script>document.title='pwned'</script>", "\"><img src=x onerror=alert(1)>", "</textarea>",
]

/// A two-article page: the first made of hostile markup everywhere the input reaches (file
/// name, lines, headline, kicker, byline, dateline, paragraphs, summary, keywords, a number's
/// unit), the second a plain one with two numbers.
private func samplePage() -> Document {
    let lines = hostile + ["本报讯 共有300多名青年参加。", "3月初体检。", "平湖日报 第2版"]
    let text = lines.joined(separator: "\n") + "\n"
    let source = SourceInfo(
        file: "in/\"><img src=x>.txt", bytes: text.utf8.count,
        sha256: String(repeating: "a", count: 64),
        encoding: .utf8, lines: lines.count)
    var document = Document(source: source, text: text)
    document.language = .zh
    var first = Article(
        index: 0, lines: LineRange(first: 1, last: 3), paragraphs: hostile,
        headline: hostile[0], kicker: hostile[1], subtitle: hostile[2],
        bylines: [Byline(role: .reporter, names: [hostile[1]])], dateline: hostile[2])
    first.lineMarks = [LineMark(.headline, lines: 1...1), LineMark(.byline, lines: 2...2)]
    first.findings[TestSummary.self] = TestSummary(text: hostile[0], sentences: [0])
    first.findings[TestKeywords.self] = TestKeywords(
        items: hostile.map { .init(term: $0, score: 1) })
    first.findings[TestNumbers.self] = TestNumbers(items: [
        .init(
            text: "<scr", start: 0, end: 4, kind: "count", value: 1, unit: hostile[1], approx: nil)
    ])
    var second = Article(
        index: 1, lines: LineRange(first: 4, last: 5), paragraphs: ["共有300多名青年参加。", "3月初体检。"],
        headline: "征兵体检")
    second.findings[TestNumbers.self] = TestNumbers(items: [
        .init(
            text: "300多名", start: 2, end: 7, kind: "count", value: 300, unit: "名",
            approx: "more_than"),
        .init(text: "3月初", start: 13, end: 16, kind: "date", value: 3, unit: nil, approx: "about"),
    ])
    document.articles = [first, second]
    document.other = [
        PageText(lines: LineRange(first: 6, last: 6), text: "平湖日报 第2版", role: "header")
    ]
    document.warnings = [hostile[2]]
    return document
}

private func render(_ document: Document) throws -> String {
    let stamp = ResultStamp(sha256: document.source.sha256, fingerprint: "f")
    return String(decoding: try PageView.render(document, stamp: stamp), as: UTF8.self)
}

private func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

@Suite(.tags(.fast)) struct PageViewTests {
    @Test func escapingLeavesNoMarkupAndReadsBackAsWritten() {
        // Every string of a small alphabet holding the five special characters, CJK and
        // entity-like runs, up to length 5: none keeps a raw special, each decodes back.
        let alphabet: [String] = ["<", ">", "&", "\"", "'", "a", "中", "#", ";", "lt"]
        var strings = [""]
        for _ in 0..<5 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for text in strings {
                let escaped = HTMLEscaping.escape(text)
                #expect(!escaped.contains { "<>\"'".contains($0) })
                #expect(unescape(escaped) == text)
            }
        }
    }

    @Test func hostileInputIsTextEverywhere() throws {
        let html = try render(samplePage())
        #expect(!html.contains("<img"))
        #expect(!html.contains("</textarea>"))
        #expect(!html.contains("onerror=alert(1)>"))
        // The entry data block and the page's own script: no other.
        #expect(occurrences(of: "<script", in: html) == 2)
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(html.contains("<title>&quot;&gt;&lt;img src=x&gt;.txt</title>"))
        // The hostile unit sits in a tooltip attribute, quoted and escaped.
        #expect(html.contains("title=\"count · 1 &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
    }

    @Test func numbersAreMarkedWhereTheyStandWithTheirReading() throws {
        let html = try render(samplePage())
        #expect(
            html.contains(
                "<p>共有<mark class=\"num\" title=\"count · 300 名 · more than\">300多名</mark>青年参加。</p>"
            ))
        #expect(
            html.contains("<p><mark class=\"num\" title=\"date · 3 · about\">3月初</mark>体检。</p>"))
        #expect(occurrences(of: "<mark class=\"num\" title=", in: html) == 3)
    }

    @Test func aHeadlineStyleSummaryShowsAsTheGistAndSentencesAsTheSummary() throws {
        var document = samplePage()
        document.articles[1].findings[TestGist.self] = TestGist(
            text: "青年参加体检", sentences: [0, 1], style: "headline")
        let html = try render(document)
        #expect(html.contains("<section class=\"summary gist\"><h4>Gist</h4><p>青年参加体检</p>"))
        #expect(occurrences(of: "<section class=\"summary\"><h4>Summary</h4>", in: html) == 1)
    }

    @Test func pageLinesCarryTheirArticleMarkAndFurniture() throws {
        var lines: [PageLines.Line] = []
        var numbers: [Int] = []
        PageLines(samplePage()).visitLines { line, number in
            lines.append(line)
            numbers.append(number)
        }
        #expect(numbers == Array(1...6))
        #expect(lines.map(\.article) == [0, 0, 0, 1, 1, nil])
        #expect(lines.map(\.mark) == [.headline, .byline, nil, nil, nil, nil])
        #expect(lines[5].furniture == "header")
        let html = try render(samplePage())
        #expect(html.contains("<div class=\"line art c0 m-headline\" id=\"L1\" data-a=\"0\">"))
        #expect(html.contains("<div class=\"line other\" id=\"L6\">"))
        #expect(html.contains("<html lang=\"zh\">"))
    }

    @Test func theStampAndTheIndexEntryReadBackFromTheWrittenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pageview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("a.html").path
        try Data(try render(samplePage()).utf8).write(to: URL(fileURLWithPath: page))
        #expect(
            ResultStamp.read(from: page)
                == ResultStamp(sha256: String(repeating: "a", count: 64), fingerprint: "f"))
        let entry = try #require(FolderIndex.readEntry(page))
        #expect(entry.file == "\"><img src=x>.txt")
        #expect(entry.articles.map(\.headline) == [hostile[0], "征兵体检"])
        #expect(entry.articles[0].summary == hostile[0])
        #expect(entry.articles[0].keywords == hostile)
    }

    @Test func theIndexListsPageViewsNewestFirstAndLinksThemSafely() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pageview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try render(samplePage())
        for (name, age) in [("old.html", 100.0), ("new.html", 10.0), ("mid.html", 50.0)] {
            let url = folder.appendingPathComponent(name)
            try Data(html.utf8).write(to: url)
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: url.path)
        }
        try Data("<p>not ours</p>".utf8).write(to: folder.appendingPathComponent("other.html"))
        #expect(try FolderIndex.write(folder: folder.path) == 3)
        #expect(
            FolderIndex.entries(inFolder: folder.path).map(\.page) == [
                "new.html", "mid.html", "old.html",
            ])
        let index = try String(
            contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"./new.html\""))
        #expect(!index.contains("<img"))
        #expect(!index.contains("<script"))
        #expect(FolderIndex.link("a \"b\"<c>.html") == "./a%20%22b%22%3Cc%3E.html")
        #expect(FolderIndex.link("平湖.html") == "./%E5%B9%B3%E6%B9%96.html")
    }
}

/// The five entities `HTMLEscaping` writes, read back.
private func unescape(_ text: String) -> String {
    var out = text
    for (entity, character) in [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ] {
        out = out.replacingOccurrences(of: entity, with: character)
    }
    return out
}
