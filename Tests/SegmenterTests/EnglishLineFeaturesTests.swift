import PresswatchTesting
import Testing

@testable import Segmenter

/// The English line features are written a row at a time from what the page keeps small
/// (traits 12 bytes a line, every 32nd prefix sum of the window signals, the paragraphs as
/// lists): every row, written in page order or in any order, is the row the full per-line
/// arrays gave (the window sums as one prefix array, the paragraph values line by line),
/// to the bit; and the packed traits read back as measured.
@Suite(.tags(.quality)) struct EnglishLineFeaturesTests {
    /// The development pages, and all of them as one page of thousands of lines (many
    /// checkpoints of the window sums, many paragraphs).
    private static func pages() throws -> [[SourceLine]] {
        let texts = try EnglishGoldPage.pages("dev").map(\.text)
        return (texts + [texts.joined(separator: "\n")]).map { SourceLine.split($0) }
    }

    @Test func rowsInAnyOrderAreTheRowsOfTheFullArrays() throws {
        var random = SeededGenerator(seed: 18)
        for all in try Self.pages() {
            let page = EnglishPageLines(all)
            let reference = Reference(page, all: all)
            var rows = page.features.rows()
            var inOrder: [[Double]] = []
            for line in 0..<page.features.count {
                var values: [Double] = []
                rows.write(line, into: &values)
                #expect(values.count == EnglishLineFeatures.width)
                reference.check(values, line: line)
                inOrder.append(values)
            }
            // Backwards, and at random: the cursors start again from what is kept.
            let lines = Array(0..<page.features.count)
            for line in lines.reversed() + lines.shuffled(using: &random) {
                #expect(Array(page.features.row(line)) == inOrder[line], "line \(line)")
            }
        }
    }

    @Test func packedTraitsReadBackAsMeasured() throws {
        var lines = try Self.pages().last!.map(\.trimmed).filter { !$0.isEmpty }
        // Lines whose counts do not fit in a byte, between short ones.
        let long = String(repeating: "The Price of WHEAT, $1.25 -- ", count: 40)
        lines.insert(Array(long.unicodeScalars)[...], at: 3)
        lines.append(Array(String(repeating: "a", count: 256).unicodeScalars)[...])
        lines.append(Array(String(repeating: "x ", count: 300).unicodeScalars)[...])
        let measured = lines.map { EnglishLineTraits($0) }
        let table = EnglishLineTraitsTable(measured)
        #expect(table.count == measured.count)
        #expect(Array(table) == measured)
    }

    /// The window means and paragraph values as computed before they were made small: a
    /// prefix sum of every line, and every paragraph value stored per line.
    private struct Reference {
        let sums: [Double]
        let own: [Int32]
        let before: [Int32]
        let after: [Int32]
        let sinceHeading: [Int32]
        let opens: [Bool]
        let count: Int

        static let windowsAt =
            EnglishLineFeatures.ownWidth + 4 * EnglishLineFeatures.neighbourWidth + 13

        init(_ page: EnglishPageLines, all: [SourceLine]) {
            let traits = Array(page.traits)
            count = traits.count
            let column = Double(page.column)
            let width = EnglishLineFeatures.signalWidth
            var sums = [Double](repeating: 0, count: (count + 1) * width)
            for (index, line) in traits.enumerated() {
                let ratio = Double(line.length) / column
                let row = index * width
                let next = row + width
                sums[next] = sums[row] + flag(EnglishLineFeatures.isRunningText(line, column))
                sums[next + 1] = sums[row + 1] + line.capsShare
                sums[next + 2] = sums[row + 2] + line.functionShare
                sums[next + 3] = sums[row + 3] + min(line.digitShare * 4, 1)
                sums[next + 4] = sums[row + 4] + flag(line.hasDollar)
                sums[next + 5] = sums[row + 5] + min(line.oddShare * 4, 1)
                sums[next + 6] = sums[row + 6] + flag(ratio < 0.5)
                sums[next + 7] = sums[row + 7] + flag(line.endsSentence)
            }
            self.sums = sums
            // Whether a blank line stands before each non-blank line.
            var blankBefore: [Bool] = []
            var sawBlank = false
            for line in all {
                if line.isBlank {
                    sawBlank = !blankBefore.isEmpty
                } else {
                    blankBefore.append(sawBlank)
                    sawBlank = false
                }
            }
            // Paragraphs end before a blank line, at a sentence's end short of the column,
            // and at the page's end.
            let ends = traits.indices.map { index in
                index + 1 == traits.count || blankBefore[index + 1]
                    || (traits[index].endsSentence && Double(traits[index].length) < 0.85 * column)
            }
            var starts: [Int] = []
            var opens = [Bool](repeating: false, count: count)
            var index = 0
            while index < count {
                starts.append(index)
                opens[index] = true
                while index < count && !ends[index] { index += 1 }
                index += 1
            }
            var own = [Int32](repeating: 0, count: count)
            var before = [Int32](repeating: 0, count: count)
            var after = [Int32](repeating: 0, count: count)
            for (number, start) in starts.enumerated() {
                let end = number + 1 < starts.count ? starts[number + 1] : count
                let previous = number > 0 ? Int32(start - starts[number - 1]) : 0
                let next =
                    number + 1 < starts.count
                    ? Int32((number + 2 < starts.count ? starts[number + 2] : count) - end) : 0
                for line in start..<end {
                    own[line] = Int32(end - start)
                    before[line] = previous
                    after[line] = next
                }
            }
            var sinceHeading = [Int32](repeating: 0, count: count)
            var last = -1000
            for index in 0..<count {
                sinceHeading[index] = Int32(min(index - last, 1000))
                let line = traits[index]
                if (line.isAllCaps || (line.titleShare > 0.7 && line.words >= 2))
                    && Double(line.length) < 0.8 * column
                {
                    last = index
                }
            }
            (self.own, self.before, self.after) = (own, before, after)
            (self.sinceHeading, self.opens) = (sinceHeading, opens)
        }

        func check(_ values: [Double], line index: Int) {
            var expected: [Double] = []
            let width = EnglishLineFeatures.signalWidth
            for half in EnglishLineFeatures.windows {
                let low = max(index - half, 0)
                let high = min(index + half + 1, count)
                for j in 0..<width {
                    expected.append(
                        (sums[high * width + j] - sums[low * width + j]) / Double(high - low))
                }
            }
            let windows = Array(values[Self.windowsAt..<Self.windowsAt + expected.count])
            #expect(windows == expected, "window means, line \(index)")
            func scaled(_ value: Int32, _ unit: Double) -> Double {
                min(Double(value) / unit, 1.5)
            }
            let short = own[index] <= 4 && before[index] <= 4
            let paragraph: [Double] = [
                opens[index] ? 1 : 0,
                scaled(own[index], 10), scaled(before[index], 10), scaled(after[index], 10),
                scaled(sinceHeading[index], 40),
                opens[index] && short ? 1 : 0,
            ]
            #expect(Array(values.suffix(EnglishParagraphs.width)) == paragraph, "line \(index)")
        }
    }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
