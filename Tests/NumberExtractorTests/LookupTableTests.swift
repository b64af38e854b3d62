import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The fast look-ups that stand in for slower definitions say the same as those.
@Suite(.tags(.fast)) struct LookupTableTests {
    /// The scanner's bitmap of starting scalars is `mayStart`, over the whole BMP.
    @Test func startersAreWhatMayStart() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                QuantityScanner.starters.contains(scalar) == QuantityScanner.mayStart(scalar),
                "U+\(String(value, radix: 16))")
        }
    }

    /// The bitmap of Chinese digits is `chineseDigit`, over the whole BMP.
    @Test func chineseDigitsAreWhatReadsAsADigit() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                Numeral.chineseDigits.contains(scalar) == (Numeral.chineseDigit(scalar) != nil),
                "U+\(String(value, radix: 16))")
        }
    }

    /// A token has a tag exactly when `Token.tag` gives one, whatever the tag.
    @Test func hasTagIsWhetherTheTokenHasATag() {
        let span = Span(start: 0, end: 2)
        for kind in TokenKind.allCases {
            #expect(!WordGuard.hasTag(Token(span: span, kind: kind)))
            for tag in ["n", "nz", "m", "nrfg", "eng", "a-very-long-tag", "名词"] {
                #expect(WordGuard.hasTag(Token(span: span, kind: kind, tag: PartOfSpeech(tag))))
            }
        }
    }

    /// The text between two offsets is the scalars between them, in every UTF-8 length.
    @Test func stringOfOffsetsIsTheirScalars() {
        let text = Array("a¢两€𠀀ｂ5".unicodeScalars)
        for start in 0...text.count {
            for end in start...text.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text[start..<end])
                #expect(text.string(start, end) == String(view))
            }
        }
    }

    /// The flattened trie finds the longest word, with Latin letters in any case and layout
    /// spaces where allowed, and nothing where no word starts.
    @Test func wordTableFindsTheLongestWord() {
        let table = WordTable<Int>([("百分", 1), ("百分点", 2), ("percent", 3), ("个", 4)])
        let text = Array("百分点 百 分 点 PerCent 个人 千".unicodeScalars)
        #expect(table.longestMatch(in: text, at: 0)?.end == 3)
        #expect(table.longestMatch(in: text, at: 0)?.value == 2)
        #expect(table.longestMatch(in: text, at: 4)?.value == nil)
        #expect(table.longestMatch(in: text, at: 4, spaced: true)?.end == 9)
        #expect(table.longestMatch(in: text, at: 10)?.value == 3)
        #expect(table.longestMatch(in: text, at: 18)?.value == 4)
        #expect(table.longestMatch(in: text, at: 21) == nil)
    }

    /// A word given twice keeps its last value, and words that are prefixes of one another
    /// each keep their own.
    @Test func wordTableKeepsTheLastOfEqualWords() {
        let table = WordTable<Int>([("千米", 1), ("千", 2), ("千米", 3), ("千瓦时", 4), ("千瓦", 5)])
        let text = Array("千米千千瓦时千瓦".unicodeScalars)
        #expect(table.longestMatch(in: text, at: 0)?.value == 3)
        #expect(table.longestMatch(in: text, at: 2)?.value == 2)
        #expect(table.longestMatch(in: text, at: 3)?.value == 4)
        #expect(table.longestMatch(in: text, at: 6)?.value == 5)
        #expect(WordTable<Int>([]).longestMatch(in: text, at: 0) == nil)
    }
}
