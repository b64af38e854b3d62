import Foundation

/// What may follow a plain Arabic number and change its value: an exponent (`2e5`,
/// `21.2E0`), a thousands `k` (`40k`), a power (`2^-1`), a fraction (`3/5`, `1 4/3`).
struct ArabicExtrasReader {
    let text: [Unicode.Scalar]

    func complete(_ arabic: ArabicNumeral, start: Int) -> ReadNumber {
        var value = arabic.number.value
        var end = arabic.end
        if !arabic.inDottedChain {
            if let (exponent, after) = exponent(at: end) {
                value = arabic.number.times(pow10: exponent)
                end = after
            } else if let after = thousandsK(at: end) {
                value = arabic.number.times(pow10: 3)
                end = after
            } else if let (power, after) = power(at: end) {
                value = pow(value, power)
                end = after
            } else if let (denominator, after) = slashFraction(at: end) {
                value /= denominator
                end = after
            } else if !arabic.hasFraction, let (fraction, after) = mixedFraction(at: end) {
                value += fraction
                end = after
            }
        }
        var result = ReadNumber(value: value, start: start, end: end)
        if end == arabic.end {
            result.decimal = arabic.number
            if let exact = arabic.exact {
                result.value = exact.decimal(in: text).double
                result.exact = exact
                result.looksLikeIdentifier = arabic.looksLikeIdentifier
            }
        }
        result.digitString = !arabic.hasFraction && arabic.integerDigits == end - start
        result.digitCount = arabic.integerDigits
        return result
    }

    private func exponent(at index: Int) -> (Int, Int)? {
        guard index + 1 < text.count, Numeral.latinLower(text[index]) == "e" else { return nil }
        var position = index + 1
        var negative = false
        if Numeral.isMinus(text[position]) || text[position] == "+" {
            negative = Numeral.isMinus(text[position])
            position += 1
        }
        var exponent = 0
        let digitsStart = position
        while position < text.count, let digit = Numeral.arabicDigit(text[position]),
            exponent < 100
        {
            exponent = exponent * 10 + digit
            position += 1
        }
        guard position > digitsStart, !isLetter(at: position) else { return nil }
        return (negative ? -exponent : exponent, position)
    }

    private func thousandsK(at index: Int) -> Int? {
        guard index < text.count, Numeral.latinLower(text[index]) == "k",
            !isLetter(at: index + 1)
        else { return nil }
        return index + 1
    }

    /// `2^-1`, `-1.1^--23`: any number of minus signs, their parity decides.
    private func power(at index: Int) -> (Double, Int)? {
        guard index < text.count, text[index] == "^" else { return nil }
        var position = index + 1
        var negative = false
        while position < text.count, Numeral.isMinus(text[position]) {
            negative.toggle()
            position += 1
        }
        guard position < text.count, Numeral.arabicDigit(text[position]) != nil,
            let exponent = ArabicNumeralReader(text: text).read(at: position)
        else { return nil }
        let value = exponent.number.value
        return (negative ? -value : value, exponent.end)
    }

    /// `3/5` but not a date `2018/6/17`.
    private func slashFraction(at index: Int) -> (Double, Int)? {
        guard index + 1 < text.count, text[index] == "/" || text[index] == "／",
            Numeral.arabicDigit(text[index + 1]) != nil,
            let denominator = ArabicNumeralReader(text: text).read(at: index + 1),
            !denominator.hasFraction, denominator.number.value != 0
        else { return nil }
        if denominator.end < text.count,
            text[denominator.end] == "/" || text[denominator.end] == "／"
        {
            return nil
        }
        return (denominator.number.value, denominator.end)
    }

    /// `1 4/3`: a whole number, one space, a fraction.
    private func mixedFraction(at index: Int) -> (Double, Int)? {
        guard index + 3 < text.count, text[index] == " ",
            Numeral.arabicDigit(text[index + 1]) != nil,
            let numerator = ArabicNumeralReader(text: text).read(at: index + 1),
            !numerator.hasFraction, let (denominator, end) = slashFraction(at: numerator.end)
        else { return nil }
        return (numerator.number.value / denominator, end)
    }

    private func isLetter(at index: Int) -> Bool {
        index < text.count && Numeral.latinLower(text[index]) != nil
    }
}
