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
}
