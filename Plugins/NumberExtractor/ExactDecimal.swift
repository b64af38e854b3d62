/// A number as the decimal digits the text wrote, for figures a double cannot hold exactly:
/// `123456789012345678901234元` keeps all 24 digits. The value is `digits` × 10^`exponent`.
struct ExactDecimal: Sendable, Equatable {
    /// Significant digits, no leading zeros (`"0"` for zero).
    var digits: [UInt8]
    var exponent: Int
    var negative = false

    /// The digits of `text[start..<end]`, skipping thousands separators; a decimal point
    /// (`.` or `．`) sets the exponent.
    init(text: [Unicode.Scalar], start: Int, end: Int) {
        var digits: [UInt8] = []
        var places = 0
        var afterPoint = false
        for index in start..<end {
            if let digit = Numeral.arabicDigit(text[index]) {
                if digit == 0 && digits.isEmpty {
                    if afterPoint { places += 1 }
                    continue
                }
                digits.append(UInt8(digit))
                if afterPoint { places += 1 }
            } else if Numeral.isDecimalPoint(text[index]) {
                afterPoint = true
            }
        }
        self.digits = digits
        exponent = -places
        normalize()
    }

    init(integer: Int64) {
        negative = integer < 0
        digits = String(integer.magnitude).unicodeScalars.map { UInt8($0.value - 48) }
        exponent = 0
        normalize()
    }

    private mutating func normalize() {
        while let last = digits.last, last == 0, digits.count > 1 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty {
            digits = [0]
            exponent = 0
            negative = false
        }
    }

    func shifted(by places: Int) -> ExactDecimal {
        var result = self
        if result.digits != [0] { result.exponent += places }
        return result
    }

    func negated() -> ExactDecimal {
        var result = self
        result.negative.toggle()
        result.normalize()
        return result
    }

    /// The plain decimal string: `123456789012345678901234`, `-0.000123`, `12.5`.
    var text: String {
        var scalars = String.UnicodeScalarView()
        if negative { scalars.append("-") }
        func append(_ digit: UInt8) { scalars.append(Unicode.Scalar(48 + digit)) }
        if exponent >= 0 {
            for digit in digits { append(digit) }
            if digits != [0] {
                for _ in 0..<exponent { scalars.append("0") }
            }
        } else {
            let whole = digits.count + exponent
            if whole <= 0 {
                scalars.append("0")
                scalars.append(".")
                for _ in 0..<(-whole) { scalars.append("0") }
                for digit in digits { append(digit) }
            } else {
                for digit in digits[..<whole] { append(digit) }
                scalars.append(".")
                for digit in digits[whole...] { append(digit) }
            }
        }
        return String(scalars)
    }

    /// The nearest double, as the standard library's correctly rounded parser gives it.
    var double: Double { Double(text) ?? .nan }

    /// Whether the double may not be the number: more than 15 significant digits, or a
    /// whole number beyond 2^53.
    var needsExactText: Bool {
        digits.count > 15 || (exponent >= 0 && abs(double) > 9_007_199_254_740_992)
    }
}

/// Where the exact digits of a number are: Arabic digits in the text (`start..<end`), or a
/// whole number, times 10^`shift`. Small and free of references, so that numerals and
/// quantities carrying it copy as cheaply as before; the digits are spelled out
/// (`decimal(in:)`) only for the few numbers that need them.
struct ExactDigits: Sendable, Equatable {
    var start = 0
    var end = 0
    /// The number when no text range holds it (a Chinese numeral's sum).
    var integer: Int64 = 0
    var shift = 0
    var negative = false

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    init(integer: Int64) { self.integer = integer }

    func shifted(by places: Int) -> ExactDigits {
        var result = self
        result.shift += places
        return result
    }

    func negated() -> ExactDigits {
        var result = self
        result.negative.toggle()
        return result
    }

    func decimal(in text: [Unicode.Scalar]) -> ExactDecimal {
        var decimal =
            end > start
            ? ExactDecimal(text: text, start: start, end: end) : ExactDecimal(integer: integer)
        decimal = decimal.shifted(by: shift)
        return negative ? decimal.negated() : decimal
    }
}
