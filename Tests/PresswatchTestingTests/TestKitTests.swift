import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

/// The kit itself: documents are made as the reader makes them, chains stop where asked, the
/// generator replays, the locator finds the data.
@Suite(.tags(.fast)) struct TestKitTests {
    @Test func aDocumentFromTextIsWhatPipeMakesOfTheSameText() throws {
        let text = "标题\r\n正文。\r\n"
        let document = try Document.from(text: text, file: "a.txt")
        let piped = try InputReader(maxInputBytes: 1 << 20).document(id: "a.txt", text: text)
        #expect(document.source == piped.source)
        #expect(document.text == "标题\n正文。\n")
        #expect(document.source.lines == 2)
        #expect(document.articles.map(\.text) == ["标题\n正文。"])
        #expect(throws: InputError.self) { try Document.from(text: "a\u{0}b") }
    }

    @Test func aDocumentCanHoldArticlesMadeByHand() throws {
        let article = Article(index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["甲"])
        let document = try Document.holding([article, article])
        #expect(document.articles.count == 2)
        #expect(document.text.isEmpty)
    }

    @Test func theChainStopsAtTheProcessorNamed() throws {
        let configured = try String(
            contentsOf: TestData.repositoryFile("pipeline.yaml"), encoding: .utf8)
        #expect(configured.contains("processors:"))
        #expect(try ProcessorChain(through: "segmenter").pipeline.processorNames == ["segmenter"])
        let chain = try ProcessorChain(
            through: "summarizer",
            configuration:
                "processors:\n  - segmenter\n  - summarizer: {sentences: 1}\n  - keyword_tagger\n")
        #expect(chain.pipeline.processorNames == ["segmenter", "summarizer"])
        #expect(chain.pipeline.stages[1].optionsJSON.contains(#""sentences":1"#))
        let document = try chain.run("本报讯 市长昨天视察了征兵体检站。他说，青年踊跃报名。\n")
        #expect(!document.articles.isEmpty)
    }

    @Test func aChainToAProcessorNotConfiguredIsAnError() {
        #expect(throws: ChainError.self) {
            try ProcessorChain(
                through: "keyword_tagger", configuration: "processors: [segmenter]\n")
        }
        #expect(throws: ChainError.self) {
            try ProcessorChain(through: "segmenter", configuration: "processors: [no_such]\n")
        }
    }

    @Test func theGeneratorIsSplitMix64AndReplaysFromItsSeed() {
        // SplitMix64's published first output for seed 0.
        var zero = SeededGenerator(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var first = SeededGenerator(seed: 2026)
        var second = SeededGenerator(seed: 2026)
        let drawn = (0..<100).map { _ in first.spread(maxDigits: 12) }
        #expect(drawn == (0..<100).map { _ in second.spread(maxDigits: 12) })
        #expect(drawn.allSatisfy { $0 < 1_000_000_000_000 })
        #expect(Set(drawn.map { String($0).count }).count > 6)
    }

    @Test func theLocatorFindsTheRepositoryAndItsData() throws {
        #expect(
            FileManager.default.fileExists(atPath: TestData.repositoryFile("Package.swift").path))
        #expect(FileManager.default.fileExists(atPath: TestData.root + "/README.md"))
        #expect(try TestData.seedPage.contains("\n"))
    }
}
