import PresswatchCore

/// Turns chosen sentences into prose: line-break damage mended, white space tidied, no
/// punctuation left hanging at either end.
enum SummaryText {
    /// The sentences' text joined, Chinese without a separator, Latin with one space.
    static func join(_ spans: [Span], in scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for span in spans {
            let sentence = clean(span, in: scalars)
            guard let first = sentence.first else { continue }
            if let last = lastLetter(of: out),
                needsSpace(
                    between: last,
                    and: lastLetter(of: [first])
                        ?? first)
            {
                out.append(" ")
            }
            out.append(contentsOf: sentence)
        }
        // The segmenter ends sentences at `；` too; the summary's last one ends as prose does.
        if out.last == "\u{FF1B}" {
            out.removeLast()
            out.append("\u{3002}")
        }
        return String(out)
    }

    /// One sentence's scalars: a line break inside Chinese text vanishes, one inside Latin
    /// text becomes a space (a hyphen at a line end joins the word), runs of white space
    /// become one space, soft hyphens go, and a leading `——`, `：` or comma is dropped.
    static func clean(_ span: Span, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(span.count)
        var pendingSpace = false
        var sawBreak = false
        for offset in span.range {
            let scalar = scalars[offset]
            if scalar == "\u{00AD}" { continue }
            if scalar.isWhiteSpace {
                pendingSpace = true
                if scalar == "\n" { sawBreak = true }
                continue
            }
            if pendingSpace, let last = out.last {
                if sawBreak && last == "-" && out.count >= 2 && isLatinLetter(out[out.count - 2])
                    && isLatinLetter(scalar)
                {
                    out.removeLast()
                } else if needsSpace(between: last, and: scalar) {
                    out.append(" ")
                }
            }
            pendingSpace = false
            sawBreak = false
            out.append(scalar)
        }
        while let first = out.first, leadingJunk.contains(first) { out.removeFirst() }
        return out
    }

    /// Scalars that, at the start of a sentence, belong to the sentence before.
    private static let leadingJunk: Set<Unicode.Scalar> = [
        "\u{2014}", "\u{2015}", "\u{FF1A}", ":", "\u{FF0C}", ",", "\u{3001}", "\u{FF1B}", ";",
    ]

    /// Latin text keeps a space between words; Chinese text and CJK punctuation never do.
    static func needsSpace(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
        !isWide(left) && !isWide(right)
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x2E80 && value <= 0x9FFF) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0xFF00 && value <= 0xFFEF) || (value >= 0x20000 && value <= 0x3FFFF)
            || value == 0x2014 || value == 0x2026
    }

    /// The last scalar that is not a quotation mark (a quote takes the script of its text).
    private static func lastLetter<C: BidirectionalCollection>(of scalars: C) -> Unicode.Scalar?
    where C.Element == Unicode.Scalar {
        scalars.last { !quotes.contains($0) } ?? scalars.last
    }

    private static let quotes: Set<Unicode.Scalar> = [
        "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\"", "'",
    ]

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isAlphabetic
    }

    /// Scalars of a span that are not white space.
    static func visibleCount(_ span: Span, in scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        for offset in span.range where !scalars[offset].isWhiteSpace { count += 1 }
        return count
    }
}
