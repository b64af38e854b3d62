import PresswatchCore

extension QuantityReader {
    /// 一等奖, 三等奖, 二等功, 一等座: a small numeral with 等 (grade) before a noun is a
    /// rank, the ordinal of its grade like 第一名, with the unit 等. The lexicon writes most
    /// of these as one noun or phrase (三等奖 nz, 二等功 l), so the numeral ends inside a word
    /// and the general reading finds nothing; where it writes the grade alone (三等 m), a noun
    /// must follow. 一等就是三个小时 ("once one waits") has no noun after 一等, and stays out.
    func readGrade(at start: Int) -> Quantity? {
        // The characters first: the grades are 一等 to 十等, one digit or 十 and 等.
        guard start + 2 < text.count, text[start + 1] == "等",
            let value = Numeral.chineseDigit(text[start]) ?? Numeral.chineseUnit(text[start]),
            value >= 1, value <= 10, !"两兩倆俩仨".unicodeScalars.contains(text[start]),
            let wordEnd = words.tokenEnd(at: start), let family = words.tag(at: start)?.family
        else { return nil }
        let gradeEnd = start + 2
        if wordEnd > gradeEnd {
            // One word of numeral, 等 and a noun (三等奖): a noun or a set phrase of the lexicon.
            guard family == "n" || family == "l" else { return nil }
        } else {
            // 三等|奖金 (a noun), 一等|座 (the seat, which the lexicon files as a classifier).
            guard wordEnd == gradeEnd, let next = words.tag(at: gradeEnd)?.family,
                next == "n" || next == "q"
            else { return nil }
        }
        return Quantity(
            start: start, end: gradeEnd, kind: .ordinal, value: .number(Double(value)), unit: "等",
            approx: nil)
    }

    /// 一类标准, 二类疫苗, 三类弱苗: a digit with 类 (class) set straight before a noun is a
    /// grade of that noun (Class I, II, III), like a tier (二线城市), no count. Chinese says a
    /// grade with 一, 二, 三 and never with 两, which counts (两类企业, two kinds of firms), and
    /// a count of kinds closes a list (消费、绿色消费等四类消费券).
    func isClassGrade(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        guard quantity.kind == .count, quantity.unit == "类" || quantity.unit == "類",
            quantity.start == numeral.start, numeral.end - numeral.start == 1,
            numeral.approx == nil, numeral.low == nil,
            let digit = Numeral.chineseDigit(text[numeral.start]), digit >= 1,
            text[numeral.start] != "两", text[numeral.start] != "兩",
            words.tag(at: quantity.end)?.family == "n"
        else { return false }
        return numeral.start == 0 || text[numeral.start - 1] != "等"
    }
}
