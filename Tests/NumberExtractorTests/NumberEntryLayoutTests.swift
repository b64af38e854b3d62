import PresswatchTesting
import Testing

@testable import NumberExtractor

/// A page of numbers holds about a million entries at once (issue 18): the entry's packed
/// layout is what keeps such a page within its memory bound, and its narrowed offsets must
/// read back as given.
@Suite(.tags(.fast)) struct NumberEntryLayoutTests {
    @Test func anEntryTakesEightyBytes() {
        #expect(MemoryLayout<NumberEntry>.stride <= 80)
    }

    @Test func offsetsAndSentenceReadBackAsGiven() {
        var entry = NumberEntry(
            text: "5亿元", start: 7, end: 10, sentence: nil, kind: .money, value: .number(5e8),
            unit: "CNY", approx: .about)
        #expect(entry.start == 7 && entry.end == 10 && entry.sentence == nil)
        entry.sentence = 0
        entry.start = 16_777_215
        entry.end = Int(UInt32.max) - 1
        #expect(entry.sentence == 0 && entry.start == 16_777_215)
        #expect(entry.end == Int(UInt32.max) - 1)
        entry.sentence = nil
        #expect(entry.sentence == nil)
        #expect(entry.text == "5亿元" && entry.unit == "CNY" && entry.approx == .about)
    }
}
