/// The precision gate for English number words: a number spelled in words that nothing binds
/// (no unit, no noun it counts, no magnitude) is a figure only in a position where English
/// puts a quantity. Elsewhere it is part of a phrase (`cloud nine`, `back to square one`,
/// `a stitch in time saves nine`, `a sixth sense`, `in seventh heaven`, `second nature`), and
/// a figure reported there is wrong, which is worse than one missed.
///
/// The evidence, decided in this order:
/// - a unit, a currency, a percent, a date or a counted noun (any kind but a bare number or a
///   bare ordinal): bound;
/// - a magnitude in the words (`three hundred`, `two million`): bound;
/// - another number word right before or right after (`twenty-four seven`, `one two`): the
///   words are a name or a code, not one number: unbound;
/// - an ordinal: bound after a determiner that points at a rank (`the third`, `its second`, `a second term`) or
///   a verb of ranking (`finished third`);
/// - a cardinal: bound at the start of a clause, or after a word that takes a quantity
///   (`rose to nine`, `by five votes to four`, `was nine`, `about ten`), or before `of`.
struct EnglishBinding {
    let text: [Unicode.Scalar]

    func isBound(_ quantity: Quantity) -> Bool {
        guard quantity.unit == nil, quantity.kind == .number || quantity.kind == .ordinal,
            let value = quantity.numericValue
        else { return true }
        if value >= 100 || value != value.rounded() { return true }
        let words = EnglishWordSpans(text: text)
        let before = previousWord(before: quantity.start)
        let after = words.word(after: quantity.end)?.word
        // The word before `and` or `or` when one stands right before: `seventh and eighth`.
        let paired = before.flatMap { joiner in
            joiner == "and" || joiner == "or"
                ? previousWord(before: quantity.start - joiner.unicodeScalars.count - 1) : nil
        }
        if quantity.kind == .ordinal, let paired, EnglishWords.ordinals[paired] != nil {
            // `the seventh and eighth grades`: the second of two ordinals ranks like the first
            // (which the determiner before it binds).
            return true
        }
        if let before, Self.isNumberWord(before) { return false }
        if let after, Self.isNumberWord(after) { return false }
        if quantity.kind == .ordinal {
            guard let before else { return false }
            return Self.rankDeterminers.contains(before) || Self.rankingVerbs.contains(before)
                || before.hasSuffix("'s")
        }
        if after == "of" { return true }
        if after == "to", let next = words.word(after: quantity.end + 3)?.word,
            Self.isNumberWord(next)
        {
            // `voted ten to two`: a score or a vote, two numbers set against each other.
            return true
        }
        if let paired, Self.isNumberWord(paired) {
            // `two and two`, `one or two`: a pair of number words that no range took.
            return false
        }
        guard let before else { return true }
        if Self.quantityPositions.contains(before) { return true }
        // `arrested one man and two women`: a number before a word that is no function word
        // counts that word, unless a preposition of manner opens the phrase (`in one piece`,
        // `with one stone`), where a number word is part of a set phrase.
        guard let after, !Self.functionWords.contains(after) else { return false }
        return !Self.phrasePrepositions.contains(before)
    }

    private static func isNumberWord(_ word: String) -> Bool {
        EnglishWords.units[word] != nil || EnglishWords.ordinals[word] != nil
    }

    /// The lower-cased word right before `start` across one space, or nil at the start of a
    /// clause (after punctuation, a quote or nothing).
    private func previousWord(before start: Int) -> String? {
        guard start >= 2, text[start - 1] == " " || text[start - 1] == "-" else { return nil }
        var wordStart = start - 1
        while wordStart > 0, Self.isWordScalar(text[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < start - 1 else { return nil }
        return String(
            String.UnicodeScalarView(
                text[wordStart..<(start - 1)].map { Numeral.latinLower($0) ?? $0 }))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Numeral.latinLower(scalar) != nil || scalar == "'" || scalar == "’"
            || Numeral.arabicDigit(scalar) != nil
    }

    /// Words after which English puts a quantity: prepositions of amount and comparison,
    /// hedges, the copula, verbs of change and of scoring.
    private static let quantityPositions: Set<String> = [
        "to", "from", "by", "at", "of", "than", "about", "around", "nearly", "almost",
        "approximately", "roughly", "some", "over", "under", "just", "only", "between", "all",
        "is", "was", "were", "are", "be", "been", "being", "totalled", "totaled", "totals",
        "reached", "reach", "reaches", "hit", "hits", "stood", "stands", "numbered", "rose",
        "fell", "dropped", "climbed", "increased", "decreased", "grew", "jumped", "slipped",
        "up", "down", "plus", "minus", "times", "scored", "won", "lost", "aged", "age",
        "least", "most", "exactly", "another", "those", "these", "top", "first", "last",
        "next", "past", "whole", "remaining", "other", "within",
    ]

    /// Prepositions of manner and place that open set phrases with a number word (`in one
    /// piece`, `in two minds`, `with one stone`, `on cloud nine`).
    private static let phrasePrepositions: Set<String> = [
        "in", "with", "on", "into", "onto", "upon", "like", "as", "without", "through",
    ]

    /// Words a counted noun never is: articles, prepositions, conjunctions, pronouns, the
    /// auxiliaries, and adverbs of time and place that end a clause (`on cloud nine last
    /// night`).
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "to", "of", "in", "on", "at",
        "by", "for", "with", "from", "into", "onto", "over", "under", "about", "after",
        "before", "than", "as", "like", "is", "was", "were", "are", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "shall", "do", "does", "did", "not", "that", "which", "who", "whom", "this", "these",
        "those", "it", "its", "he", "she", "they", "we", "you", "i", "him", "her", "them",
        "us", "together", "again", "too", "also", "apart", "more", "less", "each", "apiece",
        "only", "ago", "later", "earlier", "up", "down", "out", "off", "back", "away", "last",
        "next", "today", "tonight", "yesterday", "tomorrow", "now", "then", "here", "there",
    ]

    /// Determiners that point at one place of an order (`the third`, `its second`, `a second
    /// term`: "another", which still ranks).
    private static let rankDeterminers: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "whose", "each",
        "every",
    ]

    /// Verbs that give a place in an order (`finished third`, `ranked fifth`).
    private static let rankingVerbs: Set<String> = [
        "finished", "finish", "finishes", "came", "come", "comes", "placed", "ranked", "ranks",
        "rank", "ended", "ends", "seeded",
    ]
}
