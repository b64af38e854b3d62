import PresswatchCore

/// The words of the sentences a gist is cut from, with where each stands: its clause (a run
/// ending at `，；：。` and the like), whether it is inside brackets or quotes, and how often
/// the article uses it. This is what the deletion labeller reads.
struct GistWords {
    struct Word {
        var token: Token
        /// Which clause of the sentences it is in, from 0.
        var clause: Int
        /// Which of the sentences it is in, from 0.
        var sentence: Int
        var inBrackets: Bool
        var inQuotes: Bool
        /// How many times the article has this word (1 for a word used once).
        var articleCount: Int
        /// Scalars that are not white space.
        var length: Int
        var isClauseBreak: Bool
    }

    var words: [Word] = []
    /// Per clause: the indices of its first and last word that are not punctuation.
    var clauseFirst: [Int] = []
    var clauseLast: [Int] = []
    /// Per clause: the punctuation that ends it, if any.
    var clauseEnd: [Int?] = []
    /// Scalars of all the words, white space not counted.
    var totalLength = 0

    init(article: Article, sentences: [Int]) {
        let scalars = article.scalars
        var counts: [UInt64: Int] = [:]
        for token in article.tokens where token.kind == .word || token.kind == .latin {
            counts[ContentTerms.key(of: token.span, in: scalars, folding: true), default: 0] += 1
        }
        var clause = 0
        for (ordinal, sentence) in sentences.enumerated() {
            let span = article.sentences[sentence]
            var index = Self.firstToken(at: span.start, in: article.tokens)
            var brackets = 0
            var quotes = 0
            while index < article.tokens.count && article.tokens[index].start < span.end {
                let token = article.tokens[index]
                index += 1
                var length = 0
                for offset in token.span.range where !scalars[offset].isWhiteSpace { length += 1 }
                guard length > 0 else { continue }
                let single = token.span.count == 1 ? scalars[token.start] : nil
                if let single, Self.closingBrackets.contains(single) {
                    brackets = max(brackets - 1, 0)
                }
                if let single, Self.closingQuotes.contains(single) { quotes = max(quotes - 1, 0) }
                let isBreak = single.map { Self.clauseBreaks.contains($0) } ?? false
                let count =
                    token.kind == .word || token.kind == .latin
                    ? counts[ContentTerms.key(of: token.span, in: scalars, folding: true)] ?? 1 : 1
                words.append(
                    Word(
                        token: token, clause: clause, sentence: ordinal, inBrackets: brackets > 0,
                        inQuotes: quotes > 0, articleCount: count, length: length,
                        isClauseBreak: isBreak))
                totalLength += length
                if let single, Self.openingBrackets.contains(single) { brackets += 1 }
                if let single, Self.openingQuotes.contains(single) { quotes += 1 }
                if isBreak && brackets == 0 { clause += 1 }
            }
            // A sentence that does not end on a clause break still ends its clause.
            if let last = words.last, last.clause == clause { clause += 1 }
        }
        let clauses = words.last.map { $0.clause + 1 } ?? 0
        clauseFirst = [Int](repeating: -1, count: clauses)
        clauseLast = [Int](repeating: -1, count: clauses)
        clauseEnd = [Int?](repeating: nil, count: clauses)
        for (position, word) in words.enumerated() {
            if word.isClauseBreak {
                clauseEnd[word.clause] = position
            } else if word.token.kind != .punct {
                if clauseFirst[word.clause] < 0 { clauseFirst[word.clause] = position }
                clauseLast[word.clause] = position
            }
        }
    }

    /// The first token that starts at or after an offset (tokens are in text order).
    static func firstToken(at offset: Int, in tokens: [Token]) -> Int {
        tokens.partitioningIndex { $0.start >= offset }
    }

    static let clauseBreaks: Set<Unicode.Scalar> = [
        "\u{FF0C}", ",", "\u{FF1B}", ";", "\u{FF1A}", ":", "\u{3002}", "\u{FF01}", "!",
        "\u{FF1F}", "?", "\u{2014}",
    ]
    static let openingBrackets: Set<Unicode.Scalar> = [
        "\u{FF08}", "(", "\u{3010}", "[", "\u{3014}",
    ]
    static let closingBrackets: Set<Unicode.Scalar> = [
        "\u{FF09}", ")", "\u{3011}", "]", "\u{3015}",
    ]
    /// Quotation marks and title marks (`《》`, `〈〉`): a pair whose halves must stay together.
    static let openingQuotes: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{2018}", "\u{300C}", "\u{300A}", "\u{3008}",
    ]
    static let closingQuotes: Set<Unicode.Scalar> = [
        "\u{201D}", "\u{2019}", "\u{300D}", "\u{300B}", "\u{3009}",
    ]
}
