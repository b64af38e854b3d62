extension QuantityReader {
    /// `$5m`, `US$1.2 billion`, `￥300`, `人民币 50元`, `RMB 5 million`.
    func readPrefixedMoney(at start: Int) -> Quantity? {
        guard
            let (signCode, prefixEnd) = UnitTables.currencyPrefixes.longestMatch(
                in: text, at: start)
        else { return nil }
        let code = CurrencyByCountry.code(
            signCode, word: start, prefixEnd, in: text)
        let numberStart = text.skippingSpaces(from: prefixEnd)
        guard numberStart < text.count, Numeral.canStartNumeral(text[numberStart]),
            let numeral = numerals.read(at: numberStart), numeral.low == nil
        else { return nil }
        var value = numeral.value
        var end = numeral.end
        if end < text.count, Numeral.latinLower(text[end]) == "m",
            end + 1 == text.count || Numeral.latinLower(text[end + 1]) == nil
        {
            value = numeral.decimal?.times(pow10: 6) ?? value * 1e6
            end += 1
        } else {
            let reading = suffixes.read(numeral, unitsAllowed: true)
            if reading.kind == .money, reading.unit == code,
                case .number(let amount) =
                    reading.value
            {
                value = amount
                end = reading.end
            } else if reading.kind == .number, case .number(let amount) = reading.value {
                value = amount
                end = reading.end
            }
        }
        var quantity = Quantity(
            start: start, end: end, kind: .money, value: .number(value), unit: code,
            approx: numeral.approx)
        guard words.isBoundary(end) else { return nil }
        addHedgeAfter(&quantity)
        addHedgeBefore(&quantity)
        return quantity
    }

    /// `半折` and `对折` (50%), `半百` (50), `半年`, `半个月`, `半小时` (0.5 of the unit).
    func readHalf(at start: Int) -> Quantity? {
        let scalar = text[start]
        guard start + 1 < text.count else { return nil }
        let next = text[start + 1]
        var quantity = Quantity(
            start: start, end: start + 2, kind: .percent, value: .number(50), unit: nil,
            approx: nil)
        if next == "折", scalar == "半" || scalar == "对" || scalar == "對" {
            return checked(quantity)
        }
        guard scalar == "半" else { return nil }
        // 上半年, 下半月, 前半生: the first or second half, a period and no amount.
        if start > 0, "上下前后".unicodeScalars.contains(text[start - 1]) { return nil }
        if next == "百" || next == "佰" {
            quantity.kind = .number
            return checked(quantity)
        }
        if let (info, after) = UnitTables.durations.longestMatch(in: text, at: start + 1),
            info.unit != "year_of_age"
        {
            quantity = Quantity(
                start: start, end: after, kind: .duration, value: .number(0.5), unit: info.unit,
                approx: nil)
            return checked(quantity)
        }
        return nil
    }

    /// `二分之一` 0.5, `三百五十又3分之1`, `负3分之负157`; with no digit before the place
    /// (`百分之五`, `千分之三`, `万分之四`) it is a percentage.
    func readFraction(_ denominator: ReadNumber, spanStart: Int, sign: Double) -> Quantity? {
        var whole = 0.0
        var base = denominator
        let next = text.skippingSpaces(from: denominator.end)
        if next < text.count, text[next] == "又",
            let inner = numerals.read(at: text.skippingSpaces(from: next + 1))
        {
            whole = denominator.value
            base = inner
        }
        guard base.value != 0, base.low == nil, let marker = fractionMark(after: base.end) else {
            return nil
        }
        var numeratorStart = marker
        var numeratorSign = 1.0
        if numeratorStart < text.count, Numeral.isChineseNegative(text[numeratorStart]) {
            numeratorSign = -1
            numeratorStart = text.skippingSpaces(from: numeratorStart + 1)
        }
        guard numeratorStart < text.count, let numerator = numerals.read(at: numeratorStart)
        else { return nil }
        // 百分之, 千分之, 万分之 with no digit before: a percentage (十二分之一 is a twelfth).
        let isPercent =
            !base.explicitLead && whole == 0 && (Self.powerOfTen(base.value) ?? 0) >= 2
        // One rounding: 3/7 is the double nearest three sevenths, 百分之0.07 is 0.07.
        func share(_ count: Double, decimal: DecimalNumber?) -> Double {
            guard isPercent else { return count / base.value }
            if let decimal, let exponent = Self.powerOfTen(base.value) {
                return decimal.times(pow10: 2 - exponent)
            }
            return count * 100 / base.value
        }
        let part = numeratorSign * share(numerator.value, decimal: numerator.decimal)
        var quantity = Quantity(
            start: spanStart, end: numerator.end, kind: isPercent ? .percent : .number,
            value: .number(sign * (whole + part)), unit: nil, approx: numerator.approx)
        if let low = numerator.low, let high = numerator.high {
            quantity.kind = .range
            quantity.value = .range(share(low, decimal: nil), share(high, decimal: nil))
            quantity.unit = isPercent ? "percent" : nil
        } else if !isPercent, case .number(let value) = quantity.value {
            // 四百三十五分之五吨: the unit after the numerator measures the fraction.
            var amount = ReadNumber(value: value, start: spanStart, end: numerator.end)
            amount.isChinese = numerator.isChinese
            let reading = suffixes.read(amount, unitsAllowed: true)
            if [.count, .measure, .duration, .money].contains(reading.kind) {
                quantity.kind = reading.kind
                quantity.value = reading.value
                quantity.unit = reading.unit
                quantity.end = reading.end
            }
        }
        return quantity
    }

    /// The exponent of 10, 100, 1000, 10000…, if the value is one of them.
    static func powerOfTen(_ value: Double) -> Int? {
        var power = 1.0
        for exponent in 0...16 {
            if power == value { return exponent }
            power *= 10
        }
        return nil
    }

    /// The offset after `分之` (spaces allowed: `分  之`), if it is there.
    private func fractionMark(after end: Int) -> Int? {
        let position = text.skippingSpaces(from: end)
        guard let after = text.match("分之", at: position, spaced: true) else { return nil }
        return text.skippingSpaces(from: after)
    }

    /// `18个以上`, `20分钟左右`, `3年多`: a hedge right after the quantity.
    func addHedgeAfter(_ quantity: inout Quantity) {
        guard quantity.kind != .date, quantity.kind != .ordinal, quantity.kind != .range else {
            return
        }
        let position = text.skippingSpaces(from: quantity.end)
        guard let (approx, end) = UnitTables.hedgeSuffixes.longestMatch(in: text, at: position),
            words.isBoundary(end)
        else { return }
        let single = end - position == 1
        if single && (quantity.approx != nil || quantity.kind == .number) { return }
        quantity.approx = quantity.approx ?? approx
        quantity.end = end
    }

    /// `约5亿元`, `不少于 100 个`, `more than 300 people`: a hedge right before it.
    func addHedgeBefore(_ quantity: inout Quantity) {
        guard quantity.kind != .date, quantity.kind != .ordinal else { return }
        var before = quantity.start
        while before > 0, Numeral.isInlineSpace(text[before - 1]) { before -= 1 }
        guard before > 0,
            UnitTables.hedgePrefixEnds.contains(
                Numeral.latinLower(text[before - 1]) ?? text[before - 1])
        else { return }
        for (word, approx) in UnitTables.hedgePrefixes {
            let start = before - word.count
            guard start >= 0 else { continue }
            var matches = true
            for (offset, scalar) in word.enumerated() {
                let here = text[start + offset]
                if here != scalar && Numeral.latinLower(here) != scalar {
                    matches = false
                    break
                }
            }
            // The word boundary (two binary searches in the tokens) only for a hedge whose
            // scalars are there: asked first, it was 6 % of a run on text dense with numbers.
            guard matches, words.isBoundary(start) else { continue }
            if Numeral.isASCIILetter(word[0]),
                start > 0 && Numeral.latinLower(text[start - 1]) != nil
            {
                continue
            }
            if quantity.approx == nil { quantity.approx = approx }
            quantity.start = start
            return
        }
    }
}
