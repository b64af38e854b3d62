import PresswatchCore

/// Sentences as spans of an article's text.
///
/// Chinese sentences end at 。！？ and the ellipsis (a run like `！？` or `……` stays whole), and
/// at the full-width semicolon `；`, which joins clauses that each stand as a sentence (as
/// Chinese sentence splitters such as textrank4zh's and snownlp's do);
/// English ones at `.`, `!`, `?`; a closing quote or bracket stays with its sentence. A
/// period ends nothing inside a number (`3.14`), after an abbreviation (`Mr.`, `U.S.`,
/// `e.g.`) or an initial. A paragraph end (`\n`) always ends a sentence.
enum SentenceSplitter {
    static func sentences(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            split(scalars, start..<index, into: &spans)
            start = index + 1
        }
        return spans
    }

    private static func split(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, into spans: inout [Span]
    ) {
        var start = range.lowerBound
        var index = start
        while index < range.upperBound {
            let scalar = scalars[index]
            var isEnd = false
            if scalar.isSentenceFinal || scalar == "\u{FF1B}" {
                isEnd = true
            } else if scalar == "." {
                isEnd = EnglishPeriod.endsSentence(scalars, at: index, in: range)
            }
            guard isEnd else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, scalars[end].isSentenceFinal || scalars[end] == "." {
                end += 1
            }
            while end < range.upperBound, scalars[end].isClosingMark { end += 1 }
            emit(scalars, start..<end, into: &spans)
            start = end
            index = end
        }
        emit(scalars, start..<range.upperBound, into: &spans)
    }

    /// Adds the range without its outer white space, unless nothing is left.
    private static func emit(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, into spans: inout [Span]
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpaceLike { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpaceLike { upper -= 1 }
        if lower < upper { spans.append(Span(start: lower, end: upper)) }
    }
}
