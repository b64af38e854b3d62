import PresswatchCore

extension UnitBuilder {
    /// Adds the latin word at `index`, or the name that starts there; returns the next index.
    mutating func addLatin(from index: Int, _ text: UnsafeBufferPointer<UInt32>) -> Int {
        let token = tokens[index]
        if isCapitalised(token, text) {
            let nameEnd = capitalisedRunEnd(from: index, text)
            if nameEnd - index >= 2 {
                return addName(index, nameEnd, text)
            }
            if !isSentenceStart(token.start, text) || isAcronym(token, text) {
                let word = Array(text[token.start..<token.end])
                addLatinUnit(word, token, text, role: isStopWord(folded(word)) ? nil : .content)
                return index + 1
            }
        }
        let word = folded(Array(text[token.start..<token.end]))
        let role: TermUnit.Role? = isStopWord(word) || word.count < 3 ? nil : .content
        addLatinUnit(word, token, text, role: role)
        return index + 1
    }

    private func isStopWord(_ word: [UInt32]) -> Bool {
        word.withUnsafeBufferPointer { stopWords.kind(of: $0, hash: scalarHash($0)) != nil }
    }

    private mutating func addLatinUnit(
        _ word: [UInt32], _ token: Token, _ text: UnsafeBufferPointer<UInt32>,
        role: TermUnit.Role?
    ) {
        word.withUnsafeBufferPointer { key in
            addUnit(
                key, hash: scalarHash(key), start: token.start, end: token.end, role: role,
                isLatin: true, text: text)
        }
    }

    /// A run of capitalised words, less a leading stop word (`The`), as one name.
    private mutating func addName(_ first: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt32>)
        -> Int
    {
        var start = first
        while start < end - 1,
            isStopWord(folded(Array(text[tokens[start].start..<tokens[start].end])))
        {
            start += 1
        }
        if start == end - 1 {
            // Only one word is left: an ordinary capitalised word after its article.
            return addLatin(from: start, text)
        }
        let span = tokens[start].start..<tokens[end - 1].end
        let name = Array(text[span])
        name.withUnsafeBufferPointer { key in
            addUnit(
                key, hash: scalarHash(key), start: span.lowerBound, end: span.upperBound,
                role: .content, isLatin: true, text: text)
        }
        return end
    }

    /// The index after the capitalised words that follow `index` with single spaces between.
    private func capitalisedRunEnd(from index: Int, _ text: UnsafeBufferPointer<UInt32>) -> Int {
        var end = index + 1
        while end < tokens.count, isCapitalised(tokens[end], text),
            tokens[end].start == tokens[end - 1].end + 1, text[tokens[end - 1].end] == 0x20
        {
            end += 1
        }
        return end
    }

    private func isCapitalised(_ token: Token, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        token.kind != .number && token.start < token.end && token.end <= text.count
            && (0x41...0x5A).contains(text[token.start])
    }

    private func isAcronym(_ token: Token, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        token.end - token.start >= 2
            && text[token.start..<token.end].allSatisfy { !(0x61...0x7A).contains($0) }
    }

    /// ASCII letters lowered; other scalars as they are.
    private func folded(_ word: [UInt32]) -> [UInt32] {
        word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// Whether a word opens a sentence (or a paragraph), where capitals say nothing.
    private func isSentenceStart(_ start: Int, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        var offset = start - 1
        while offset >= 0, text[offset] == 0x20 || text[offset] == 0x09 { offset -= 1 }
        guard offset >= 0 else { return true }
        switch text[offset] {
        case 0x0A, 0x2E, 0x21, 0x3F, 0x22, 0x201C, 0x27, 0x2018, 0x3A, 0x28, 0x3002:
            return true
        default: return false
        }
    }
}
