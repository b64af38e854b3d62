import PresswatchCore

/// How each unit sits in its article and how it reads: whether it opens a paragraph, whether
/// it ends like a sentence, whether it is a quotation, a question or an introduction to
/// what follows.
struct UnitLayout {
    var opensParagraph: [Bool] = []
    var opensSecondParagraph: [Bool] = []
    /// The paragraph each unit starts in, and the unit's place in it (0 when it opens it).
    var paragraph: [Int] = []
    var placeInParagraph: [Int] = []
    var unterminated: [Bool] = []
    var directSpeech: [Bool] = []
    var question: [Bool] = []
    var dangling: [Bool] = []

    init(article: Article, units: [Range<Int>]) {
        let scalars = article.scalars
        var current = 0
        for range in units {
            let first = article.sentences[range.lowerBound]
            let last = article.sentences[range.upperBound - 1]
            while current + 1 < article.paragraphStarts.count
                && article.paragraphStarts[current + 1] <= first.start
            {
                current += 1
            }
            let opens =
                article.paragraphStarts.isEmpty
                || Self.onlyWhitespace(
                    scalars, from: article.paragraphStarts[current], to: first.start)
            let place = current == paragraph.last ? (placeInParagraph.last ?? -1) + 1 : 0
            opensParagraph.append(opens)
            paragraph.append(current)
            placeInParagraph.append(opens ? 0 : place)
            opensSecondParagraph.append(opens && current == 1)
            let end = Self.lastVisible(last, in: scalars)
            unterminated.append(end.map { !Self.terminal.contains(scalars[$0]) } ?? false)
            directSpeech.append(
                Self.isDirectSpeech(from: first.start, to: last.end, in: scalars))
            question.append(Self.endsInQuestion(last, in: scalars))
            dangling.append(SentenceUnits.endsDangling(last, in: scalars))
        }
    }

    private static func onlyWhitespace(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return true }
        return scalars[from..<to].allSatisfy { $0.isWhiteSpace }
    }

    /// The offset of the span's last scalar that is not white space.
    private static func lastVisible(_ span: Span, in scalars: [Unicode.Scalar]) -> Int? {
        span.range.reversed().first { !scalars[$0].isWhiteSpace }
    }

    /// What ends a sentence, closing quotes and brackets included (they follow the stop).
    private static let terminal: Set<Unicode.Scalar> = Set(
        "。！？!?.…；;\u{201D}\u{2019}\u{300D}\u{300F}\"'）)".unicodeScalars)

    /// Whether the span ends in a question mark (before any closing quote).
    static func endsInQuestion(_ span: Span, in scalars: [Unicode.Scalar]) -> Bool {
        for offset in span.range.reversed() {
            let scalar = scalars[offset]
            if scalar == "\u{FF1F}" || scalar == "?" { return true }
            if !scalar.isWhiteSpace && !closingQuotes.contains(scalar)
                && scalar != ")"
            {
                return false
            }
        }
        return false
    }

    /// Text that opens with a quotation mark and is quoted speech but for a short
    /// attribution after the quote closes (`……。”他说。`).
    static func isDirectSpeech(from start: Int, to end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end - start >= 2, openingQuotes.contains(scalars[start]) else { return false }
        guard let close = (start + 1..<end).last(where: { closingQuotes.contains(scalars[$0]) })
        else { return false }
        return end - close - 1 <= attributionLength
    }

    private static let openingQuotes: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{300C}", "\u{300E}", "\"",
    ]
    private static let closingQuotes: Set<Unicode.Scalar> = [
        "\u{201D}", "\u{300D}", "\u{300F}", "\"",
    ]
    /// The longest tail after a closing quote still read as its attribution.
    private static let attributionLength = 30
}
