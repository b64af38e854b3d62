import PresswatchCore

/// A sentence that is only a dateline: `LONDON, July 25.`, `Kansas City, Kan.`, `Paris.`. The
/// wire style of 1916 ends the dateline with a full stop, so the sentence splitter makes it a
/// sentence of its own, and a gist cut from it says only where and when (on the English
/// development pages, 7 % of the gists were that). The headline style cuts from the sentence
/// after it instead.
enum EnglishDateline {
    /// More capitalized words than this make a sentence (a heading, a name list), not a
    /// dateline: the longest place and date run seen is `Kansas City, Kan., Sept. 20`.
    static let maximumWords = 5

    /// How many dateline sentences in a row are stepped over (`WASHINGTON.` `Jan. 5.`).
    static let maximumSkipped = 3

    /// Whether the sentence has only capitalized Latin words (at most `maximumWords`), figures
    /// and punctuation, and at least one word or figure: a dateline, or the day of one that the
    /// splitter cut off after the month's abbreviation (`Washington, Dec.` `16.`).
    static func isDateline(_ sentence: Int, in article: Article) -> Bool {
        let span = article.sentences[sentence]
        let tokens = article.tokens
        var index = GistWords.firstToken(at: span.start, in: tokens)
        var words = 0
        var figures = 0
        while index < tokens.count && tokens[index].start < span.end {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .latin:
                // A Latin token starts on its first letter.
                guard article.scalars[token.start].properties.isUppercase else { return false }
                words += 1
                if words > maximumWords { return false }
            case .number:
                figures += 1
            case .punct:
                continue
            case .word, .symbol:
                return false
            }
        }
        return words + figures > 0
    }

    /// The sentences to cut a gist from: `chosen`, unless it is one dateline sentence, then the
    /// first sentence with text after the datelines that follow it (`chosen` when there is none).
    static func skipping(_ chosen: [Int], in article: Article) -> [Int] {
        guard chosen.count == 1, isDateline(chosen[0], in: article) else { return chosen }
        var next = chosen[0] + 1
        var skipped = 1
        while next < article.sentences.count && skipped <= maximumSkipped {
            let span = article.sentences[next]
            let hasText = article.scalars[span.range].contains { !$0.isWhiteSpace }
            if hasText && !isDateline(next, in: article) { return [next] }
            if hasText { skipped += 1 }
            next += 1
        }
        return chosen
    }
}
