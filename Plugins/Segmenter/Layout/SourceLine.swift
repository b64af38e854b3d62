/// One line of the input, with its 1-based number and its scalars.
struct SourceLine: Sendable {
    /// The page's scalars, which all lines share (an array per line cost about 100 bytes a
    /// line, gigabytes for an input of millions of short lines), and where this line lies in
    /// them: held as the array and two 32-bit positions, not as an `ArraySlice` (24 bytes a
    /// line instead of 40, for an input of millions of short lines 66 MB less in each array
    /// of its lines).
    private let page: [Unicode.Scalar]
    private let start: UInt32
    private let end: UInt32
    let number: Int

    /// Line `number`, `page[range]`.
    init(number: Int, page: [Unicode.Scalar], range: Range<Int>) {
        self.number = number
        if let start = UInt32(exactly: range.lowerBound),
            let end = UInt32(exactly: range.upperBound)
        {
            self.page = page
            self.start = start
            self.end = end
        } else {
            // Past 4 Gi scalars: the line gets an array of its own.
            self.page = Array(page[range])
            self.start = 0
            self.end = UInt32(self.page.count)
        }
    }

    init(number: Int, raw: [Unicode.Scalar]) {
        self.init(number: number, page: raw, range: raw.indices)
    }

    /// The line as read (without its line break): a slice of the page's scalars. Its
    /// indices are the page's: use `startIndex`.
    var raw: ArraySlice<Unicode.Scalar> { page[Int(start)..<Int(end)] }

    /// The line without white space at either end.
    var trimmed: ArraySlice<Unicode.Scalar> {
        let raw = raw
        var start = raw.startIndex
        var end = raw.endIndex
        while start < end, raw[start].isSpaceLike { start += 1 }
        while end > start, raw[end - 1].isSpaceLike { end -= 1 }
        return raw[start..<end]
    }
    var isBlank: Bool { trimmed.isEmpty }
    /// Cells the printed text takes (wide East Asian scalars count two).
    var cellWidth: Int { ScalarText.cellWidth(trimmed) }
    var endsSentence: Bool { ScalarText.endsSentence(trimmed) }
    /// Cells from the margin to the text's end: the indent counts.
    var printedWidth: Int {
        var width = cellWidth
        for scalar in raw {
            guard scalar.isSpaceLike else { break }
            width += scalar == "\u{3000}" ? 2 : 1
        }
        return width
    }
    /// Set in from the margin by an ideographic space or two spaces, as a paragraph's first
    /// line often is.
    var isIndented: Bool {
        let raw = raw
        guard let first = raw.first, first.isSpaceLike else { return false }
        return first == "\u{3000}" || (raw.count > 1 && raw[raw.startIndex + 1].isSpaceLike)
    }

    /// The input text as lines. Line ends `\n`, `\r\n` and `\r` all count.
    static func split(_ text: String) -> [SourceLine] {
        let scalars = Array(text.unicodeScalars)
        var lines: [SourceLine] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(
                    SourceLine(number: lines.count + 1, page: scalars, range: start..<index))
                // `\r\n` is one line end.
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count {
            lines.append(
                SourceLine(number: lines.count + 1, page: scalars, range: start..<scalars.count))
        }
        return lines
    }
}
