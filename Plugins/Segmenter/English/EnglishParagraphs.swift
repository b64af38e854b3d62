import PresswatchCore

/// The paragraphs of an English OCR page as the line ends show them, and where each line
/// stands among them. A paragraph ends at a line that finishes a sentence short of the
/// column (or before a blank line).
///
/// Why: an unheaded brief and a new paragraph of a story open alike (a capital after a
/// finished sentence). What tells them apart is around them: briefs are paragraphs of a few
/// lines among others like them, far from any heading, while a story's paragraphs run longer
/// under a heading not far above. Measured in one pass over the lines; a line's values are read
/// off the paragraphs and headings around it.
struct EnglishParagraphs {
    static let width = 6

    let count: Int
    /// The first line of each paragraph, in page order.
    private let starts: [Int32]
    /// The lines set like a heading, in page order.
    private let headings: [Int32]
    // Kept as these two lists, not as values per line: five values a line cost 17 bytes a
    // line, 70 MB for an input of millions of short lines.

    init<Traits: RandomAccessCollection>(
        _ traits: Traits, blankBefore: [Bool], column: Double
    ) where Traits.Element == EnglishLineTraits, Traits.Index == Int {
        count = traits.count
        var starts: [Int32] = []
        var headings: [Int32] = []
        // The first line opens a paragraph, and so does each line after a paragraph's end.
        var opens = true
        for index in 0..<count {
            let line = traits[index]
            if opens { starts.append(Int32(index)) }
            let nextBlank = index + 1 < count && blankBefore[index + 1]
            opens =
                index + 1 == count || nextBlank
                || (line.endsSentence && Double(line.length) < 0.85 * column)
            if (line.isAllCaps || (line.titleShare > 0.7 && line.words >= 2))
                && Double(line.length) < 0.8 * column
            {
                headings.append(Int32(index))
            }
        }
        self.starts = starts
        self.headings = headings
    }

    /// Where the last line asked about stands: its paragraph, and the first heading at or
    /// below it. Lines asked about in page order are found in constant time each.
    struct Place {
        var paragraph = 0
        var heading = 0
    }

    /// Appends line `index`'s `width` values: whether it opens its paragraph; the length in
    /// lines of its paragraph, of the paragraph before and the one after; the lines since
    /// the last line above set like a heading.
    func write(line index: Int, into values: inout [Double], place: inout Place) {
        place.paragraph = Self.last(in: starts, atMost: index, from: place.paragraph)
        place.heading = Self.last(in: headings, atMost: index - 1, from: place.heading - 1) + 1
        let paragraph = place.paragraph
        let start = Int(starts[paragraph])
        func end(_ paragraph: Int) -> Int {
            paragraph + 1 < starts.count ? Int(starts[paragraph + 1]) : count
        }
        let own = end(paragraph) - start
        let before = paragraph > 0 ? start - Int(starts[paragraph - 1]) : 0
        let after = paragraph + 1 < starts.count ? end(paragraph + 1) - end(paragraph) : 0
        let lastHeading = place.heading > 0 ? Int(headings[place.heading - 1]) : -1000
        let sinceHeading = min(index - lastHeading, 1000)
        let opens = start == index
        func scaled(_ value: Int, _ unit: Double) -> Double { min(Double(value) / unit, 1.5) }
        let short = own <= 4 && before <= 4
        values.append(contentsOf: [
            opens ? 1 : 0,
            scaled(own, 10), scaled(before, 10), scaled(after, 10),
            scaled(sinceHeading, 40),
            opens && short ? 1 : 0,
        ])
    }

    /// The position of the last of `lines` (ascending) that is at most `line`, -1 if none:
    /// a few steps down from `hint` when it is close, else a binary search.
    private static func last(in lines: [Int32], atMost line: Int, from hint: Int) -> Int {
        var position = hint
        if position >= -1, position < lines.count, position < 0 || Int(lines[position]) <= line {
            for _ in 0..<4 {
                guard position + 1 < lines.count, Int(lines[position + 1]) <= line else {
                    return position
                }
                position += 1
            }
        }
        return lines.partitioningIndex { Int($0) > line } - 1
    }
}
