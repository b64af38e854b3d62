/// How YAML's core schema types a plain (unquoted) scalar. A quoted scalar is always a
/// string, so `"2"` is text and `2` is a number.
enum ScalarTypes {
    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Decimal (`-12`, `+3`), hexadecimal (`0x1F`) or octal (`0o17`) integers; nil when the
    /// text is not an integer, `.some(nil)` when it is one but does not fit 64 bits.
    static func integer(_ text: String) -> Int64?? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.hasPrefix("0x") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0o") {
            radix = 8
            digits = digits.dropFirst(2)
        }
        guard !digits.isEmpty,
            digits.unicodeScalars.allSatisfy({ isDigit($0, radix: radix) })
        else { return nil }
        guard let magnitude = UInt64(digits, radix: radix) else { return .some(nil) }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return .some(Int64.min) }
            guard magnitude <= UInt64(Int64.max) else { return .some(nil) }
            return .some(-Int64(magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { return .some(nil) }
        return .some(Int64(magnitude))
    }

    /// Integers, decimals with an optional exponent, `.inf`, `-.inf` and `.nan`.
    static func double(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if let integer = integer(text) { return integer.map(Double.init) ?? Double(text) }
        guard looksDecimal(text) else { return nil }
        return Double(text)
    }

    /// `[-+]? ( digits [. digits?] | . digits ) ([eE] [-+]? digits)?`
    private static func looksDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let whole = scalars.prefix { isDigit($0, radix: 10) }
        scalars = scalars.dropFirst(whole.count)
        var fraction = Substring.UnicodeScalarView.SubSequence()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix { isDigit($0, radix: 10) }
            scalars = scalars.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "-" || sign == "+" {
                scalars = scalars.dropFirst()
            }
            let exponent = scalars.prefix { isDigit($0, radix: 10) }
            guard !exponent.isEmpty else { return false }
            scalars = scalars.dropFirst(exponent.count)
        }
        return scalars.isEmpty
    }

    private static func isDigit(_ scalar: Unicode.Scalar, radix: Int) -> Bool {
        switch scalar {
        case "0"..."7": return true
        case "8", "9": return radix >= 10
        case "a"..."f", "A"..."F": return radix == 16
        default: return false
        }
    }
}
