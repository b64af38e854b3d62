import PresswatchCore

/// Turns an article's tokens into the units the tagger counts, Chinese and English alike.
///
/// Words are looked up straight from the article's scalars (no `String` per token). English:
/// stop words go, words are case folded except names, and a run of capitalised words
/// (`European Central Bank`) becomes one name.
struct UnitBuilder {
    let tokens: [Token]
    let stopWords: StopWords
    /// Where byline names occur in the text: no token touching them counts, however the
    /// segmenter split them (`林旭` + `东摄`).
    let blockedSpans: [Range<Int>]

    private(set) var units: [TermUnit] = []
    private(set) var interner: TermInterner
    private var lastEnd = -1

    init(article: Article, stopWords: StopWords, bylineNames: Set<String>) {
        self.tokens = article.tokens
        self.stopWords = stopWords
        self.blockedSpans = Self.occurrences(of: bylineNames, in: article.scalars)
        // Room for the distinct words of a page; the table grows past that. Sized by the
        // tokens, its slots alone took 8 bytes a token and more, written over whole (64 MB
        // for an input of 16 MB), while an input's distinct words are far fewer.
        self.interner = TermInterner(capacity: min(article.tokens.count, 1 << 15))
        units.reserveCapacity(article.tokens.count)
    }

    /// Builds the units of `text`, the article's scalars.
    mutating func build(_ text: UnsafeBufferPointer<UInt32>) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.start < token.end, token.end <= text.count else {
                index += 1
                continue
            }
            if !blockedSpans.isEmpty
                && blockedSpans.contains(where: { $0.overlaps(token.start..<token.end) })
            {
                lastEnd = -1
                index += 1
            } else if isLatinWord(token, text) {
                index = addLatin(from: index, text)
            } else {
                addChinese(token, text)
                index += 1
            }
        }
    }

    private func isLatinWord(_ token: Token, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        guard token.kind == .latin || token.kind == .word else { return false }
        let first = text[token.start]
        return (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
    }

    /// Whether only spaces (no line end, no punctuation) lie between `lastEnd` and `start`.
    private func adjacent(_ start: Int, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        guard lastEnd >= 0, lastEnd <= start else { return false }
        for offset in lastEnd..<start where text[offset] != 0x20 && text[offset] != 0x09 {
            return false
        }
        return true
    }

    /// Adds a unit for `key`; a nil role only breaks the run of adjacent units.
    mutating func addUnit(
        _ key: UnsafeBufferPointer<UInt32>, hash: UInt64, start: Int, end: Int,
        role: TermUnit.Role?, isVerb: Bool = false, isGeneric: Bool = false, isLatin: Bool,
        text: UnsafeBufferPointer<UInt32>
    ) {
        guard let role else {
            lastEnd = -1
            return
        }
        let id = interner.id(of: key, hash: hash, latin: isLatin)
        units.append(
            TermUnit(
                id: id, start: start, role: role, isVerb: isVerb, isGeneric: isGeneric,
                isGenericVerb: isGeneric && isVerb,
                joinsPrevious: adjacent(start, text)))
        lastEnd = end
    }

    private mutating func addChinese(_ token: Token, _ text: UnsafeBufferPointer<UInt32>) {
        guard token.kind == .word || token.kind == .latin else {
            lastEnd = -1
            return
        }
        let key = UnsafeBufferPointer(rebasing: text[token.start..<token.end])
        let hash = scalarHash(key)
        let stop = stopWords.kind(of: key, hash: hash)
        let tagClass = TagClass(token.tag)
        var role: TermUnit.Role?
        if stop == .function || tagClass == .dropped || key.allSatisfy(isNumeral)
            || key.contains(where: { (0x30...0x39).contains($0) || (0xFF10...0xFF19).contains($0) })
        {
            role = nil
        } else if key.count >= 2 && stop == nil
            && (tagClass == .standsAlone || tagClass == .verb)
        {
            role = .content
        } else {
            role = .part
        }
        let isVerb = tagClass == .verb
        addUnit(
            key, hash: hash, start: token.start, end: token.end, role: role, isVerb: isVerb,
            isGeneric: stop == .generic, isLatin: false, text: text)
    }

    private static func occurrences(of names: Set<String>, in scalars: [Unicode.Scalar])
        -> [Range<Int>]
    {
        var spans: [Range<Int>] = []
        for name in names {
            let needle = Array(name.unicodeScalars)
            guard needle.count >= 2, needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count)
            where scalars[start] == needle[0]
                && scalars[start..<(start + needle.count)].elementsEqual(needle)
            {
                spans.append(start..<(start + needle.count))
            }
        }
        return spans
    }
}
