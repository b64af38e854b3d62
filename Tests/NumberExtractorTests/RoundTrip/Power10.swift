/// 10 to the power `exponent`, exactly: the round-trip cases build numbers digit by digit.
func power10(_ exponent: Int) -> UInt64 {
    var result: UInt64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
}

/// The expected reading of a rendered numeral: its value as an exact decimal string (so the
/// comparison is with the double nearest to what the text says), and what sort it is.
struct Expected {
    enum Sort: Equatable {
        case number
        case percent
        case money(String)
        case ordinal
        /// A span (`五六个`, `几十`): low and high ends.
        case range(Double, Double)
        /// A date, as its ISO 8601 string (`公元前221年` is `-0220`).
        case date(String)
    }

    var decimal: String
    var sort: Sort
    /// Set when the value is no decimal with few digits (two thirds): compared as a double.
    var fraction: Double?

    var value: Double { fraction ?? Double(decimal)! }
}

/// A decimal string from whole digits and a count of places after the point: (1234, 2) is
/// `12.34`; negative places shift left (`(15, -3)` is `15000`).
func decimalString(_ digits: String, places: Int) -> String {
    if places <= 0 { return digits + String(repeating: "0", count: -places) }
    let padded =
        digits.count <= places
        ? String(repeating: "0", count: places - digits.count + 1) + digits : digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return String(padded[..<split]) + "." + String(padded[split...])
}
