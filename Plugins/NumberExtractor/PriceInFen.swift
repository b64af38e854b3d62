/// `面值只有四分`, `票价才五分`: a bare 分 after a whole number is a fen (0.01 yuan) when its
/// clause is about a price or a face value, and points or a mark otherwise (`少三分`, `满分
/// 一百五十分`). The evidence is the clause's nouns before the numeral: the nearest one that
/// names a price (价 in it: 价格, 票价, 股价) or a worth (面值, 邮费, 零钱: ending in 值, 费 or
/// 钱) makes it money, while a word of points on the way (得分, 总分, 比分: 分 in it) or a verb
/// of scoring (得, 打, 评, 拿下, 领先) keeps it a score. With neither, it stays as it was read before
/// (a count of 分).
struct PriceInFen {
    let text: [Unicode.Scalar]
    let words: WordGuard

    /// Money in fen for `value` and the 分 at `at`, when the clause names a price. Only one to
    /// nine fen: ten are a 角 (毛), and a price says so (九十分 of a price would be 九毛).
    func read(_ value: Double, at: Int) -> Reading? {
        guard text[at] == "分", value == value.rounded(), value > 0, value < 10,
            words.isBoundary(at + 1), at + 1 >= text.count || !Self.goesOn.contains(text[at + 1]),
            namesPrice(before: numeralStart(endingAt: at))
        else { return nil }
        return Reading(
            kind: .money, value: .number(MoneyReader.rounded(value * 0.01)), unit: "CNY",
            end: at + 1)
    }

    /// 分钟, 分之, 分别, 分钱 (a currency word of its own): 分 heads another word there.
    private static let goesOn = ScalarSet("钟之别钱成为")

    /// Where the numeral before `end` starts.
    private func numeralStart(endingAt end: Int) -> Int {
        var start = end
        while start > 0,
            Numeral.canStartNumeral(text[start - 1])
                || Numeral.magnitudeExponent(text[start - 1]) != nil
        {
            start -= 1
        }
        return start
    }

    /// Walks the words of the clause back from `start`: a price noun first says money, a
    /// word holding 分 first says points.
    private func namesPrice(before start: Int) -> Bool {
        var end = start
        var seen = 0
        while end > 0, seen < Self.reach, !Self.clauseEnds.contains(text[end - 1]) {
            let wordStart = words.tokenStart(endingAt: end) ?? (end - 1)
            let word = text[wordStart..<end]
            if word.contains("分")
                || Self.scoringVerbs.contains(String(String.UnicodeScalarView(word)))
            {
                return false
            }
            if words.tag(endingAt: end)?.family == "n", let last = word.last,
                word.contains("价") || Self.worthEnds.contains(last)
            {
                return true
            }
            end = wordStart
            seen += 1
        }
        return false
    }

    /// How many words back the clause is searched.
    private static let reach = 12

    private static let worthEnds = ScalarSet("值费钱")

    /// Verbs of points scored, won or lost (性价比得了九分: a mark, whatever the noun).
    private static let scoringVerbs: Set<String> = [
        "得", "拿", "获", "夺", "扣", "失", "赢", "输", "丢", "打", "评", "拿下", "得到", "获得", "领先",
        "落后",
    ]
    private static let clauseEnds = ScalarSet("，。；：！？,;:!?\n")
}
