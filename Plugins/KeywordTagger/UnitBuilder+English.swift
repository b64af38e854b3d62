import PresswatchCore

extension UnitBuilder {
    /// Adds the latin word at `index`, or the name that starts there; returns the next index.
    mutating func addLatin(from index: Int) -> Int {
        let token = tokens[index]
        let word = textOf(token)
        if isCapitalised(token) {
            let nameEnd = capitalisedRunEnd(from: index)
            if nameEnd - index >= 2 {
                return addName(index, nameEnd)
            }
            if !isSentenceStart(token.start) || isAcronym(token) {
                let role: TermUnit.Role? =
                    stopWords.function.contains(word.lowercased()) ? nil : .content
                addLatinUnit(word, token, role: role)
                return index + 1
            }
        }
        let folded = word.lowercased()
        addLatinUnit(folded, token, role: englishRole(folded, length: token.end - token.start))
        return index + 1
    }

    private func englishRole(_ folded: String, length: Int) -> TermUnit.Role? {
        if stopWords.function.contains(folded) || stopWords.generic.contains(folded) { return nil }
        return length >= 3 ? .content : nil
    }

    private mutating func addLatinUnit(_ text: String, _ token: Token, role: TermUnit.Role?) {
        addUnit(text, start: token.start, end: token.end, role: role, isLatin: true)
    }

    /// A run of capitalised words, less a leading stop word (`The`), as one name.
    private mutating func addName(_ first: Int, _ end: Int) -> Int {
        var start = first
        while start < end - 1, stopWords.function.contains(textOf(tokens[start]).lowercased()) {
            start += 1
        }
        if start == end - 1 {
            // Only one word is left: an ordinary capitalised word after its article.
            return addLatin(from: start)
        }
        var name = ""
        for index in start..<end {
            if index > start { name += " " }
            name += textOf(tokens[index])
        }
        addUnit(
            name, start: tokens[start].start, end: tokens[end - 1].end, role: .content,
            isLatin: true)
        return end
    }

    /// The index after the capitalised words that follow `index` with single spaces between.
    private func capitalisedRunEnd(from index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, isCapitalised(tokens[end]),
            tokens[end].start == tokens[end - 1].end + 1, scalars[tokens[end - 1].end] == " "
        {
            end += 1
        }
        return end
    }

    func isCapitalised(_ token: Token) -> Bool {
        token.kind != .number && token.start < scalars.count
            && scalars[token.start].properties.isUppercase
    }

    private func isAcronym(_ token: Token) -> Bool {
        token.end - token.start >= 2
            && scalars[token.start..<token.end].allSatisfy { !$0.properties.isLowercase }
    }

    /// Whether a word opens a sentence (or a paragraph), where capitals say nothing.
    private func isSentenceStart(_ start: Int) -> Bool {
        var offset = start - 1
        while offset >= 0, scalars[offset] == " " || scalars[offset] == "\t" { offset -= 1 }
        guard offset >= 0 else { return true }
        switch scalars[offset] {
        case "\n", ".", "!", "?", "\"", "\u{201C}", "'", "\u{2018}", ":", "(", "\u{3002}":
            return true
        default: return false
        }
    }

    private func textOf(_ token: Token) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.start..<token.end])
        return String(view)
    }
}
