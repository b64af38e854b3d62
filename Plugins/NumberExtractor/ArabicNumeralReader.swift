/// A number in Arabic digits as the text spells it.
struct ArabicNumeral {
    var number: DecimalNumber
    var end: Int
    /// Digits before the decimal point (groups included), for telling years from amounts.
    var integerDigits: Int
    var hasFraction: Bool
    /// A part of `2222.2222.222`: read as separate integers, like a version or an address.
    var inDottedChain: Bool
    /// All the digits, when there are more than a double holds (`number` is then rounded).
    var exact: ExactDigits?
    /// Whether thousands separators group the digits (`1,234`).
    var grouped = false

    /// A run of more than 15 digits with no separators nor point: an order, account or
    /// identity number, unless a unit makes it an amount.
    var looksLikeIdentifier: Bool { exact != nil && !grouped && !hasFraction }
}

/// Reads Arabic numbers: `1,234`, `4.14`, `.5`, `１２３４`, `2e5`, `40k`, `3/5`, `2^-1`.
struct ArabicNumeralReader {
    let text: [Unicode.Scalar]

    /// Digits a double holds exactly; a number with more keeps them all in `exact`.
    static let exactDigits = 15

    /// The number starting at `start`, which must be a digit or a point before a digit.
    func read(at start: Int) -> ArabicNumeral? {
        var index = start
        var mantissa = 0.0
        var integerDigits = 0
        var grouped = false
        while index < text.count, let digit = Numeral.arabicDigit(text[index]) {
            mantissa = mantissa * 10 + Double(digit)
            integerDigits += 1
            index += 1
            if integerDigits <= 3, let afterGroup = groupEnd(at: index) {
                grouped = true
                for position in (afterGroup - 3)..<afterGroup {
                    mantissa = mantissa * 10 + Double(Numeral.arabicDigit(text[position])!)
                }
                integerDigits += 3
                index = afterGroup
                while let next = groupEnd(at: index) {
                    for position in (next - 3)..<next {
                        mantissa = mantissa * 10 + Double(Numeral.arabicDigit(text[position])!)
                    }
                    integerDigits += 3
                    index = next
                }
                break
            }
        }
        let chained = isChainLink(start: start, integerEnd: index)
        var scale = 0
        var fractionDigits = 0
        if !chained, index + 1 < text.count, Numeral.isDecimalPoint(text[index]),
            Numeral.arabicDigit(text[index + 1]) != nil
        {
            index += 1
            while index < text.count, let digit = Numeral.arabicDigit(text[index]), scale < 12 {
                mantissa = mantissa * 10 + Double(digit)
                scale += 1
                index += 1
            }
            fractionDigits = scale
            while index < text.count, Numeral.arabicDigit(text[index]) != nil {
                fractionDigits += 1
                index += 1
            }
        }
        if integerDigits == 0 && scale == 0 { return nil }
        var numeral = ArabicNumeral(
            number: DecimalNumber(mantissa, scale: scale), end: index,
            integerDigits: integerDigits, hasFraction: scale > 0, inDottedChain: chained)
        numeral.grouped = grouped
        if integerDigits + fractionDigits > Self.exactDigits {
            let exact = ExactDecimal(text: text, start: start, end: index)
            if exact.digits.count > Self.exactDigits || exact.needsExactText {
                numeral.exact = ExactDigits(start: start, end: index)
            }
        }
        return numeral
    }

    /// The end of a thousands group `,ddd` at `index`, if one is there: a comma (ASCII or
    /// full-width), exactly three digits, and no fourth.
    private func groupEnd(at index: Int) -> Int? {
        guard index + 3 < text.count else { return nil }
        guard text[index] == "," || text[index] == "，" else { return nil }
        for offset in 1...3 where Numeral.arabicDigit(text[index + offset]) == nil { return nil }
        let after = index + 4
        if after < text.count, Numeral.arabicDigit(text[after]) != nil { return nil }
        return after
    }

    /// Whether the number is one link of `a.b.c`: dots between digit runs on either side.
    private func isChainLink(start: Int, integerEnd: Int) -> Bool {
        if start >= 2, Numeral.isDecimalPoint(text[start - 1]),
            Numeral.arabicDigit(text[start - 2]) != nil
        {
            return true
        }
        var index = integerEnd
        guard index + 1 < text.count, Numeral.isDecimalPoint(text[index]),
            Numeral.arabicDigit(text[index + 1]) != nil
        else { return false }
        index += 1
        while index < text.count, Numeral.arabicDigit(text[index]) != nil { index += 1 }
        return index + 1 < text.count && Numeral.isDecimalPoint(text[index])
            && Numeral.arabicDigit(text[index + 1]) != nil
    }
}
