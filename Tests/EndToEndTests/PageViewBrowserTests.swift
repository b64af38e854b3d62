import Foundation
import PresswatchTesting
import Testing

/// `NAME.html` and `index.html` as headless Chromium builds them: the articles, headlines and
/// number marks the result holds, no request leaving the file, hostile markup inert; the
/// screenshots stay in `.build/page-view-artifacts` for people to look at.
@Suite(.serialized, .tags(.daemon)) struct PageViewBrowserTests {
    static let configuration = """
        output:
          formats: [json, html]
        workers: 1
        processors:
          - segmenter
          - number_extractor
          - summarizer
          - keyword_tagger

        """

    /// What one processed page holds, from its `NAME.json`.
    struct Expected {
        var headlines: [String?]
        var numbers: Int
        var language: String
    }

    /// Processes `inputs` (names in `folder`) with every processor, html among the formats.
    private func process(_ inputs: [String], in folder: TemporaryFolder) throws {
        try folder.write("pipeline.yaml", Self.configuration)
        let run = try runPresswatch(
            ["process", "--quiet", "--config", "pipeline.yaml"] + inputs, cwd: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
    }

    private func expected(_ json: URL) throws -> Expected {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        return Expected(
            headlines: articles.map { $0["headline"] as? String },
            numbers: articles.reduce(0) { $0 + (($1["numbers"] as? [Any])?.count ?? 0) },
            language: root["language"] as? String ?? "und")
    }

    /// The DOM holds one `<article>` per article with its headline, as many number marks as
    /// the result has numbers, the language, and the page asked for nothing on the network.
    private func checkPageView(
        _ folder: TemporaryFolder, stem: String, chromium: HeadlessChromium
    ) throws {
        let expected = try expected(folder.url.appendingPathComponent(stem + ".json"))
        let page = folder.url.appendingPathComponent(stem + ".html")
        let netLog = folder.url.appendingPathComponent("net-log.json")
        let dom = try chromium.dumpDOM(page, netLog: netLog)
        #expect(!expected.headlines.isEmpty)
        #expect(count("<article ", in: dom) == expected.headlines.count)
        for headline in expected.headlines {
            let shown = headline.map(domText) ?? "(no headline)"
            #expect(dom.contains(">" + shown + "</h3>"), "headline \(shown)")
        }
        #expect(count("<mark class=\"num\" title=", in: dom) == expected.numbers)
        // `js`: the page's own script ran, so the policy allows it (and nothing else).
        #expect(dom.contains("<html lang=\"\(expected.language)\" class=\"js\">"))
        #expect(try HeadlessChromium.pageRequests(inNetLog: netLog) == [])
    }

    @Test func theSeedPageInTheBrowser() throws {
        let chromium = try HeadlessChromium()
        let folder = try TemporaryFolder()
        let seed = TestData.repository.appendingPathComponent("seeds/000_21d0c9da4e890f31.txt")
        try FileManager.default.copyItem(
            at: seed, to: folder.url.appendingPathComponent("000_21d0c9da4e890f31.txt"))
        try process(["000_21d0c9da4e890f31.txt"], in: folder)
        try checkPageView(folder, stem: "000_21d0c9da4e890f31", chromium: chromium)
        let page = folder.url.appendingPathComponent("000_21d0c9da4e890f31.html")
        let wide = try chromium.screenshot(page, name: "seed-wide.png", width: 1400, height: 2000)
        let phone = try chromium.screenshot(page, name: "seed-phone.png", width: 390, height: 1400)
        // Tall enough for the whole page: every article's lines in its colour.
        let full = try chromium.screenshot(page, name: "seed-full.png", width: 1400, height: 9000)
        for shot in [wide, phone, full] {
            let size = try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int
            #expect((size ?? 0) > 20_000, "\(shot.path) looks empty")
        }
    }

    @Test func anEnglishPageInTheBrowser() throws {
        let chromium = try HeadlessChromium()
        let folder = try TemporaryFolder()
        let name = "en_bisbee-daily-review_19160106"
        let source = TestData.repository.appendingPathComponent(
            "Tests/Data/pages-en/dev/\(name).txt")
        try FileManager.default.copyItem(
            at: source, to: folder.url.appendingPathComponent(name + ".txt"))
        try process([name + ".txt"], in: folder)
        try checkPageView(folder, stem: name, chromium: chromium)
        try chromium.screenshot(
            folder.url.appendingPathComponent(name + ".html"), name: "english-wide.png",
            width: 1400, height: 2000)
    }

    @Test func hostileMarkupStaysTextInTheBrowser() throws {
        let chromium = try HeadlessChromium()
        let folder = try TemporaryFolder()
        let hostile = [
            "<script>document.title='pwned'</script>", "\"><img src=x onerror=alert(1)>",
            "</textarea>",
        ]
        // In a headline position, inside body text, and in the file name.
        let name = "x\"><img src=x onerror=alert(1)>.txt"
        try folder.write(
            name,
            hostile[0] + "\n\n本报讯 市民来信称，" + hostile[1] + "价格上涨了30%。" + hostile[2]
                + "共有300多名青年参加。\n" + hostile.joined(separator: " ") + "\n")
        try process([name], in: folder)
        let stem = "x\"><img src=x onerror=alert(1)>"
        let dom = try chromium.dumpDOM(folder.url.appendingPathComponent(stem + ".html"))
        #expect(dom.contains("<title>" + domText(name) + "</title>"))
        #expect(!dom.contains("pwned</title>"))
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("<textarea"))
        #expect(count("<script", in: dom) == 2)
        #expect(dom.contains(domText(hostile[0])))
        #expect(dom.contains(domText(hostile[1])))
        #expect(dom.contains(domText(hostile[2])))
        let index = try chromium.dumpDOM(folder.url.appendingPathComponent("index.html"))
        #expect(!index.contains("<img"))
        #expect(count("<script", in: index) == 0)
        #expect(index.contains(domText(name)))
    }

    @Test func theIndexListsTheFoldersPagesInTheBrowser() throws {
        let chromium = try HeadlessChromium()
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "市长视察征兵工作\n\n本报讯 共有300多名应征青年参加体检。\n")
        try folder.write("b.txt", "Council approves budget\n\nThe city council approved 3 plans.\n")
        try process(["a.txt", "b.txt"], in: folder)
        let dom = try chromium.dumpDOM(folder.url.appendingPathComponent("index.html"))
        #expect(count("<section>", in: dom) == 2)
        #expect(dom.contains("href=\"./a.html\""))
        #expect(dom.contains("href=\"./b.html\""))
        #expect(dom.contains("市长视察征兵工作"))
        #expect(dom.contains("Council approves budget"))
        try chromium.screenshot(
            folder.url.appendingPathComponent("index.html"), name: "index.png", width: 1000,
            height: 700)
    }

    /// The network check can fail: a page that loads an image and a stylesheet is caught.
    @Test func theNetworkCheckCatchesAPageThatAsksForSomething() throws {
        let chromium = try HeadlessChromium()
        let folder = try TemporaryFolder()
        let page = try folder.write(
            "leak.html",
            "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\">"
                + "<link rel=\"stylesheet\" href=\"https://example.invalid/a.css\"></body></html>")
        let netLog = folder.url.appendingPathComponent("net-log.json")
        _ = try chromium.dumpDOM(page, netLog: netLog)
        #expect(
            Set(try HeadlessChromium.pageRequests(inNetLog: netLog))
                == ["http://127.0.0.1:9/x.png", "https://example.invalid/a.css"])
    }
}

private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// Text as a browser serializes it in the DOM: `&`, `<`, `>` escaped, quotes as they are.
private func domText(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}
