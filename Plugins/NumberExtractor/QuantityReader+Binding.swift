extension QuantityReader {
    /// The precision gate for Chinese numerals: a numeral is a figure when something binds it
    /// as a quantity: a unit, a classifier, a currency, a percent, a date (any kind but a bare
    /// number), a sign or a hedge, a span, or a numeral of places the grammar read (九十,
    /// 一百二). A lone digit character with none of these is, far more often than a figure, a
    /// character of another word the cut left bare (零容忍, 评价不一, 一类): it gives nothing
    /// unless a unit or a measure word starts right after it (两|吨重, where the cut glued the
    /// unit to the next word), a digit from two up counts the noun after it (三原则), it
    /// closes a word of the people it counts (兄弟俩, 她们仨), or it stands where a quantity
    /// goes (降至零, 这是五, 排名前三), or alone. Chinese digits read
    /// one by one with no unit are a name or a code (三一重卡), never a figure.
    func isBound(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        guard quantity.kind == .number, quantity.unit == nil, numeral.isChinese,
            quantity.start == numeral.start, quantity.end == numeral.end,
            numeral.approx == nil, numeral.low == nil
        else { return true }
        // Chinese digits read one by one with no unit (长沙五一商圈, 三一重卡, 九三学社): a
        // name or a code; a year has its 年, a figure its places (五十一).
        if numeral.digitString { return false }
        guard numeral.end - numeral.start == 1 else { return true }
        // 俩 and 仨 hold their measure word (两个, 三个): they count people wherever they
        // stand (兄弟俩, 我们|俩).
        if Self.countsWithClassifier.contains(text[numeral.start])
            || (startsUnit(at: numeral.end) && !isOneBeforeNoun(numeral))
        {
            return true
        }
        if countsANounDirectly(numeral) { return true }
        // A numeral standing alone (the whole text, or alone in quotes: “一”和“五”) names
        // itself.
        if numeral.start == 0 && numeral.end == text.count { return true }
        guard numeral.start > 0 else { return false }
        let before = text[numeral.start - 1]
        if before == "“", numeral.end < text.count, text[numeral.end] == "”" { return true }
        // 降至零, 比分变为二: the end point of a change is a quantity position; so is what
        // 是 equates (这是五) and what 前 ranks (排名前三).
        return Self.quantityPositions.contains(before) && !isZeroPrefix(numeral)
    }

    /// 三原则, 五省区, 两国: written Chinese counts a noun with a digit and no measure word.
    /// Only from two up: 一 before a noun is as often a word or a name (《问答》一书, 一院, 一江水)
    /// as a count, and 零 before one says "no" (零事故, 零容忍).
    private func countsANounDirectly(_ numeral: ReadNumber) -> Bool {
        guard let digit = Numeral.chineseDigit(text[numeral.start]), digit >= 2,
            words.tag(at: numeral.end)?.family == "n"
        else { return false }
        // 五|菱宏光: a name the segmenter only guessed holds the digit, counts nothing.
        return !words.isGuessedWord(at: numeral.end, in: text)
    }

    /// 一|球迷, 一|球队: a lone 一 before a noun of the lexicon that only opens with a unit's
    /// character is "a" before that noun (as 一 before any noun, see `countsANounDirectly`).
    private func isOneBeforeNoun(_ numeral: ReadNumber) -> Bool {
        guard Numeral.chineseDigit(text[numeral.start]) == 1,
            let end = words.tokenEnd(at: numeral.end), end - numeral.end >= 2
        else { return false }
        return words.tag(at: numeral.end)?.family == "n"
    }

    /// 零容忍, 零增长, 零距离: a lone 零 right before a verb, an adjective or a noun is the
    /// prefix "zero-" of a compound, which says "none" and is no figure, whatever stands before
    /// it (行为|零容忍 looks like 为 零, "becomes zero"); the zero a change ends at closes its
    /// clause (降至零。).
    private func isZeroPrefix(_ numeral: ReadNumber) -> Bool {
        guard text[numeral.start] == "零" || text[numeral.start] == "〇",
            let family = words.tag(at: numeral.end)?.family
        else { return false }
        return family == "v" || family == "a" || family == "n"
    }

    private static let countsWithClassifier = ScalarSet("俩倆仨")

    /// Characters after which a lone numeral stands where a quantity goes: the end point of a
    /// change or a comparison (至, 到, 为, 达, 于), what 是 equates, and what 前 ranks.
    private static let quantityPositions = ScalarSet("至到为為達达于是前")
}
