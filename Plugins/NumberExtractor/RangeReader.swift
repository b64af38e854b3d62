/// Two numbers joined by a dash or a word into a span: `10至20个`, `3-5年`, `5-20%`,
/// `3至5亿元`, `3 to 5 years`. The value is [low, high]; the unit is the right side's.
struct RangeReader {
    let reader: QuantityReader
    var text: [Unicode.Scalar] { reader.text }

    func read(after left: Quantity, _ leftNumeral: ReadNumber) -> Quantity? {
        guard case .number(let leftValue) = left.value,
            [.number, .count, .money, .percent, .measure, .duration].contains(left.kind),
            !hasLeadingZero(leftNumeral),
            let afterSeparator = separatorEnd(at: left.end, start: left.start)
        else { return nil }
        var rightStart = text.skippingSpaces(from: afterSeparator)
        var rightSign = 1.0
        if leftValue < 0, let below = belowZero(at: rightStart) {
            // 零下十度到零下五度: both ends carry the sign.
            rightStart = below
            rightSign = -1
        }
        guard rightStart < text.count, Numeral.canStartNumeral(text[rightStart]),
            let rightNumeral = reader.numerals.read(at: rightStart), rightNumeral.low == nil,
            !hasLeadingZero(rightNumeral)
        else { return nil }
        let reading = reader.suffixes.read(rightNumeral, unitsAllowed: true)
        guard case .number(let unsignedRight) = reading.value,
            [.number, .count, .money, .percent, .measure, .duration].contains(reading.kind),
            left.kind == .number || (left.kind == reading.kind && left.unit == reading.unit)
        else { return nil }
        let rightValue = rightSign * unsignedRight
        if leftValue == 0, left.kind == .number, reading.kind == .number,
            text[afterSeparator - 1] == "-"
        {
            // lost 0-2: two bare numbers joined by a hyphen from nought are a score; a span
            // from nought names its unit (0-3岁).
            return nil
        }
        let low: Double
        if left.kind == .number, abs(leftValue) == leftNumeral.value, rightNumeral.value != 0,
            unsignedRight != rightNumeral.value
        {
            // 一到两成 is 10% to 20%, 五到七折 50% to 70%, 3 to 5 million: the right side's
            // unit scales its number (成 ten times, million a million times); a bare left
            // number, with no unit or scale of its own, is scaled alike.
            low = leftValue * (unsignedRight / rightNumeral.value)
        } else {
            low =
                left.kind == .number
                ? scaled(leftValue, like: rightNumeral, to: rightValue)
                : leftValue
        }
        guard low < rightValue else { return nil }
        return Quantity(
            start: left.start, end: reading.end, kind: .range, value: .range(low, rightValue),
            unit: QuantityReader.rangeUnit(reading),
            approx: left.approx ?? rightNumeral.approx ?? reading.approx)
    }

    /// `3至5亿元` is 3亿 to 5亿: a bare left number takes the right one's magnitude when
    /// the result still stays below it.
    private func scaled(_ left: Double, like right: ReadNumber, to rightValue: Double) -> Double {
        var exponent = 0
        var index = right.end - 1
        while index > right.start, let magnitude = Numeral.magnitudeExponent(text[index]) {
            exponent += magnitude
            index -= 1
        }
        let candidate = left * DecimalNumber.power(exponent)
        return exponent > 0 && candidate <= rightValue ? candidate : left
    }

    /// After `零下` or `负`, where the number starts.
    private func belowZero(at index: Int) -> Int? {
        if let end = text.match("零下", at: index) { return end }
        if index < text.count, Numeral.isChineseNegative(text[index]) { return index + 1 }
        return nil
    }

    /// A phone number (`0573-8512`) is no range.
    private func hasLeadingZero(_ numeral: ReadNumber) -> Bool {
        numeral.end - numeral.start > 1 && text[numeral.start] == "0"
            && (numeral.start + 1 >= text.count || !Numeral.isDecimalPoint(text[numeral.start + 1]))
    }

    private func separatorEnd(at end: Int, start: Int) -> Int? {
        let position = text.skippingSpaces(from: end)
        guard position < text.count else { return nil }
        switch text[position] {
        case "-", "~", "～", "〜", "—", "–", "－", "至", "到": return position + 1
        default: break
        }
        if position > end, let after = text.match("to ", at: position), !isChange(before: start) {
            return after
        }
        return nil
    }

    /// `grew by 1.5 million to 9.8 million`: after `by`, the first number is the size of a
    /// change and the one after `to` the level it reached; no span.
    private func isChange(before start: Int) -> Bool {
        var index = start
        while index > 0, Numeral.isInlineSpace(text[index - 1]) { index -= 1 }
        guard index >= 2, Numeral.latinLower(text[index - 1]) == "y",
            Numeral.latinLower(text[index - 2]) == "b"
        else { return false }
        return index == 2 || Numeral.latinLower(text[index - 3]) == nil
    }
}
