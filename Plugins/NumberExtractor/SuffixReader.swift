/// Reads what follows a numeral: times (of day, of a race), dates, percent signs and words,
/// 成 and 折, currencies, durations, measures, classifiers, in that order of precedence.
struct SuffixReader {
    let text: [Unicode.Scalar]
    let words: WordGuard

    func read(_ numeral: ReadNumber, unitsAllowed: Bool) -> Reading {
        var value = numeral.value
        var end = numeral.end
        var at = text.skippingSpaces(from: end)
        if let (scaled, after) = englishScale(numeral, at: at) {
            value = scaled
            end = after
            at = text.skippingSpaces(from: end)
        }
        guard unitsAllowed else { return .bare(value, end: end) }
        if end == numeral.end, let decade = DateReader(text: text).englishDecade(numeral) {
            return decade
        }
        if end == numeral.end, let year = DateReader(text: text).englishYear(numeral) {
            if at >= text.count || Numeral.latinLower(text[at]) == nil
                || UnitTables.durations.longestMatch(in: text, at: at) == nil
            {
                return year
            }
        }
        guard at < text.count else { return .bare(value, end: end) }
        if let (scaled, after) = emptyClassifier(value, numeral: numeral, at: at) {
            // 三个亿, 0.5个比特币: 个 before a magnitude or a currency counts nothing.
            var amount = numeral
            amount.value = scaled
            amount.end = after
            amount.exact = nil
            let reading = read(amount, unitsAllowed: true)
            return reading.kind == .number || reading.kind == .money
                ? reading : Reading.bare(scaled, end: after)
        }
        // The first reading, in order of precedence, that ends where a word ends.
        for step in 0..<7 {
            let candidate: Reading?
            switch step {
            case 0:
                candidate =
                    TimeReader(text: text).read(numeral, at: at)
                    ?? EnglishRaceTime(text: text).read(numeral, at: at)
            case 1: candidate = DateReader(text: text).read(numeral, at: at)
            case 2: candidate = readPercent(value, at: at)
            case 3: candidate = readTenths(value, numeral: numeral, at: at)
            case 4: candidate = MoneyReader(text: text, words: words).read(value, at: at)
            case 5:
                candidate =
                    EnglishTemperature(text: text).read(numeral, at: at)
                    ?? readUnit(value, at: at, numeralStart: numeral.start)
            default: candidate = englishOrdinalSuffix(numeral, at: end)
            }
            if let reading = candidate,
                words.acceptsEnd(reading.end, numeralStart: numeral.start, in: text)
            {
                return reading
            }
        }
        return .bare(value, end: end)
    }

    /// 个 right before a magnitude (`三个亿`: the value times it) or a currency word
    /// (`0.5个比特币`: the value as it is), and where the magnitudes end.
    private func emptyClassifier(_ value: Double, numeral: ReadNumber, at: Int) -> (Double, Int)? {
        guard at + 1 < text.count else { return nil }
        guard text[at] == "个" || text[at] == "個" else {
            return currencyAfterClassifier(at: at).map { (value, $0) }
        }
        var exponent = 0
        var end = at + 1
        while end < text.count, let magnitude = Numeral.magnitudeExponent(text[end]) {
            exponent += magnitude
            end += 1
        }
        if exponent > 0 {
            // 三个万人小区: 个 counts the 小区 (万人 is a word, or 万 heads a noun). An amount
            // ends there, or goes on with its currency or a verb (十个亿建设).
            if UnitTables.currencies.longestMatch(in: text, at: end) == nil {
                guard words.isBoundary(end) else { return nil }
                if end < text.count, Numeral.isHan(text[end]),
                    !"vdpcu".unicodeScalars.contains(words.tag(at: end)?.family ?? "n")
                {
                    return nil
                }
            }
            return (
                numeral.decimal?.times(pow10: exponent) ?? value * DecimalNumber.power(exponent),
                end
            )
        }
        guard UnitTables.currencies.longestMatch(in: text, at: at + 1) != nil else { return nil }
        return (value, at + 1)
    }

    /// `一万五千枚比特币`, `两千枚比特币`: a currency's name right after a one-character
    /// measure word (of the table or the lexicon's `q`) is what the number counts, so the
    /// amount is money in it, as after 个. Not when a noun follows the currency's name
    /// (三枚日元硬币 counts coins). Where the classifier ends, for the currency to be read.
    private func currencyAfterClassifier(at: Int) -> Int? {
        // The currency first: the cheaper test, and it rules out nearly every classifier.
        // 张 counts banknotes (五张人民币: five notes of unknown worth), not units of money.
        // A code or sign after the measure word opens the amount after it (一笔EUR 2,400,000):
        // only a currency's Chinese name is what the number counts.
        guard Numeral.isHan(text[at]), text[at] != "张", text[at] != "張", at + 1 < text.count,
            Numeral.isHan(text[at + 1]),
            let (_, currencyEnd) = UnitTables.currencies.longestMatch(in: text, at: at + 1),
            currencyEnd - at > 2, words.isBoundary(currencyEnd),
            UnitTables.classifiers.longestMatch(in: text, at: at)?.end == at + 1
                || words.classifier(at: at)?.end == at + 1,
            words.tag(at: currencyEnd)?.family != "n"
        else { return nil }
        return at + 1
    }

    /// `55.5%`, `５％`, `3 percent`, `3个百分点`.
    private func readPercent(_ value: Double, at: Int) -> Reading? {
        if let (factor, after) = UnitTables.percentSigns.longestMatch(in: text, at: at) {
            return Reading(kind: .percent, value: .number(value * factor), unit: nil, end: after)
        }
        if let after = UnitTables.percentagePoints.longestMatch(in: text, at: at, spaced: true)?.end
        {
            return Reading(
                kind: .percent, value: .number(value), unit: "percentage_point", end: after)
        }
        return nil
    }

    /// `4.14 billion`, `5bn`, `40 thousand`.
    private func englishScale(_ numeral: ReadNumber, at: Int) -> (Double, Int)? {
        guard !numeral.isChinese, at < text.count, Numeral.latinLower(text[at]) != nil,
            let (exponent, after) = UnitTables.englishScales.longestMatch(in: text, at: at)
        else { return nil }
        let value =
            numeral.decimal?.times(pow10: exponent)
            ?? numeral.value * DecimalNumber.power(exponent)
        return (value, after)
    }

    /// 成 (tenths: `9成` 90%, `七成六` 76%, `三成半` 35%) and 折 (a price as a share of
    /// the full one: `75折` 75%, `九折` 90%, `八点五折` 85%).
    private func readTenths(_ value: Double, numeral: ReadNumber, at: Int) -> Reading? {
        let scalar = text[at]
        if scalar == "成", value > 0, value <= 10 {
            var percent = value * 10
            var end = at + 1
            let next = text.skippingSpaces(from: end)
            if next < text.count,
                let digit = Numeral.chineseDigit(text[next]) ?? Numeral.arabicDigit(text[next]),
                digit > 0, isLast(next + 1)
            {
                percent += Double(digit)
                end = next + 1
            } else if next < text.count, text[next] == "半" {
                percent += 5
                end = next + 1
            }
            return Reading(kind: .percent, value: .number(percent), unit: nil, end: end)
        }
        if scalar == "折", value > 0, value < 100 {
            let percent = value < 10 ? value * 10 : value
            return Reading(kind: .percent, value: .number(percent), unit: nil, end: at + 1)
        }
        return nil
    }

    /// Whether nothing numeric follows an offset (`七成六` ends at 六, `七成六十` does not).
    private func isLast(_ offset: Int) -> Bool {
        guard offset < text.count else { return true }
        let scalar = text[offset]
        return !Numeral.canStartNumeral(scalar) && Numeral.magnitudeExponent(scalar) == nil
    }

    /// Durations (with `个多月`, `个半小时`, `一年半`), measures, then counts. `一季度`
    /// without 个 is the first quarter of a year, an ordinal.
    private func readUnit(_ value: Double, at: Int, numeralStart: Int) -> Reading? {
        if let span = readLooseDuration(value, at: at) { return span }
        if let end = text.match("季度", at: at) {
            return Reading(kind: .ordinal, value: .number(value), unit: "quarter", end: end)
        }
        // Durations first, then measures; no array of the two tables (each copy of a table
        // retains its five arrays).
        if let (info, after) = UnitTables.durations.longestMatch(in: text, at: at)
            ?? UnitTables.measures.longestMatch(in: text, at: at)
        {
            return withHalf(
                Reading(kind: info.kind, value: .number(value), unit: info.unit, end: after))
        }
        return readCount(value, at: at, numeralStart: numeralStart)
    }

    /// `3个多月` (more than 3 months), `一个半小时` (1.5 hours).
    private func readLooseDuration(_ value: Double, at: Int) -> Reading? {
        guard at + 2 < text.count, text[at] == "个" || text[at] == "個" else { return nil }
        let hedge = text[at + 1]
        guard hedge == "多" || hedge == "半" || hedge == "余" else { return nil }
        var unit: (value: UnitInfo, end: Int)? = UnitTables.durations.longestMatch(
            in: text, at: at + 2)
        if text[at + 2] == "月" { unit = (UnitInfo(kind: .duration, unit: "month"), at + 3) }
        guard let (info, after) = unit else { return nil }
        let amount = hedge == "半" ? value + 0.5 : value
        return Reading(
            kind: .duration, value: .number(amount), unit: info.unit, end: after,
            approx: hedge == "半" ? nil : .moreThan)
    }

    /// `一年半`, `一吨半`, `十五斤半`: a half after the unit.
    private func withHalf(_ reading: Reading) -> Reading {
        guard reading.end < text.count, text[reading.end] == "半",
            case .number(let value) =
                reading.value
        else { return reading }
        var result = reading
        result.value = .number(value + 0.5)
        result.end += 1
        return result
    }

    /// A classifier from the table, or a word the lexicon tags as one (`q`).
    private func readCount(_ value: Double, at: Int, numeralStart: Int) -> Reading? {
        if let (info, after) = UnitTables.classifiers.longestMatch(in: text, at: at) {
            if info.unit == "大" {
                guard isBigOrdinal(after) else { return nil }
                if isCongress(numeralStart: numeralStart, after: after) {
                    return Reading(kind: .ordinal, value: .number(value), unit: "大", end: after)
                }
            }
            if info.unit == "打" {
                // A dozen: counted in items, as a reader means it (五十打 is 600).
                return Reading(kind: .count, value: .number(value * 12), unit: "个", end: after)
            }
            return Reading(
                kind: .count, value: .number(value), unit: text.string(at, after), end: after)
        }
        if let token = words.classifier(at: at), token.end - token.start <= 3 {
            return Reading(
                kind: .count, value: .number(value), unit: text.string(token.start, token.end),
                end: token.end)
        }
        if let end = words.numeralWordEnd(from: numeralStart, after: at, in: text),
            !Self.isSayingNumber(value)
        {
            if let (approx, hedgeEnd) = UnitTables.hedgeSuffixes.longestMatch(in: text, at: at),
                hedgeEnd >= end, words.isBoundary(hedgeEnd)
            {
                // 四十出头, 五十开|外: the lexicon's numeral word ends in a hedge, not in a
                // measure word: the number, more than it (as 四十多), counts nothing.
                return Reading(
                    kind: .number, value: .number(value), unit: nil, end: hedgeEnd, approx: approx)
            }
            // 几十户, 一万步: the lexicon's numeral word goes on with the thing counted.
            return Reading(
                kind: .count, value: .number(value), unit: text.string(at, end), end: end)
        }
        if let end = words.guessedMeasureWordEnd(from: numeralStart, after: at, in: text) {
            return Reading(
                kind: .count, value: .number(value), unit: text.string(at, end), end: end)
        }
        return englishCount(value, at: at, numeralStart: numeralStart)
    }

    /// 十万八千里, 三百六十行: the lexicon holds a number from a hundred up with two digits or
    /// more that are no zero, with a tail the tables lack, as one word where the whole is a
    /// saying (a distance too far to bridge, all trades); the counts it writes as one word
    /// with such a tail have a round number (两万步, 一千步) or a small one (十二分, 十五分:
    /// points, which stay).
    private static func isSayingNumber(_ value: Double) -> Bool {
        guard value >= 100, value < 1e15, value == value.rounded() else { return false }
        var rest = Int(value)
        var nonZero = 0
        while rest > 0 {
            if rest % 10 != 0 { nonZero += 1 }
            rest /= 10
        }
        return nonZero >= 2
    }

    /// `党的二十大`, `十八大以来`: the Nth party congress, an ordinal, not N major things.
    private func isCongress(numeralStart: Int, after: Int) -> Bool {
        if numeralStart >= 1, text[numeralStart - 1] == "党" { return true }
        if numeralStart >= 2, text[numeralStart - 1] == "的", text[numeralStart - 2] == "党" {
            return true
        }
        for word in ["以来", "精神", "报告", "代表", "召开", "期间", "胜利", "开幕", "闭幕"]
        where text.match(word, at: after) != nil {
            return true
        }
        return false
    }

    /// `15大战略领域`, `三大高地`: 大 as "major" before a noun, not 大于 or a lone 大.
    private func isBigOrdinal(_ after: Int) -> Bool {
        guard after < text.count, Numeral.isHan(text[after]) else { return false }
        return !"于約约概多量幅致都小".unicodeScalars.contains(text[after])
    }

    /// `300 workers`: an English plural noun after a number counts it.
    private func englishCount(_ value: Double, at: Int, numeralStart: Int) -> Reading? {
        // `one` is as often a pronoun (no one knows) as a number.
        guard at > 0, Numeral.isInlineSpace(text[at - 1]),
            Numeral.arabicDigit(text[numeralStart]) != nil || value != 1
        else { return nil }
        var end = at
        while end < text.count, let letter = Numeral.latinLower(text[end]), letter == text[end] {
            end += 1
        }
        let word = text.string(at, end)
        guard end - at >= 3, end == text.count || Numeral.latinLower(text[end]) == nil,
            text[end - 1] == "s" || word == "people", !EnglishWords.notNouns.contains(word)
        else { return nil }
        return Reading(kind: .count, value: .number(value), unit: word, end: end)
    }

    /// `1st`, `22nd`, `3rd`, `4th`.
    private func englishOrdinalSuffix(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard !numeral.isChinese, numeral.isInteger, at + 1 < text.count else { return nil }
        let pair = text.string(at, at + 2).lowercased()
        guard ["st", "nd", "rd", "th"].contains(pair),
            at + 2 == text.count || Numeral.latinLower(text[at + 2]) == nil
        else { return nil }
        let next = text.skippingSpaces(from: at + 2)
        if let centuryEnd = text.match("century", at: next), numeral.value >= 1,
            numeral.value < 100
        {
            // the 17th century: the 1600s, written as a century's first two digits.
            return Reading(
                kind: .date, value: .date(DateReader.twoDigits(Int(numeral.value) - 1)),
                unit: nil, end: centuryEnd)
        }
        return Reading(kind: .ordinal, value: .number(numeral.value), unit: nil, end: at + 2)
    }
}
