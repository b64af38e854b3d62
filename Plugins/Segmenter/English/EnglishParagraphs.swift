/// The paragraphs of an English OCR page as the line ends show them, and where each line
/// stands among them. A paragraph ends at a line that finishes a sentence short of the
/// column (or before a blank line).
///
/// Why: an unheaded brief and a new paragraph of a story open alike (a capital after a
/// finished sentence). What tells them apart is around them: briefs are paragraphs of a few
/// lines among others like them, far from any heading, while a story's paragraphs run longer
/// under a heading not far above. Measured per line, in one pass each way: linear.
struct EnglishParagraphs {
    static let width = 6

    /// Per line: the length in lines of its paragraph, of the paragraph before and the one
    /// after, and the lines since the last line set like a heading.
    private let own: [Int32]
    private let before: [Int32]
    private let after: [Int32]
    private let sinceHeading: [Int32]
    private let opens: [Bool]

    init(_ traits: [EnglishLineTraits], blankBefore: [Bool], column: Double) {
        let count = traits.count
        var ends = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let line = traits[index]
            let nextBlank = index + 1 < count && blankBefore[index + 1]
            ends[index] =
                index + 1 == count || nextBlank
                || (line.endsSentence && Double(line.length) < 0.85 * column)
        }
        // Paragraph spans: each line's paragraph starts after the previous end.
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
            let length = Int32(end - start)
            let previous =
                number > 0 ? Int32(start - starts[number - 1]) : 0
            let next =
                number + 1 < starts.count
                ? Int32((number + 2 < starts.count ? starts[number + 2] : count) - end) : 0
            for line in start..<end {
                own[line] = length
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
        self.own = own
        self.before = before
        self.after = after
        self.sinceHeading = sinceHeading
        self.opens = opens
    }

    /// Appends line `index`'s `width` values.
    func write(line index: Int, into values: inout [Double]) {
        func scaled(_ value: Int32, _ unit: Double) -> Double { min(Double(value) / unit, 1.5) }
        let short = own[index] <= 4 && before[index] <= 4
        values.append(contentsOf: [
            opens[index] ? 1 : 0,
            scaled(own[index], 10), scaled(before[index], 10), scaled(after[index], 10),
            scaled(sinceHeading[index], 40),
            opens[index] && short ? 1 : 0,
        ])
    }
}
