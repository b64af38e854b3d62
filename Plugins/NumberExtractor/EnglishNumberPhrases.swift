/// English set phrases that hold a number word and say no figure (`a sixth sense`, `on cloud
/// nine`, `back to square one`, `one by one`, `zero tolerance`, `take five`, `kill two birds
/// with one stone`), from public lexicons rather than from sentences seen, each chosen by a
/// stated rule:
/// - WordNet 3.0's phrases, by `tools/wordnet-number-phrases/make.py` (verbs and adverbs of
///   several words, and nouns that are no kind of their own head word: a sixth sense is an
///   intuition, not a sense, while a third party is a party and keeps its rank);
/// - Wiktionary's English idioms, by `tools/wiktionary-number-idioms/make.py` (an idiom of
///   the category whose number words are not side by side as a number, a score or odds, and
///   come before no unit the extractor reads: `one fell swoop`, but not `ten to one` nor
///   `six feet under`).
/// A number word inside such a phrase, where the phrase covers the whole quantity read, is
/// no figure: a lexicon holds a phrase because it means more than its words, so its number
/// counts nothing. The lists are the lexicons', not the tests'; they lack some idioms (`in two
/// minds`, `the whole nine yards`), which stay wrong where the precision gate lets them
/// through.
enum EnglishNumberPhrases {
    /// Each phrase with the place of its number word, by that word: a quantity looks up only
    /// the phrases of its own first word. Built once.
    private static let byNumberWord: [String: [(words: [String], at: Int)]] = {
        var table: [String: [(words: [String], at: Int)]] = [:]
        // A phrase both lexicons hold is entered once.
        let lines = Set((wordNetPhrases + "\n" + wiktionaryPhrases).split(separator: "\n"))
        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            for (index, word) in words.enumerated()
            where EnglishWords.units[word] != nil || EnglishWords.ordinals[word] != nil
                || numberPlurals.contains(word)
            {
                table[word, default: []].append((words, index))
            }
        }
        return table
    }()

    /// Number words in the plural that only set phrases use (`dressed to the nines`).
    private static let numberPlurals: Set<String> = ["nines", "sixes", "sevens"]

    /// Whether the quantity `start..<end`, read from English words, lies inside one of the
    /// phrases, the phrase written out around it (words apart by a space or a hyphen; the last
    /// may take a plural `s`: `second thoughts`).
    static func covers(start: Int, end: Int, in text: [Unicode.Scalar]) -> Bool {
        let words = EnglishWordSpans(text: text)
        guard let first = words.word(at: start), let phrases = byNumberWord[first.word] else {
            return false
        }
        for (phrase, at) in phrases {
            // The phrase's words before the number word, read leftwards.
            var phraseStart = start
            var matched = true
            for index in stride(from: at - 1, through: 0, by: -1) {
                guard let previous = words.word(before: phraseStart), previous.word == phrase[index]
                else {
                    matched = false
                    break
                }
                phraseStart = previous.start
            }
            guard matched else { continue }
            var phraseEnd = first.end
            for index in (at + 1)..<phrase.count {
                guard let next = words.word(after: phraseEnd),
                    next.word == phrase[index]
                        || (index == phrase.count - 1 && next.word == phrase[index] + "s")
                else {
                    matched = false
                    break
                }
                phraseEnd = next.end
            }
            guard matched, phraseEnd >= end else { continue }
            // A phrase that ends on its number word holds only where no word follows that the
            // number could count: `I, for one, agree`, but `for one trip` counts a trip.
            if at == phrase.count - 1, let next = words.word(after: phraseEnd),
                !EnglishBinding.functionWords.contains(next.word)
            {
                continue
            }
            return true
        }
        return false
    }
}

/// Lower-case words of Latin letters, and the words right before and after one across a
/// single space or hyphen.
struct EnglishWordSpans {
    let text: [Unicode.Scalar]

    func word(at start: Int) -> (word: String, start: Int, end: Int)? {
        guard start == 0 || Numeral.latinLower(text[start - 1]) == nil else { return nil }
        var end = start
        var word = String.UnicodeScalarView()
        while end < text.count, let letter = Numeral.latinLower(text[end]) {
            word.append(letter)
            end += 1
        }
        return end > start ? (String(word), start, end) : nil
    }

    func word(after end: Int) -> (word: String, start: Int, end: Int)? {
        guard end + 1 < text.count, text[end] == " " || text[end] == "-" else { return nil }
        return word(at: end + 1)
    }

    func word(before start: Int) -> (word: String, start: Int, end: Int)? {
        guard start >= 2, text[start - 1] == " " || text[start - 1] == "-",
            Numeral.latinLower(text[start - 2]) != nil
        else { return nil }
        var wordStart = start - 1
        while wordStart > 0, Numeral.latinLower(text[wordStart - 1]) != nil { wordStart -= 1 }
        return word(at: wordStart)
    }
}
