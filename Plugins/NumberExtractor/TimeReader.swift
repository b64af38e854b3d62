/// Times of day and race times, each read as one quantity: a clock time is a date with only
/// its ISO 8601 time (`晚8点` "T20", `凌晨2时37分` "T02:37", `19:30` "T19:30", `7:45 p.m.`
/// "T19:45"); a race time is a duration in seconds (`9秒83` 9.83, `3分28秒` 208,
/// `2小时05分30秒` 7530, `2:21:34` 8494, `3:43.13` 223.13). Without this grammar the parts
/// of a time come out as numbers of their own (9 seconds and 83).
struct TimeReader {
    let text: [Unicode.Scalar]

    // MARK: Chinese, after the first numeral

    /// The time that goes on from the numeral's unit at `at`: 秒 with two digits of
    /// hundredths, 分…秒, 小时…分…秒; 点 or 时 of a clock.
    func read(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard numeral.isInteger, numeral.approx == nil, at < text.count else { return nil }
        let value = numeral.value
        switch text[at] {
        case "秒": return hundredths(after: at + 1).map { raceTime(value + $0.0, end: $0.1) }
        case "分": return minutesAndSeconds(value, after: at + 1)
        case "小":
            guard let hourEnd = text.match("小时", at: at),
                let minutes = whole(at: hourEnd, below: 60), minutes.end < text.count,
                text[minutes.end] == "分",
                let rest = minutesAndSeconds(Double(minutes.value), after: minutes.end + 1)
            else { return nil }
            guard case .number(let seconds) = rest.value else { return nil }
            return raceTime(value * 3600 + seconds, end: rest.end)
        case "点", "时", "點", "時": return clock(numeral, at: at)
        default: return nil
        }
    }

    /// `3分28秒`, `2分05秒12`: minutes, then seconds with 秒 and maybe their hundredths.
    private func minutesAndSeconds(_ minutes: Double, after index: Int) -> Reading? {
        guard let seconds = whole(at: index, below: 60), seconds.end < text.count,
            text[seconds.end] == "秒"
        else { return nil }
        var total = minutes * 60 + Double(seconds.value)
        var end = seconds.end + 1
        if let (fraction, after) = hundredths(after: end) {
            total += fraction
            end = after
        }
        return raceTime(total, end: end)
    }

    /// Two digits right after 秒, Arabic (`9秒83`) or Chinese read one by one (`九秒九七`,
    /// `十二秒零八`): hundredths of a second; three Arabic digits: thousandths (`40秒875`);
    /// one digit: tenths (`十秒九`). Split, the Chinese digits were a number of their own (九七
    /// as 97). Not 两 (`三秒两次`: two of something), and not digits that go on as a numeral
    /// (`十秒三十`).
    private func hundredths(after index: Int) -> (Double, Int)? {
        guard index + 1 < text.count else { return nil }
        // 9秒83, 40秒875: two or three Arabic digits are the second's decimals, as timing to
        // the hundredth or the thousandth writes them (short track, sprints).
        var end = index
        var digits = 0
        while end < text.count, end - index < 4, let digit = Numeral.arabicDigit(text[end]) {
            digits = digits * 10 + digit
            end += 1
        }
        if end - index == 2 || (end - index == 3 && !startsUnit(at: end)) {
            return (Double(digits) / (end - index == 2 ? 100 : 1000), end)
        }
        if end - index == 4 { return nil }
        if let tens = spokenDigit(text[index]), let ones = spokenDigit(text[index + 1]) {
            guard endsDigits(at: index + 2) else { return nil }
            return (Double(tens * 10 + ones) / 100, index + 2)
        }
        // 十秒九, 二十三秒五, 10秒9: one digit is tenths, unless it counts what follows
        // (三秒一次, 五秒一个: once every three seconds).
        guard let tenths = spokenDigit(text[index]) ?? Numeral.arabicDigit(text[index]),
            endsDigits(at: index + 1), !startsUnit(at: index + 1)
        else { return nil }
        return (Double(tenths) / 10, index + 1)
    }

    /// Whether no more of a numeral goes on at `index` (a digit, a place, a magnitude, 点).
    private func endsDigits(at index: Int) -> Bool {
        guard index < text.count else { return true }
        let next = text[index]
        return Numeral.chineseDigit(next) == nil && Numeral.arabicDigit(next) == nil
            && Numeral.chineseUnit(next) == nil && Numeral.magnitudeExponent(next) == nil
            && !Numeral.isChineseDecimalPoint(next) && !Numeral.isDecimalPoint(next)
    }

    /// Whether a classifier, a measure or a span of time of the tables starts at `index`.
    private func startsUnit(at index: Int) -> Bool {
        UnitTables.classifiers.longestMatch(in: text, at: index) != nil
            || UnitTables.measures.longestMatch(in: text, at: index) != nil
            || UnitTables.durations.longestMatch(in: text, at: index) != nil
            || UnitTables.currencyChain.longestMatch(in: text, at: index) != nil
    }

    /// A Chinese digit as said in a string of digits (〇 and 零 are 0), never 两, 俩 or 仨.
    private func spokenDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard !"两兩俩倆仨".unicodeScalars.contains(scalar) else { return nil }
        return Numeral.chineseDigit(scalar)
    }

    private func raceTime(_ seconds: Double, end: Int) -> Reading {
        Reading(
            kind: .duration, value: .number((seconds * 1000).rounded() / 1000), unit: "second",
            end: end)
    }

    /// `8点`, `三点半`, `2时37分`, `十点`: an hour of the clock. 点 or 时 with minutes (分)
    /// or a half (半) is a time wherever it stands; a bare hour only after a part of the day
    /// (晚上, 凌晨), a day (8日), or 北京时间, since `3点` alone may be three points.
    private func clock(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard let hour = Numeral.smallInt(numeral.value), (0...24).contains(hour) else {
            return nil
        }
        let part = dayPart(before: numeral.start) ?? partOfSpanStart(before: numeral.start)
        var minute: Int?
        var oClock = false
        var end = at + 1
        if end < text.count, text[end] == "半" {
            minute = 30
            end += 1
        } else if let minutes = whole(at: end, below: 60), minutes.end < text.count,
            text[minutes.end] == "分", minutes.end + 1 >= text.count || text[minutes.end + 1] != "钟"
        {
            minute = minutes.value
            end = minutes.end + 1
        } else if let after = text.match("钟", at: end) {
            end = after
            oClock = true
        }
        // 8时 in Arabic digits is always an hour (a span of hours is 8小时); 四时 and 一时
        // are words too.
        let arabicHour = text[at] != "点" && text[at] != "點" && !numeral.isChinese
        guard minute != nil || part != nil || oClock || arabicHour else { return nil }
        let shifted = Self.shift(hour, by: part ?? .asWritten)
        var iso = "T" + DateReader.twoDigits(shifted)
        if let minute { iso += ":" + DateReader.twoDigits(minute) }
        return Reading(kind: .date, value: .date(iso), unit: nil, end: end)
    }

    /// Whether 点 at `point` is a clock's, not a decimal point: a half (`三点半`) or minutes
    /// with 分 (`三点五十分`) follow, or a part of the day comes before and no digit after
    /// (`下午三点`).
    func isClockPoint(_ point: Int, numeralStart: Int) -> Bool {
        guard text[point] == "点" || text[point] == "點", point + 1 < text.count else {
            return point + 1 >= text.count && dayPart(before: numeralStart) != nil
        }
        if text[point + 1] == "半" { return true }
        if let minutes = whole(at: point + 1, below: 60), minutes.end < text.count,
            text[minutes.end] == "分", text.match("分之", at: minutes.end) == nil
        {
            return true
        }
        return Numeral.chineseDigit(text[point + 1]) == nil
            && Numeral.arabicDigit(text[point + 1]) == nil && dayPart(before: numeralStart) != nil
    }

    /// A whole number below `limit` at `index` (`05`, `28`, `三十七`), and where it ends.
    private func whole(at index: Int, below limit: Int) -> (value: Int, end: Int)? {
        guard index < text.count, Numeral.canStartNumeral(text[index]),
            let numeral = NumeralReader(text: text).read(at: index), numeral.isInteger,
            numeral.approx == nil, let value = Numeral.smallInt(numeral.value), value < limit
        else { return nil }
        return (value, numeral.end)
    }

    /// `上午9点到11点`, `8时至18时`: the right end of a span of hours takes the left end's
    /// part of the day (as written when it has none).
    private func partOfSpanStart(before start: Int) -> DayPart? {
        guard start >= 3, "到至-—~～".unicodeScalars.contains(text[start - 1]),
            "点時时分半钟點".unicodeScalars.contains(text[start - 2])
        else { return nil }
        var leftStart = start - 2
        while leftStart > 0,
            Numeral.canStartNumeral(text[leftStart - 1])
                || "点時时分半點".unicodeScalars.contains(text[leftStart - 1])
        {
            leftStart -= 1
        }
        guard leftStart < start - 2, Numeral.canStartNumeral(text[leftStart]) else { return nil }
        return dayPart(before: leftStart) ?? .asWritten
    }

    // MARK: parts of the day

    enum DayPart {
        /// 上午, 凌晨, 北京时间, 8日: the hour as written.
        case asWritten
        /// 下午, 晚上: afternoon and evening, 1 to 11 are 13 to 23.
        case evening
        /// 夜里, 深夜: 6 to 11 are evening hours, 1 to 5 after midnight.
        case night
        /// 中午: 1 and 2 are 13 and 14.
        case noon
    }

    /// Words that name a part of the day right before an hour, longest first.
    private static let dayParts: [([Unicode.Scalar], DayPart)] = [
        ("北京时间", DayPart.asWritten), ("当地时间", .asWritten), ("凌晨", .asWritten),
        ("早上", .asWritten), ("早晨", .asWritten), ("清晨", .asWritten), ("上午", .asWritten),
        ("今早", .asWritten), ("明早", .asWritten), ("午夜", .asWritten), ("中午", .noon),
        ("下午", .evening), ("傍晚", .evening), ("晚上", .evening), ("今晚", .evening),
        ("昨晚", .evening), ("明晚", .evening), ("当晚", .evening), ("夜里", .night),
        ("夜间", .night), ("深夜", .night), ("早", .asWritten), ("晚", .evening), ("日", .asWritten),
        ("号", .asWritten),
    ].map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.0.count > $1.0.count }

    /// The part of the day named right before `start`, if any.
    func dayPart(before start: Int) -> DayPart? {
        var end = start
        while end > 0, Numeral.isInlineSpace(text[end - 1]) { end -= 1 }
        for (word, part) in Self.dayParts where end >= word.count {
            if Array(text[(end - word.count)..<end]) == word { return part }
        }
        return nil
    }

    static func shift(_ hour: Int, by part: DayPart) -> Int {
        switch part {
        case .asWritten: return hour
        case .evening: return hour >= 1 && hour < 12 ? hour + 12 : hour
        case .night: return hour >= 6 && hour < 12 ? hour + 12 : hour
        case .noon: return hour >= 1 && hour < 6 ? hour + 12 : hour
        }
    }

    // MARK: colon forms, at the first digit

    /// `19:30`, `8:05`, `7:45 p.m.` (a clock time); `2:21:34`, `3:43.13` (a race time).
    /// Two parts are a clock only when the minutes have two digits and the hour is one of
    /// the day's; `3:1` and `以21:19` are scores, read as their two numbers.
    func readColon(at start: Int) -> Quantity? {
        guard let first = digits(at: start), first.count <= 2, let second = colonPart(first.end)
        else { return nil }
        var parts = [first.value, second.value]
        var end = second.end
        if let third = colonPart(end) {
            parts.append(third.value)
            end = third.end
        }
        var fraction = 0.0
        if end + 1 < text.count, text[end] == ".", let decimals = digits(at: end + 1) {
            fraction = Double(decimals.value) / pow10(decimals.count)
            end = decimals.end
        }
        guard end >= text.count || Numeral.latinLower(text[end]) == nil || isMeridiem(end)
        else { return nil }
        if parts.count == 3 || fraction > 0 {
            guard parts.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
            let seconds = Double(parts.reduce(0) { $0 * 60 + $1 }) + fraction
            return Quantity(
                start: start, end: end, kind: .duration, value: .number(seconds),
                unit: "second", approx: nil)
        }
        guard parts[0] <= 24, parts[1] < 60, !isScore(before: start) else { return nil }
        var hour = parts[0]
        if let (pm, after) = meridiem(at: end) {
            if pm, hour < 12 { hour += 12 }
            if !pm, hour == 12 { hour = 0 }
            end = after
        } else if let part = dayPart(before: start) {
            hour = Self.shift(hour, by: part)
        }
        return Quantity(
            start: start, end: end, kind: .date,
            value: .date("T" + DateReader.twoDigits(hour) + ":" + DateReader.twoDigits(parts[1])),
            unit: nil, approx: nil)
    }

    private func pow10(_ count: Int) -> Double {
        var value = 1.0
        for _ in 0..<count { value *= 10 }
        return value
    }

    /// `:05` after `end`: exactly two digits.
    private func colonPart(_ end: Int) -> (value: Int, end: Int)? {
        guard end + 1 < text.count, text[end] == ":" || text[end] == "：",
            let part = digits(at: end + 1), part.count == 2
        else { return nil }
        return (part.value, part.end)
    }

    private func digits(at index: Int) -> (value: Int, count: Int, end: Int)? {
        var end = index
        var value = 0
        while end < text.count, end - index < 9, let digit = Numeral.arabicDigit(text[end]) {
            value = value * 10 + digit
            end += 1
        }
        guard end > index, end >= text.count || Numeral.arabicDigit(text[end]) == nil else {
            return nil
        }
        return (value, end - index, end)
    }

    /// 以21:19, 比分为11:13, 比分定格在21:19: the Chinese frames of a score.
    private func isScore(before start: Int) -> Bool {
        var index = start
        while index > 0, Numeral.isInlineSpace(text[index - 1]) { index -= 1 }
        if index > 0, text[index - 1] == "以" { return true }
        for offset in 2...6 where index >= offset {
            if text.match("比分", at: index - offset) != nil { return true }
        }
        return false
    }

    private func isMeridiem(_ index: Int) -> Bool { meridiem(at: index) != nil }

    /// ` a.m.`, ` pm`, `PM` after a clock time: whether it is after noon, and its end.
    private func meridiem(at index: Int) -> (Bool, Int)? {
        let start = text.skippingSpaces(from: index)
        for (word, pm) in [("p.m.", true), ("a.m.", false), ("pm", true), ("am", false)] {
            guard let end = matchLower(word, at: start),
                end >= text.count || Numeral.latinLower(text[end]) == nil
            else { continue }
            return (pm, end)
        }
        return nil
    }

    private func matchLower(_ word: String, at index: Int) -> Int? {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < text.count,
                text[position] == scalar || Numeral.latinLower(text[position]) == scalar
            else { return nil }
            position += 1
        }
        return position
    }
}
