import PresswatchCore

/// A credit in brackets that closes a text: `……参加会见。（记者 张三 李四）` or a caption's
/// `（王强 摄）`, at the end of a line or alone on one.
struct ClosingCredit {
    /// The text before the credit, when the line holds more than the credit.
    var text: SourceLine?
    /// The credit itself, as a line of its own number.
    var credit: SourceLine
    var bylines: [Byline]

    /// The credit at the end of the line, when its bracket holds only bylines and the text
    /// before it (if any) ends a sentence: a bracket after a dateline opens a body instead.
    static func detect(_ line: SourceLine) -> ClosingCredit? {
        let trimmed = line.trimmed
        guard let last = trimmed.last, last == "）" || last == ")" else { return nil }
        let opening: Unicode.Scalar = last == "）" ? "（" : "("
        guard let open = trimmed.lastIndex(of: opening), trimmed.endIndex - open <= 40 else {
            return nil
        }
        let before = trimmed[..<open]
        guard before.isEmpty || ScalarText.endsSentence(before),
            let bylines = bylines(in: trimmed[(open + 1)..<(trimmed.endIndex - 1)])
        else { return nil }
        let credit = SourceLine(number: line.number, raw: Array(trimmed[open...]))
        let text = before.isEmpty ? nil : SourceLine(number: line.number, raw: Array(before))
        return ClosingCredit(text: text, credit: credit, bylines: bylines)
    }

    /// `记者 张三`, `记者 张三 通讯员 李四`, `张三 李四 摄`: a photo credit names its
    /// photographers before `摄`.
    private static func bylines(in inside: ArraySlice<Unicode.Scalar>) -> [Byline]? {
        var words = BylineParser.tokens(inside)
        if let last = words.last, last.last == "摄" {
            words[words.count - 1].removeLast()
            if words[words.count - 1].isEmpty { words.removeLast() }
            guard !words.isEmpty, words.allSatisfy(BylineParser.isName) else { return nil }
            return [Byline(role: .photographer, names: words.map(\.string))]
        }
        return BylineParser.parse(inside, defaultRole: nil)
    }
}
