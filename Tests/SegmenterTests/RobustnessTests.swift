import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// Any input comes out as articles or nothing: no crash, no hang.
@Suite(.tags(.fast)) struct RobustnessTests {
    /// Pieces real pages are made of, thrown together at random.
    private static let pieces = [
        "■", "■记者 ", "通讯员 ", "■摄影 ", "本报讯 ", "新华社北京6月17日电", "（记者 张三）", " ", "  ",
        "\n", "\n\n", "\r\n", "\t", "。", "，", "！", "？", "……", "——", "“", "”", "（", "）", "招商",
        "招商日招商日", "天天", "4.14", "3.", "Mr.", "U.S.", "e.g.", "a", "Z", "-", "\n-",
        "责任编辑：王五 版式：赵六", "第2版", "平湖日报 2023年2月8日 星期三", "今平湖客户端", "\u{3000}",
        "\u{0}", "\u{FEFF}", "😀", "𠀀",
    ]

    /// Checks what every result promises: spans inside the text, lines inside the input.
    private func checkInvariants(_ text: String) {
        let lineCount = SourceLine.split(text).count
        let layout = PageAnalyzer.analyze(text)
        for article in layout.articles {
            #expect(article.lines.first >= 1 && article.lines.last <= max(lineCount, 1))
            let scalars = Array(
                article.paragraphs.map(\.text).joined(separator: "\n").unicodeScalars)
            var previousEnd = 0
            for span in SentenceSplitter.sentences(in: scalars) {
                #expect(span.start >= previousEnd && span.end <= scalars.count && !span.isEmpty)
                previousEnd = span.end
            }
        }
        for other in layout.other {
            #expect(other.lines.first >= 1 && other.lines.last <= lineCount)
        }
    }

    @Test func randomBytesAndRandomPagePiecesNeverCrash() {
        var generator = SeededGenerator(seed: 20_230_208)
        for round in 0..<120 {
            let text: String
            if round.isMultiple(of: 2) {
                let bytes = (0..<2_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                text = (0..<400).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            }
            checkInvariants(text)
        }
    }

    @Test func onlyBlankLinesGiveNoArticle() {
        let layout = PageAnalyzer.analyze("\n\n   \n\t\n\u{3000}\n")
        #expect(layout.articles.isEmpty)
        #expect(layout.other.isEmpty)
        #expect(PageAnalyzer.analyze("").articles.isEmpty)
    }

    @Test func onlyPunctuationIsHandled() {
        let text = "。，、！？……——\n\n“”（）\n\n。。。\n!!!...???\n"
        checkInvariants(text)
        #expect(PageAnalyzer.analyze(text).articles.count <= 1)
    }

    @Test func oneTenMegabyteLineIsOneArticle() {
        let unit = "稳增长，促发展，完成4.14亿美元 GDP growth。"
        let line = String(repeating: unit, count: 10_000_000 / unit.utf8.count + 1)
        let layout = PageAnalyzer.analyze(line)
        #expect(layout.articles.count == 1)
        let text = layout.articles[0].paragraphs.map(\.text).joined()
        #expect(
            text.unicodeScalars.count == line.unicodeScalars.count - line.unicodeScalars.count
                / unit.unicodeScalars.count)
        let sentences = SentenceSplitter.sentences(in: Array(text.unicodeScalars))
        #expect(sentences.count == 10_000_000 / unit.utf8.count + 1)
    }
}
