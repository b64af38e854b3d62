/// Reads one numeral of any script at a position: Arabic (`1,234`, `4.14`), Chinese
/// (`三百五十`, `一万零五百`, `壹佰`, `廿`), mixed (`4.14亿`, `3万4000`, `1千零20`), with the
/// hedges that live inside it (`十余万`, `300多`) and Chinese decimals (`十五点七`).
struct NumeralReader {
    let text: [Unicode.Scalar]

    func read(at start: Int) -> ReadNumber? {
        guard start < text.count, !isPointInsideNumber(at: start) else { return nil }
        if let run = readDigitRun(at: start) { return run }
        if let few = readSeveral(at: start) { return few }
        var state = ChineseNumeralState()
        var index = start
        var leadingArabic: ArabicNumeral?
        while index < text.count {
            // Layout spaces may sit between the parts: `7万 5千 4百`, `1000  万`.
            let position = index > start ? text.skippingSpaces(from: index) : index
            guard position < text.count else { break }
            let scalar = text[position]
            if Numeral.arabicDigit(scalar) != nil || (position == start && scalar == ".") {
                guard acceptsArabic(state, at: position, start: start),
                    let arabic = readArabic(at: position)
                else {
                    if position == start { return nil }
                    break
                }
                if position == start, !continuesAsChinese(at: arabic.end) || arabic.inDottedChain {
                    return ArabicExtrasReader(text: text).complete(arabic, start: start)
                }
                state.pending = arabic.number
                state.previous = .arabic
                if position == start { leadingArabic = arabic }
                index = arabic.end
            } else if Numeral.isChineseDecimalPoint(scalar),
                state.hasValue || (position == start + 1 && state.previous.isZero)
            {
                // 三点半, 三点五十分, 下午三点: 点 of a clock ends the numeral (TimeReader).
                // No clock shows more than 24 hours: 二十六点三分 is 26.3 points.
                if state.value <= 24,
                    TimeReader(text: text).isClockPoint(position, numeralStart: start)
                {
                    break
                }
                if let decimal = readChineseFraction(state: state, point: position, start: start) {
                    return decimal
                }
                // 收于三千二百一十五点: with no digit after it, 点 after a numeral no clock
                // shows is the unit of an index (points), and the numeral ends before it.
                if state.value > 24 { break }
                return nil
            } else if take(scalar, at: position, start: start, into: &state) {
                index = position + 1
            } else {
                if let span = neighbourSpan(state, at: position, start: start) { return span }
                break
            }
        }
        guard var result = finish(state, start: start, end: index) else { return nil }
        if let arabic = leadingArabic, arabic.exact != nil || abs(result.value) >= 1e15,
            let exponent = magnitudesOnly(from: arabic.end, to: index)
        {
            // 1.5万, 123456789012345678901234亿: the digits shifted, rounded once.
            let digits = ExactDigits(start: start, end: arabic.end).shifted(by: exponent)
            let exact = digits.decimal(in: text)
            result.value = exact.double
            result.decimal = nil
            result.exact = exact.needsExactText ? digits : nil
        }
        return result
    }

    /// 十五六 (15–16), 二十五六万 (250,000–260,000), 三百五六十 (350–360): two neighbouring
    /// digits after a place name a span in the place below it, as `三四` does on its own.
    private func neighbourSpan(_ state: ChineseNumeralState, at position: Int, start: Int)
        -> ReadNumber?
    {
        if let span = neighbourSpanAfterMagnitude(state, at: position, start: start) {
            return span
        }
        guard case .digit = state.previous, case .unit(let unit) = state.lastScaleElement,
            state.total == 0, let pending = state.pending, pending.scale == 0,
            state.pendingIsSingleChineseDigit, position < text.count,
            let second = Numeral.chineseDigit(text[position]), !isLiang(text[position]),
            Self.isNextDigit(Int(pending.mantissa), second)
        else { return nil }
        var end = position + 1
        var place = Double(unit / 10)
        if end < text.count, let lower = Numeral.chineseUnit(text[end]), lower < unit {
            place = Double(lower)
            end += 1
        }
        guard place >= 1 else { return nil }
        var factor = 1.0
        if end < text.count, let exponent = Numeral.magnitudeExponent(text[end]) {
            factor = DecimalNumber.power(exponent)
            end += 1
        }
        let low = (state.section + pending.mantissa * place) * factor
        var result = ReadNumber(value: low, start: start, end: end)
        result.isChinese = true
        result.low = low
        result.high = (state.section + Double(second) * place) * factor
        return result
    }

    /// Two digits in a row after a place name a span only when the second is the next one
    /// (十五六): 三五 is a span on its own (三五天), but after a place it is a name (十三五,
    /// the 13th five-year plan), never 13 to 15.
    private static func isNextDigit(_ first: Int, _ second: Int) -> Bool {
        first >= 1 && second == first + 1
    }

    /// 一万五六千 (15,000–16,000), 一万五六 (the same, the place left out as in 一万五), 一亿
    /// 五六千万: two neighbouring digits after a magnitude name a span in the place right
    /// below it; read as 一万五 alone it was a wrong figure.
    private func neighbourSpanAfterMagnitude(
        _ state: ChineseNumeralState, at position: Int, start: Int
    ) -> ReadNumber? {
        guard case .digit = state.previous, case .magnitude(let exponent) = state.lastScaleElement,
            exponent > 1, state.section == 0, let pending = state.pending, pending.scale == 0,
            state.pendingIsSingleChineseDigit, position < text.count,
            let second = Numeral.chineseDigit(text[position]), !isLiang(text[position]),
            Self.isNextDigit(Int(pending.mantissa), second)
        else { return nil }
        let below = DecimalNumber.power(exponent - 1)
        var end = position + 1
        var place = below
        if end < text.count, let unit = Numeral.chineseUnit(text[end]) {
            place = Double(unit)
            end += 1
            if end < text.count, let magnitude = Numeral.magnitudeExponent(text[end]) {
                place *= DecimalNumber.power(magnitude)
                end += 1
            }
            // Only the place right below the magnitude: 千 after 万, 千万 after 亿.
            guard place == below else { return nil }
        }
        var result = ReadNumber(
            value: state.total + pending.mantissa * place, start: start, end: end)
        result.isChinese = true
        result.low = result.value
        result.high = state.total + Double(second) * place
        return result
    }

    /// The sum of the exponents of the magnitudes (万, 亿) that alone fill `from..<to`.
    private func magnitudesOnly(from: Int, to: Int) -> Int? {
        var exponent = 0
        for index in from..<to {
            if let magnitude = Numeral.magnitudeExponent(text[index]) {
                exponent += magnitude
            } else if !Numeral.isInlineSpace(text[index]) {
                return nil
            }
        }
        return exponent
    }

    /// `.5` opens a number; the dot of `2222.2222` does not.
    private func isPointInsideNumber(at start: Int) -> Bool {
        Numeral.isDecimalPoint(text[start]) && start > 0
            && Numeral.arabicDigit(text[start - 1]) != nil
    }

    /// Adds one Chinese numeral character to the sums; false when it cannot go on there.
    private func take(
        _ scalar: Unicode.Scalar, at position: Int, start: Int,
        into state: inout ChineseNumeralState
    ) -> Bool {
        if let digit = Numeral.chineseDigit(scalar) {
            if isLiang(scalar), case .unit = state.previous, !isPlaceNext(after: position) {
                // 三十两, 三千两百两: after a place, a 两 with no place of its own is the
                // weight liang (thirty-two is 三十二, never 三十两).
                return false
            }
            return digit == 0
                ? state.addZero(atStart: position == start)
                : state.addDigit(digit, isLiang: isLiang(scalar))
        }
        if let unit = Numeral.chineseUnit(scalar) {
            guard !startsUnitWord(at: position) else { return false }
            if position == start { state.leadsWithPlace = true }
            return state.addUnit(unit, exponent: unit == 10 ? 1 : unit == 100 ? 2 : 3)
        }
        if let tens = Numeral.chineseTens(scalar) { return state.addTens(tens) }
        if let exponent = Numeral.magnitudeExponent(scalar) {
            guard scalar != "兆" || !startsUnitWord(at: position) else { return false }
            return state.addMagnitude(exponent: exponent)
        }
        if let hedge = Self.innerHedge(scalar), state.approx == nil, state.hasValue,
            acceptsHedge(state)
        {
            state.approx = hedge
            state.previous = .approx
            return true
        }
        return false
    }

    /// The numeral read so far, with a last lone digit counted in its place (`一万三`). A
    /// lone 零 is zero.
    private func finish(_ state: ChineseNumeralState, start: Int, end: Int) -> ReadNumber? {
        var state = state
        guard state.hasValue || (end == start + 1 && Numeral.chineseDigit(text[start]) == 0)
        else { return nil }
        state.applyAbbreviation()
        var result = ReadNumber(value: state.value, start: start, end: end)
        result.approx = state.approx
        result.explicitLead = !state.leadsWithPlace
        result.isChinese = true
        if result.value == result.value.rounded(), abs(result.value) < Self.exactIntegerLimit {
            result.decimal = DecimalNumber(result.value)
            if abs(result.value) >= 1e15 {
                result.exact = ExactDigits(integer: Int64(result.value))
            }
        }
        return result
    }

    /// 2^53: below it a double adds whole numbers exactly.
    static let exactIntegerLimit = 9_007_199_254_740_992.0

    private func readArabic(at position: Int) -> ArabicNumeral? {
        ArabicNumeralReader(text: text).read(at: position)
    }

    /// An Arabic number opens a numeral, or follows a magnitude, a place or 零 (`3万4000`,
    /// `5千4百`, `1千零20`).
    private func acceptsArabic(_ state: ChineseNumeralState, at position: Int, start: Int) -> Bool {
        guard state.pending == nil else { return false }
        switch state.previous {
        case .none: return position == start
        case .magnitude, .zero, .unit: return true
        default: return false
        }
    }

    /// Whether an Arabic number goes on in Chinese (`4.14亿`, `3千万`, `1千零20`, `300多`).
    private func continuesAsChinese(at index: Int) -> Bool {
        let next = text.skippingSpaces(from: index)
        guard next < text.count else { return false }
        let scalar = text[next]
        return Numeral.chineseUnit(scalar) != nil || Numeral.magnitudeExponent(scalar) != nil
            || Self.innerHedge(scalar) != nil
    }

    /// Whether a place or a magnitude follows `position` (两百, 两万).
    private func isPlaceNext(after position: Int) -> Bool {
        let next = text.skippingSpaces(from: position + 1)
        guard next < text.count else { return false }
        return Numeral.chineseUnit(text[next]) != nil
            || Numeral.magnitudeExponent(text[next]) != nil
    }

    /// 两 is also the unit liang (`三十两`); it never stands for a lower place.
    private func isLiang(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "两" || scalar == "兩" || scalar == "倆" || scalar == "俩"
    }

    /// 千 of 千米, 千克, 千瓦; 兆 of 兆瓦, 兆字节; 百 of 百分点: the start of a unit word.
    private func startsUnitWord(at position: Int) -> Bool {
        UnitTables.prefixedUnits.longestMatch(in: text, at: position) != nil
    }

    static func innerHedge(_ scalar: Unicode.Scalar) -> Approximation? {
        switch scalar {
        case "多", "余", "餘", "几", "幾": return .moreThan
        case "来", "來": return .about
        default: return nil
        }
    }

    /// `十多`, `300多`, `一千五百零几万`: a hedge follows a place, a magnitude or a whole
    /// Arabic number, never a bare Chinese digit (`三多` is no numeral).
    private func acceptsHedge(_ state: ChineseNumeralState) -> Bool {
        switch state.previous {
        case .unit, .magnitude, .zero: return true
        case .arabic: return state.pending.map { $0.scale == 0 } ?? false
        default: return false
        }
    }

    /// `十五点七`, `两千万点五五四四`, `三点五亿`: digits after 点, then magnitudes.
    private func readChineseFraction(state: ChineseNumeralState, point: Int, start: Int)
        -> ReadNumber?
    {
        var state = state
        var index = text.skippingSpaces(from: point + 1)
        var mantissa = 0.0
        var scale = 0
        while index < text.count, let digit = Numeral.chineseDigit(text[index]),
            !isLiang(text[index]), scale < 12
        {
            mantissa = mantissa * 10 + Double(digit)
            scale += 1
            index = text.skippingSpaces(from: index + 1)
            if index < text.count, Numeral.chineseDigit(text[index]) == nil {
                break
            }
        }
        guard scale > 0 else { return nil }
        index = endOfDigits(from: point + 1, count: scale)
        state.applyAbbreviation()
        let whole = DecimalNumber(state.value * DecimalNumber.power(scale) + mantissa, scale: scale)
        var exponent = 0
        var position = text.skippingSpaces(from: index)
        while position < text.count, let magnitude = Numeral.magnitudeExponent(text[position]) {
            exponent += magnitude
            index = position + 1
            position = text.skippingSpaces(from: index)
        }
        var result = ReadNumber(value: whole.times(pow10: exponent), start: start, end: index)
        result.approx = state.approx
        result.isChinese = true
        if exponent == 0 { result.decimal = whole }
        if whole.mantissa < Self.exactIntegerLimit,
            whole.mantissa >= 1e15 || abs(result.value) >= 1e15
        {
            let digits = ExactDigits(integer: Int64(whole.mantissa)).shifted(
                by: exponent - whole.scale)
            if digits.decimal(in: text).needsExactText { result.exact = digits }
        }
        return result
    }

    /// The offset after the `count`-th Chinese digit from `from`, spaces between allowed.
    private func endOfDigits(from: Int, count: Int) -> Int {
        var seen = 0
        var index = from
        while index < text.count, seen < count {
            if Numeral.chineseDigit(text[index]) != nil { seen += 1 }
            index += 1
        }
        return index
    }
}
