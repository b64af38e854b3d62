/// Calendar dates written with 年, 月, 日: `2023年` "2023", `2018年6月` "2018-06",
/// `6月17日` "--06-17", `17日` "---17", `2023年度` "2023", `3月初` and `2018年底`
/// (approximate), `90年代` "199" (a decade), `公元618年` "0618", `公元前221年` "-0220",
/// `20世纪` "19" (a century), and `2018-06-17`.
struct DateReader {
    let text: [Unicode.Scalar]

    func read(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard numeral.isInteger, numeral.approx == nil, let value = Numeral.smallInt(numeral.value)
        else { return nil }
        if let iso = readISO(numeral) { return iso }
        let era = eraBefore(numeral.start)
        if text[at] == "世", let century = readCentury(value, era: era, after: at) {
            return century
        }
        switch text[at] {
        case "年":
            if let era {
                // 公元九百六十年, 公元前221年: the era makes any number of digits a year.
                // Before the common era the year is astronomical, 1 BC being year 0.
                return readYear(era == .beforeCommonEra ? 1 - value : value, after: at + 1)
            }
            if at + 1 < text.count, text[at + 1] == "代", value % 10 == 0, value >= 1000,
                value < 3000
            {
                // 1990年代: the decade, its first three digits.
                return Reading(
                    kind: .date, value: .date(String(value / 10)), unit: nil, end: at + 2)
            }
            if isYear(numeral) { return readYear(value, after: at + 1) }
            if at + 1 < text.count, text[at + 1] == "代", value % 10 == 0, value >= 10,
                value < 100
            {
                return Reading(kind: .date, value: .date("19\(value / 10)"), unit: nil, end: at + 2)
            }
            return nil
        case "月":
            guard (1...12).contains(value), !numeral.digitString || numeral.digitCount <= 2 else {
                return nil
            }
            return readMonth(prefix: "-", month: value, after: at + 1)
        case "日":
            // 日元 is money; 七日年化 (seven-day annualised), 三十日内, 十五日以内 count days: a
            // day of the month runs into no year and bounds no span.
            guard (1...31).contains(value), numeral.digitCount <= 2,
                at + 1 >= text.count || !"元圆圓年内".unicodeScalars.contains(text[at + 1]),
                text.match("以内", at: at + 1) == nil, text.match("之内", at: at + 1) == nil
            else { return nil }
            return Reading(
                kind: .date, value: .date("---" + Self.twoDigits(value)), unit: nil,
                end: at + 1)
        default:
            return nil
        }
    }

    enum Era { case common, beforeCommonEra }

    /// 公元 or 公元前 right before the numeral: it dates it.
    private func eraBefore(_ start: Int) -> Era? {
        var end = start
        while end > 0, Numeral.isInlineSpace(text[end - 1]) { end -= 1 }
        guard end >= 2, text[end - 1] == "元" || text[end - 1] == "前" else { return nil }
        if end >= 3, text.match("公元前", at: end - 3) != nil { return .beforeCommonEra }
        if end >= 2, text.match("公元", at: end - 2) != nil { return .common }
        return nil
    }

    /// `20世纪` "19", `十八世纪中叶` "17" (about), `20世纪80年代` "198", `公元前5世纪` "-04":
    /// a century is the ISO 8601 hundred of its years (the 20th holds 1900-1999), a decade
    /// named after it its ten; nil when no 世纪 follows the era's numeral.
    private func readCentury(_ century: Int, era: Era?, after at: Int) -> Reading? {
        guard let centuryEnd = text.match("世纪", at: at), (1...99).contains(century) else {
            return nil
        }
        let hundreds = Self.twoDigits(century - 1)
        let iso = era == .beforeCommonEra ? "-" + hundreds : hundreds
        let next = text.skippingSpaces(from: centuryEnd)
        if era != .beforeCommonEra, next < text.count, Numeral.canStartNumeral(text[next]),
            let decade = NumeralReader(text: text).read(at: next), decade.low == nil,
            decade.approx == nil, let tens = Numeral.smallInt(decade.value), tens % 10 == 0,
            (0...90).contains(tens), text.match("年代", at: decade.end) != nil
        {
            let decadeEnd = decade.end + 2
            let approx: Approximation? = period(at: decadeEnd) == nil ? nil : .about
            return Reading(
                kind: .date, value: .date(iso + String(tens / 10)), unit: nil,
                end: period(at: decadeEnd) ?? decadeEnd, approx: approx)
        }
        if let periodEnd = centuryPeriod(at: centuryEnd) {
            return Reading(
                kind: .date, value: .date(iso), unit: nil, end: periodEnd, approx: .about)
        }
        return Reading(kind: .date, value: .date(iso), unit: nil, end: centuryEnd)
    }

    /// 初, 末, 中叶, 上半叶, 下半叶: a part of a century.
    private func centuryPeriod(at index: Int) -> Int? {
        for part in ["中叶", "上半叶", "下半叶"] {
            if let end = text.match(part, at: index) { return end }
        }
        guard index < text.count, text[index] == "初" || text[index] == "末" else { return nil }
        return index + 1
    }

    /// `the 1930s`: a decade, its first three digits.
    func englishDecade(_ numeral: ReadNumber) -> Reading? {
        let end = numeral.end
        guard !numeral.isChinese, numeral.isInteger, numeral.end - numeral.start == 4,
            let value = Numeral.smallInt(numeral.value), value % 10 == 0, value >= 1000,
            value < 3000, end < text.count, text[end] == "s",
            end + 1 >= text.count || Numeral.latinLower(text[end + 1]) == nil
        else { return nil }
        return Reading(kind: .date, value: .date(String(value / 10)), unit: nil, end: end + 1)
    }

    /// `in 2022`, `since 1998`: a year after an English preposition.
    func englishYear(_ numeral: ReadNumber) -> Reading? {
        guard !numeral.isChinese, let value = Numeral.smallInt(numeral.value), numeral.digitString,
            numeral.digitCount == 4,
            (1800...2199).contains(value), numeral.start >= 3,
            text[numeral.start - 1] == " "
        else { return nil }
        var wordStart = numeral.start - 1
        while wordStart > 0, Numeral.latinLower(text[wordStart - 1]) != nil { wordStart -= 1 }
        let word = text.string(wordStart, numeral.start - 1).lowercased()
        guard Self.yearPrepositions.contains(word) else { return nil }
        return Reading(kind: .date, value: .date(String(value)), unit: nil, end: numeral.end)
    }

    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
        "early", "late", "mid", "through",
    ]

    /// Four digits between 1000 and 2999, Arabic or Chinese (`二〇二三`).
    private func isYear(_ numeral: ReadNumber) -> Bool {
        numeral.digitString && numeral.digitCount == 4 && numeral.value >= 1000
            && numeral.value < 3000
    }

    private func readYear(_ year: Int, after: Int) -> Reading {
        var end = after
        let year = Self.isoYear(year)
        let next = text.skippingSpaces(from: end)
        if next < text.count, text[next] == "度" {
            return Reading(kind: .date, value: .date(year), unit: nil, end: next + 1)
        }
        if let month = readMonthAfterYear(year, at: next) { return month }
        var approx: Approximation?
        if let periodEnd = period(at: end) {
            end = periodEnd
            approx = .about
        }
        return Reading(kind: .date, value: .date(year), unit: nil, end: end, approx: approx)
    }

    private func readMonthAfterYear(_ year: String, at: Int) -> Reading? {
        guard at < text.count, Numeral.canStartNumeral(text[at]),
            let month = NumeralReader(text: text).read(at: at), month.low == nil,
            let monthValue = Numeral.smallInt(month.value), (1...12).contains(monthValue),
            month.end < text.count, text[text.skippingSpaces(from: month.end)] == "月"
        else { return nil }
        return readMonth(
            prefix: year, month: monthValue,
            after: text.skippingSpaces(from: month.end) + 1)
    }

    /// After `M月`: a day (`17日`, `17号`), or a part of the month (`初`, `底`, `下旬`),
    /// or `份`.
    private func readMonth(prefix: String, month: Int, after: Int) -> Reading {
        let monthISO = prefix + "-" + Self.twoDigits(month)
        let next = text.skippingSpaces(from: after)
        if next < text.count, Numeral.canStartNumeral(text[next]),
            let day = NumeralReader(text: text).read(at: next), day.low == nil,
            let dayValue = Numeral.smallInt(day.value), (1...31).contains(dayValue),
            day.end < text.count
        {
            let mark = text.skippingSpaces(from: day.end)
            if mark < text.count, text[mark] == "日" || text[mark] == "号" || text[mark] == "號" {
                let iso = monthISO + "-" + Self.twoDigits(dayValue)
                return Reading(kind: .date, value: .date(iso), unit: nil, end: mark + 1)
            }
        }
        if let periodEnd = period(at: after) {
            return Reading(
                kind: .date, value: .date(monthISO), unit: nil, end: periodEnd, approx: .about)
        }
        if after < text.count, text[after] == "份" {
            return Reading(kind: .date, value: .date(monthISO), unit: nil, end: after + 1)
        }
        return Reading(kind: .date, value: .date(monthISO), unit: nil, end: after)
    }

    /// 初, 底, 末, 中, 上旬, 中旬, 下旬: a part of a year or month, so the date is approximate.
    private func period(at index: Int) -> Int? {
        guard index < text.count else { return nil }
        if index + 1 < text.count, text[index + 1] == "旬",
            text[index] == "上" || text[index] == "中" || text[index] == "下"
        {
            return index + 2
        }
        switch text[index] {
        case "初", "底", "末": return index + 1
        case "中":
            // 年中 and 月中 are periods; 中国 or 中旬 after a year are not.
            if index + 1 < text.count, Numeral.isHan(text[index + 1]) { return nil }
            return index + 1
        default: return nil
        }
    }

    /// `2018-06-17`, `2018/6/17`, `2018.06.17`.
    private func readISO(_ numeral: ReadNumber) -> Reading? {
        guard isYear(numeral), !numeral.isChinese, numeral.end + 1 < text.count else { return nil }
        let separator = text[numeral.end]
        guard separator == "-" || separator == "/" || separator == "." else { return nil }
        guard let (month, monthEnd) = twoDigitNumber(at: numeral.end + 1), (1...12).contains(month),
            monthEnd < text.count, text[monthEnd] == separator,
            let (day, dayEnd) = twoDigitNumber(at: monthEnd + 1), (1...31).contains(day),
            dayEnd == text.count || Numeral.arabicDigit(text[dayEnd]) == nil
        else { return nil }
        let iso =
            "\(Numeral.smallInt(numeral.value) ?? 0)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
        return Reading(kind: .date, value: .date(iso), unit: nil, end: dayEnd)
    }

    private func twoDigitNumber(at index: Int) -> (Int, Int)? {
        var value = 0
        var end = index
        while end < text.count, end - index < 2, let digit = Numeral.arabicDigit(text[end]) {
            value = value * 10 + digit
            end += 1
        }
        return end > index ? (value, end) : nil
    }

    /// ISO 8601 writes a year with four digits at least, and a minus before the common era.
    static func isoYear(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count))
            + digits
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
