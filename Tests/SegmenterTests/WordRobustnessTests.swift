import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// Any input gives tokens inside the range, in order, without overlaps, and never crashes.
@Suite(.tags(.fast)) struct WordRobustnessTests {
    let segmenter: WordSegmenter

    init() throws {
        segmenter = try WordTestSupport.segmenter()
    }

    func checkTokens(_ scalars: [Unicode.Scalar]) {
        var tokens: [Token] = []
        segmenter.tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        var end = 0
        var wellFormed = true
        for token in tokens {
            if token.span.start < end || token.span.isEmpty || token.span.end > scalars.count {
                wellFormed = false
            }
            end = token.span.end
        }
        #expect(wellFormed)
        // Every scalar that is not white space is in a token.
        let covered = tokens.reduce(0) { $0 + $1.span.count }
        let spaces = scalars.filter { ScalarClassTable.shared.classify($0.value) == .space }.count
        #expect(covered + spaces == scalars.count)
    }

    @Test func randomBytesDecodedAsScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<4000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            checkTokens(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
        }
    }

    @Test func randomScalarsOfEveryKind() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [String] = [
            "1", "2", ",", ".", "%", "-", "+", "第", "万", "多", "a", "B", "'", "@", "http://",
            "www.", "中", "国", "是", "。", "…", "—", " ", "\n", "\u{301}", "ソ", "서", "𠀀",
        ]
        for _ in 0..<200 {
            let text = (0..<60).map { _ in pieces.randomElement(using: &generator)! }.joined()
            checkTokens(Array(text.unicodeScalars))
        }
    }

    @Test func oneVeryLongLine() {
        let line = String(repeating: "中华人民共和国成立于1949年，韩冰说：“test-case 4.5%”", count: 20_000)
        let scalars = Array(line.unicodeScalars)
        checkTokens(scalars)
        // Also a long run of ideographs with no punctuation at all, and of one unknown one.
        checkTokens(Array(String(repeating: "的确实在", count: 50_000).unicodeScalars))
        checkTokens(Array(String(repeating: "龘", count: 100_000).unicodeScalars))
    }

    @Test func onlyPunctuationOrOnlyBlankLines() {
        checkTokens(Array(String(repeating: "。，！？……——“”（）", count: 1000).unicodeScalars))
        checkTokens(Array(String(repeating: "\n", count: 1000).unicodeScalars))
        #expect(segmenter.tokenize("").isEmpty)
    }

    @Test func rangesOutsideTheTextAreClamped() {
        let scalars = Array("北京".unicodeScalars)
        var tokens: [Token] = []
        segmenter.tokenize(scalars, in: 1..<10, into: &tokens)
        #expect(tokens.map(\.span) == [Span(start: 1, end: 2)])
    }
}
