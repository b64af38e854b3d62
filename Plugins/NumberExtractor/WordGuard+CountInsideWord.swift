import PresswatchCore

extension WordGuard {
    /// 两国关系, 这两件事: the lexicon writes some counts together with the noun they count, as
    /// one noun or fixed phrase (n, l). 两 with a measure word of the tables at the head of
    /// such a word counts when the words around say so: the measure word counts places (两国,
    /// 两省, 两地: a place is never a figure of speech), or a demonstrative right before it
    /// points at the things counted (这两件事, 那两本书). 两 is the counting form of 2: it
    /// names no tier, rank or kind (二线, 二锅头, 三轮车), so only it is read so. Idioms (i)
    /// and names keep their numeral, and so do figures of speech with no such evidence
    /// (有两把刷子, 两回事).
    func countsInsideWord(
        _ token: Token, numeralStart: Int, end: Int, in text: [Unicode.Scalar]
    ) -> Bool {
        guard token.start == numeralStart, end == numeralStart + 2, token.end > end,
            text[numeralStart] == "两" || text[numeralStart] == "兩",
            token.tag == .noun || token.tag == PartOfSpeech("l"),
            UnitTables.classifiers.longestMatch(in: text, at: end - 1)?.end == end
        else { return false }
        if Self.placeClassifiers.contains(text[end - 1]) { return true }
        return numeralStart > 0 && Self.demonstratives.contains(text[numeralStart - 1])
    }

    private static let placeClassifiers = ScalarSet("国國省市县縣区區地")
    private static let demonstratives = ScalarSet("这這那")
}
