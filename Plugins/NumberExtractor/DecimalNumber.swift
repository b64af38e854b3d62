/// A decimal read from the text, kept as digits and a scale so that `4.14亿` is exactly
/// 414000000 and not the nearest binary product of 4.14 and 1e8.
struct DecimalNumber: Sendable, Equatable {
    /// The digits as an integer; exact while below 2^53 (15 digits and more).
    var mantissa: Double
    /// How many of the digits are after the decimal point.
    var scale: Int

    init(_ mantissa: Double, scale: Int = 0) {
        self.mantissa = mantissa
        self.scale = scale
    }

    var value: Double { Self.apply(mantissa, exponent: -scale) }

    /// The number times 10^exponent, rounded once.
    func times(pow10 exponent: Int) -> Double { Self.apply(mantissa, exponent: exponent - scale) }

    private static func apply(_ mantissa: Double, exponent: Int) -> Double {
        if exponent >= 0 { return mantissa * power(exponent) }
        return mantissa / power(-exponent)
    }

    /// 10^n as a double; exact up to 10^22.
    static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(exponent, 400) { result *= 10 }
        return result
    }
}
