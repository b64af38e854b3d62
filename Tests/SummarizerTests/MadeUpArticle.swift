import PresswatchCore

/// Articles written by hand for the ranking tests: each sentence a list of words (with an
/// optional part-of-speech tag after a slash), so the tokens are exactly what the test says.
enum MadeUpArticle {
    /// `paragraphs` of sentences of words like `"征兵/v"` or `"。"`; words join without spaces
    /// unless `spaced` (English), where a space goes before every word but punctuation.
    static func make(
        _ paragraphs: [[[String]]], headline: String? = nil, kicker: String? = nil,
        spaced: Bool = false
    ) -> Article {
        var texts: [String] = []
        var sentences: [Span] = []
        var tokens: [Token] = []
        var offset = 0
        for paragraph in paragraphs {
            var text = ""
            for (index, sentence) in paragraph.enumerated() {
                if spaced && index > 0 {
                    text += " "
                    offset += 1
                }
                let start = offset
                for (position, entry) in sentence.enumerated() {
                    let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
                    let word = parts[0]
                    let kind = kindOf(word)
                    if spaced && position > 0 && kind != .punct {
                        text += " "
                        offset += 1
                    }
                    let count = word.unicodeScalars.count
                    let tag = parts.count > 1 ? PartOfSpeech(parts[1]) : nil
                    tokens.append(
                        Token(span: Span(start: offset, end: offset + count), kind: kind, tag: tag))
                    text += word
                    offset += count
                }
                sentences.append(Span(start: start, end: offset))
            }
            texts.append(text)
            offset += 1
        }
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: max(paragraphs.count, 1)),
            paragraphs: texts, headline: headline, kicker: kicker)
        article.sentences = sentences
        article.tokens = tokens
        return article
    }

    static func kindOf(_ word: String) -> TokenKind {
        guard let first = word.unicodeScalars.first else { return .punct }
        if first.properties.numericType != nil && first.isASCII { return .number }
        if first.isASCII && first.properties.isAlphabetic { return .latin }
        if first.properties.generalCategory.isPunctuation { return .punct }
        return .word
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
