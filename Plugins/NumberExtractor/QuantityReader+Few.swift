extension QuantityReader {
    /// `几年`, `几个月`, `几分钱`: 几 alone before a unit of time or of money is "a few", the
    /// span two to nine of that unit, as 几十 is 20 to 90 (`几分钱` 0.02~0.09 CNY). Only with
    /// such a unit after it (几乎 and 茶几 are words, 几 bare is nothing; 几度 is "several
    /// times" as often as degrees, so no measure); not in a question, where it asks how many
    /// (`你几岁？`) and says no figure, nor after a demonstrative (这几天: lately). Before a
    /// count's classifier (几个人, 几家) the older lists name no figure, so neither does this.
    func readFewAlone(at start: Int) -> Quantity? {
        guard text[start] == "几" || text[start] == "幾", start + 1 < text.count,
            start == 0 || !Self.demonstratives.contains(text[start - 1]),
            !isQuestion(from: start)
        else { return nil }
        var few = ReadNumber(value: 2, start: start, end: start + 1)
        few.isChinese = true
        few.low = 2
        few.high = 9
        let kind = suffixes.read(few, unitsAllowed: true).kind
        guard kind == .duration || kind == .money,
            let quantity = complete(few, spanStart: start, sign: 1),
            quantity.end > start + 1, quantity.unit != nil
        else { return nil }
        return quantity
    }

    /// 这几天, 那几年: after a demonstrative, 几 and its unit point at a stretch of time
    /// ("these days", lately), as 这一年 points at one year; neither counts.
    private static let demonstratives = ScalarSet("这這那此")

    /// Whether the sentence holding `start` ends with a question mark.
    private func isQuestion(from start: Int) -> Bool {
        var index = start + 1
        while index < text.count {
            switch text[index] {
            case "？", "?": return true
            case "。", "！", "!", "\n": return false
            default: index += 1
            }
        }
        return false
    }
}
