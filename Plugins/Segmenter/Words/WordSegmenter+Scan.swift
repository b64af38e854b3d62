import PresswatchCore

/// The scan over a range: each scalar's class decides which scanner makes the next token.
extension WordSegmenter {
    static let ordinalPrefix: UInt32 = 0x7B2C  // 第
    static let numeralTag = PartOfSpeech("m")
    static let englishTag = PartOfSpeech("eng")
    static let punctuationTag = PartOfSpeech("x")

    func tokenize(_ cursor: ScalarCursor, from start: Int, into tokens: inout [Token]) {
        var index = start
        while index < cursor.end {
            let scalarClass = cursor.scalarClass(at: index)
            switch scalarClass {
            case .space:
                index += 1
            case .han:
                index = scanHan(cursor, from: index, into: &tokens)
            case .digit:
                index = appendNumber(cursor, from: index, start: index, into: &tokens)
            case .letter:
                index = appendLatin(cursor, from: index, into: &tokens)
            case .otherLetter:
                let end = cursor.otherScriptEnd(from: index)
                tokens.append(Token(span: Span(start: index, end: end), kind: .word))
                index = end
            case .punct, .symbol, .mark:
                if cursor.signStartsNumber(at: index, rangeStart: start) {
                    index = appendNumber(cursor, from: index, start: index, into: &tokens)
                } else {
                    index = appendPunctuation(cursor, scalarClass, from: index, into: &tokens)
                }
            }
        }
    }

    /// A run of ideographs; an ordinal 第 right before digits goes with the number (`第6`), and
    /// digits written with 〇 are one number (`二〇二三`).
    private func scanHan(_ cursor: ScalarCursor, from start: Int, into tokens: inout [Token])
        -> Int
    {
        var end = start + 1
        var zero = -1
        while end < cursor.end && cursor.scalarClass(at: end) == .han {
            if cursor.text[end] == Self.chineseZero && zero < 0 { zero = end }
            end += 1
        }
        if cursor.text[start] == Self.chineseZero { zero = start }
        if zero >= 0 {
            let numeral = chineseDigitsAround(zero, in: cursor, within: start..<end)
            segmentHan(cursor.text, start..<numeral.lowerBound, into: &tokens)
            tokens.append(
                Token(
                    span: Span(start: numeral.lowerBound, end: numeral.upperBound), kind: .number,
                    tag: Self.numeralTag))
            return numeral.upperBound
        }
        if cursor.isDigit(at: end), cursor.text[end - 1] == Self.ordinalPrefix {
            segmentHan(cursor.text, start..<(end - 1), into: &tokens)
            return appendNumber(cursor, from: end, start: end - 1, into: &tokens)
        }
        segmentHan(cursor.text, start..<end, into: &tokens)
        return end
    }

    static let chineseZero: UInt32 = 0x3007  // 〇

    /// The run of Chinese digits 〇 一 二 ... 九 around `index`, inside `bounds`.
    private func chineseDigitsAround(
        _ index: Int, in cursor: ScalarCursor, within bounds: Range<Int>
    ) -> Range<Int> {
        var lower = index
        while lower > bounds.lowerBound && Self.isChineseDigit(cursor.text[lower - 1]) {
            lower -= 1
        }
        var upper = index + 1
        while upper < bounds.upperBound && Self.isChineseDigit(cursor.text[upper]) { upper += 1 }
        return lower..<upper
    }

    static func isChineseDigit(_ value: UInt32) -> Bool {
        switch value {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
            0x4E5D:
            true  // 〇 零 一 二 三 四 五 六 七 八 九
        default: false
        }
    }

    /// A number (or an e-mail address, or a Latin word starting with digits) from `index`;
    /// the token starts at `start` (before `index` for a leading 第).
    private func appendNumber(
        _ cursor: ScalarCursor, from index: Int, start: Int, into tokens: inout [Token]
    ) -> Int {
        if start == index, let end = cursor.emailEnd(from: index) {
            tokens.append(
                Token(span: Span(start: index, end: end), kind: .latin, tag: Self.englishTag))
            return end
        }
        let (end, isLatin) = cursor.numberEnd(from: index)
        tokens.append(
            Token(
                span: Span(start: start, end: end), kind: isLatin ? .latin : .number,
                tag: isLatin ? Self.englishTag : Self.numeralTag))
        return end
    }

    private func appendLatin(_ cursor: ScalarCursor, from index: Int, into tokens: inout [Token])
        -> Int
    {
        if let end = cursor.urlEnd(from: index) ?? cursor.emailEnd(from: index) {
            tokens.append(
                Token(span: Span(start: index, end: end), kind: .latin, tag: Self.englishTag))
            return end
        }
        let end = cursor.latinEnd(from: index)
        if cursor.classIfAny(at: end) == .han, let word = mixedWord(cursor, from: index, after: end)
        {
            tokens.append(
                Token(span: Span(start: index, end: word.end), kind: .word, tag: word.tag))
            return word.end
        }
        tokens.append(
            Token(span: Span(start: index, end: end), kind: .latin, tag: Self.englishTag))
        return end
    }

    /// The longest lexicon word that starts with the Latin word `start..<latinEnd` and goes on
    /// into the ideographs after it (`A股`, `T恤`, `IP地址`), if any.
    private func mixedWord(_ cursor: ScalarCursor, from start: Int, after latinEnd: Int)
        -> (end: Int, tag: PartOfSpeech?)?
    {
        let trie = lexicon.trie
        var node = LexiconTrie.root
        var found: (end: Int, node: Int32)?
        var position = start
        while position < cursor.end {
            if position >= latinEnd && cursor.scalarClass(at: position) != .han { break }
            node = trie.child(of: node, cursor.text[position])
            guard node >= 0 else { break }
            position += 1
            if position > latinEnd && trie.nodes[Int(node)].hasWord { found = (position, node) }
        }
        guard let found else { return nil }
        return (found.end, lexicon.tag(ofNode: found.node))
    }

    /// One punctuation mark or symbol; a run of the same dash, dot or ellipsis (`——`, `……`,
    /// `...`) stays one token.
    private func appendPunctuation(
        _ cursor: ScalarCursor, _ scalarClass: ScalarClass, from index: Int,
        into tokens: inout [Token]
    ) -> Int {
        let scalar = cursor.text[index]
        var end = index + 1
        if Self.repeatsAsOne(scalar) {
            while cursor.scalar(at: end) == scalar { end += 1 }
        }
        tokens.append(
            Token(
                span: Span(start: index, end: end), kind: scalarClass == .punct ? .punct : .symbol,
                tag: Self.punctuationTag))
        return end
    }

    static func repeatsAsOne(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2026, 0x2014, 0x2015, 0x2500, 0x2D, 0x2E, 0x00B7, 0x30FB, 0xFF0D, 0x7E, 0xFF5E,
            0x3002, 0x21, 0x3F, 0xFF01, 0xFF1F, 0x2A, 0x3D, 0x5F:
            true
        default: false
        }
    }
}
