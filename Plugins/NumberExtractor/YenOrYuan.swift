/// ¥ and ￥ are the sign of both the yuan and the yen. A Chinese page means the yuan unless
/// its sentence names Japan or its money (在日本的售价为¥49,980, 东京, 日元, yen): the
/// evidence is read only for the few amounts written with the shared sign, and only within
/// the sentence of the amount.
enum YenOrYuan {
    /// The code for an amount whose sign is `code` read at `signStart`.
    static func code(_ code: String, signStart: Int, in text: [Unicode.Scalar]) -> String {
        guard code == "CNY", text[signStart] == "¥" || text[signStart] == "￥" else { return code }
        var start = signStart
        while start > 0, signStart - start < reach, !isSentenceEnd(text[start - 1]) { start -= 1 }
        var end = signStart
        while end < text.count, end - signStart < reach, !isSentenceEnd(text[end]) { end += 1 }
        for offset in start..<end where japanWords.longestMatch(in: text, at: offset) != nil {
            // An English word from its start only (not the yen of Cheyenne).
            if offset == 0 || Numeral.latinLower(text[offset - 1]) == nil { return "JPY" }
        }
        return code
    }

    /// How far from the sign a sentence is searched, either way: a long sentence stops here.
    private static let reach = 80

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "\n", "!", "?", ";": return true
        default: return false
        }
    }

    /// Japan, its money and its largest cities, in Chinese and English (lower case: the
    /// table matches Latin letters case-insensitively).
    private static let japanWords = WordTable<Bool>(
        ["日本", "日元", "日圆", "东京", "大阪", "japan", "tokyo", "osaka", "yen"].map { ($0, true) })
}
