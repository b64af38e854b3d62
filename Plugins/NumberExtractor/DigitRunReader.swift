extension NumeralReader {
    /// Chinese digits in a row without places: read one by one (`二〇二三` 2023, `五五折`),
    /// or, for two neighbours, as the span they name (`三四个` 3–4, `二三十` 20–30).
    func readDigitRun(at start: Int) -> ReadNumber? {
        var index = start
        var digits: [Int] = []
        while index < text.count, let digit = Numeral.chineseDigit(text[index]),
            digits.count < ArabicNumeralReader.exactDigits
        {
            digits.append(digit)
            index += 1
        }
        guard digits.count >= 2 else { return nil }
        if digits.count == 2, Self.isNeighbourPair(digits[0], digits[1]) {
            return readSpan(low: digits[0], high: digits[1], start: start, end: index)
        }
        // Read one by one, a digit is 二 and 三, never 两, 俩 or 仨: those count things (两个,
        // 仨人), so a run holding one is no digit string but words (三三两两, in twos and threes).
        if text[start..<index].contains(where: Self.isCountingDigit) { return nil }
        if index < text.count,
            Numeral.chineseUnit(text[index]) != nil || Numeral.magnitudeExponent(text[index]) != nil
        {
            return nil
        }
        var value = 0.0
        for digit in digits { value = value * 10 + Double(digit) }
        var result = ReadNumber(value: value, start: start, end: index)
        result.digitString = true
        result.isChinese = true
        result.digitCount = digits.count
        return result
    }

    /// 两, 俩 and 仨: digits that only count, never spell a number digit by digit.
    static func isCountingDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "两", "兩", "俩", "倆", "仨": return true
        default: return false
        }
    }

    /// 几十, 数百, 几千万, 数亿: "a few" of a place, the span two to nine of it.
    func readSeveral(at start: Int) -> ReadNumber? {
        guard start + 1 < text.count, Numeral.isSeveral(text[start]),
            Numeral.chineseUnit(text[start + 1]) != nil
                || Numeral.magnitudeExponent(text[start + 1]) != nil
        else { return nil }
        var span = readSpan(low: 2, high: 9, start: start, end: start + 1)
        guard span.end > start + 1 else { return nil }
        span.approx = .about
        return span
    }

    /// 三四, 七八, 两三, 三五: the spans people say; 三八 or 五五 are digits read one by one.
    static func isNeighbourPair(_ first: Int, _ second: Int) -> Bool {
        (first >= 1 && second == first + 1) || (first == 3 && second == 5)
    }

    private func readSpan(low: Int, high: Int, start: Int, end: Int) -> ReadNumber {
        var factor = 1.0
        var index = end
        if index < text.count, let unit = Numeral.chineseUnit(text[index]),
            UnitTables.prefixedUnits.longestMatch(in: text, at: index) == nil
        {
            factor = Double(unit)
            index += 1
        }
        if index < text.count, let exponent = Numeral.magnitudeExponent(text[index]) {
            factor *= DecimalNumber.power(exponent)
            index += 1
        }
        var result = ReadNumber(value: Double(low) * factor, start: start, end: index)
        result.isChinese = true
        result.low = Double(low) * factor
        result.high = Double(high) * factor
        return result
    }
}
