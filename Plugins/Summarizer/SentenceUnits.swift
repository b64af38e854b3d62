import PresswatchCore

/// Groups consecutive sentences that must be chosen together: a quotation the segmenter split
/// across sentences (the sentence that opens it and the one that closes it), a sentence
/// that ends in `：` or `——` with the sentence it introduces, and a short question with the
/// sentence that answers it (`谁去招商？市领导带领……去招商。`).
enum SentenceUnits {
    /// The longest run joined into one unit; a quote left open longer than this is a
    /// typesetting accident, not a quotation.
    static let maximumRun = 5

    /// Ranges of sentence indices covering every sentence once, in order.
    static func group(_ sentences: [Span], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        var start = 0
        var depth = 0
        for index in sentences.indices {
            depth = max(0, depth + quoteBalance(of: sentences[index], in: scalars))
            let open =
                depth > 0 || endsDangling(sentences[index], in: scalars)
                || isShortQuestion(sentences[index], in: scalars)
            let isLast = index == sentences.count - 1
            if !open || isLast || index - start + 1 >= maximumRun {
                units.append(start..<(index + 1))
                start = index + 1
                depth = 0
            }
        }
        return units
    }

    /// Characters of each unit, white space not counted.
    static func lengths(of units: [Range<Int>], in article: Article) -> [Int] {
        units.map { range in
            range.reduce(0) { total, sentence in
                total + SummaryText.visibleCount(article.sentences[sentence], in: article.scalars)
            }
        }
    }

    /// The longest question, in characters, read as asking what the next sentence answers.
    static let shortQuestion = 12

    static func isShortQuestion(_ span: Span, in scalars: [Unicode.Scalar]) -> Bool {
        SummaryText.visibleCount(span, in: scalars) <= shortQuestion
            && UnitLayout.endsInQuestion(span, in: scalars)
    }

    /// Opening minus closing quotation marks; a straight `"` opens when the count so far is even.
    static func quoteBalance(of span: Span, in scalars: [Unicode.Scalar]) -> Int {
        var balance = 0
        var straight = 0
        for offset in span.range {
            switch scalars[offset] {
            case "\u{201C}", "\u{300C}", "\u{300E}": balance += 1
            case "\u{201D}", "\u{300D}", "\u{300F}": balance -= 1
            case "\"":
                straight += 1
                balance += straight % 2 == 1 ? 1 : -1
            default: break
            }
        }
        return balance
    }

    /// Whether a sentence ends in a colon or a dash that points at what follows.
    static func endsDangling(_ span: Span, in scalars: [Unicode.Scalar]) -> Bool {
        var end = span.end
        while end > span.start && scalars[end - 1].isWhiteSpace { end -= 1 }
        guard end > span.start else { return false }
        switch scalars[end - 1] {
        case "\u{FF1A}", ":", "\u{2014}", "\u{2015}", "\u{FF0C}", ",": return true
        default: return false
        }
    }
}
