import PresswatchCore

/// Turns an article's tokens into the units the tagger counts, Chinese and English alike.
///
/// English: stop words go, words are case folded except names, and a run of capitalised
/// words (`European Central Bank`) becomes one name.
struct UnitBuilder {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let stopWords: StopWords
    /// Byline names and their parts: never a keyword nor part of one.
    let blocked: Set<String>

    private(set) var units: [TermUnit] = []
    private(set) var interner: TermInterner
    private var lastEnd = -1

    init(article: Article, stopWords: StopWords, blocked: Set<String>) {
        self.scalars = article.scalars
        // Spaces between English words may come as tokens of their own; they join, not part.
        self.tokens = article.tokens.filter { token in
            token.kind == .word || token.kind == .latin || token.kind == .number
                || !article.scalars[
                    min(token.start, article.scalars.count)..<min(token.end, article.scalars.count)
                ]
                .allSatisfy(\.properties.isWhitespace)
        }
        self.stopWords = stopWords
        self.blocked = blocked
        self.interner = TermInterner(capacity: article.tokens.count)
        units.reserveCapacity(article.tokens.count)
    }

    mutating func build() {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.end <= scalars.count, token.start < token.end else {
                index += 1
                continue
            }
            if isLatinWord(token) {
                index = addLatin(from: index)
            } else {
                addChinese(token)
                index += 1
            }
        }
    }

    private func isLatinWord(_ token: Token) -> Bool {
        guard token.kind == .latin || token.kind == .word else { return false }
        let first = scalars[token.start]
        return first.isASCII && first.properties.isAlphabetic
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// Whether only spaces (no line end, no punctuation) lie between `lastEnd` and `start`.
    private func adjacent(_ start: Int) -> Bool {
        guard lastEnd >= 0, lastEnd <= start else { return false }
        for offset in lastEnd..<start where scalars[offset] != " " && scalars[offset] != "\t" {
            return false
        }
        return true
    }

    mutating func addUnit(
        _ text: String, start: Int, end: Int, role: TermUnit.Role?, isVerb: Bool = false,
        isLatin: Bool
    ) {
        guard let role, !blocked.contains(text) else { return }
        let id = interner.id(of: text, latin: isLatin)
        units.append(
            TermUnit(
                id: id, start: start, role: role, isVerb: isVerb, isLatin: isLatin,
                joinsPrevious: adjacent(start)))
        lastEnd = end
    }

    private mutating func addChinese(_ token: Token) {
        guard token.kind == .word || token.kind == .latin else { return }
        let slice = scalars[token.start..<token.end]
        let word = text(token.start, token.end)
        let tag = token.tag?.rawValue
        let role = chineseRole(text: word, scalars: slice, tag: tag, stopWords: stopWords)
        addUnit(
            word, start: token.start, end: token.end, role: role, isVerb: tag == "v",
            isLatin: false)
    }
}
