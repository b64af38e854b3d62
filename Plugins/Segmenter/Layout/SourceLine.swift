/// One line of the input, with its 1-based number and its scalars.
struct SourceLine: Sendable {
    let number: Int
    /// The line as read (without its line break): a slice of the page's scalars, which
    /// all lines share (an array per line cost about 100 bytes a line, gigabytes for an
    /// input of millions of short lines). Its indices are the page's: use `startIndex`.
    let raw: ArraySlice<Unicode.Scalar>

    init(number: Int, raw: ArraySlice<Unicode.Scalar>) {
        self.number = number
        self.raw = raw
    }

    init(number: Int, raw: [Unicode.Scalar]) {
        self.init(number: number, raw: raw[...])
    }

    /// The line without white space at either end.
    var trimmed: ArraySlice<Unicode.Scalar> {
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
                lines.append(SourceLine(number: lines.count + 1, raw: scalars[start..<index]))
                // `\r\n` is one line end.
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count {
            lines.append(SourceLine(number: lines.count + 1, raw: scalars[start...]))
        }
        return lines
    }
}
