/// One line of the input, with its 1-based number and its scalars.
struct SourceLine: Sendable {
    let number: Int
    /// The line as read (without its line break).
    let raw: [Unicode.Scalar]

    init(number: Int, raw: [Unicode.Scalar]) {
        self.number = number
        self.raw = raw
    }

    /// The line without white space at either end.
    var trimmed: ArraySlice<Unicode.Scalar> { raw.trimmingSpaces() }
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
        return first == "\u{3000}" || (raw.count > 1 && raw[1].isSpaceLike)
    }

    /// The input text as lines. Line ends `\n`, `\r\n` and `\r` all count.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR {
                    lines.append(SourceLine(number: lines.count + 1, raw: current))
                    current.removeAll(keepingCapacity: true)
                }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(SourceLine(number: lines.count + 1, raw: current))
                current.removeAll(keepingCapacity: true)
                previousWasCR = true
            } else {
                previousWasCR = false
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(SourceLine(number: lines.count + 1, raw: current)) }
        return lines
    }
}
