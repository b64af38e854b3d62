/// A quantity read at one place of the text, before it becomes an entry.
struct Quantity: Sendable {
    var start: Int
    var end: Int
    var kind: QuantityKind
    var value: QuantityValue
    var unit: String?
    var approx: Approximation?
    /// Every digit of a number a double cannot hold exactly.
    var exact: ExactDigits? = nil

    /// The value as one number: a range's low end; nil for dates.
    var numericValue: Double? {
        switch value {
        case .number(let number): return number
        case .range(let low, _): return low
        case .date: return nil
        }
    }
}

/// What the words after a numeral make of it: a unit with its kind, the value it gives,
/// and where it ends.
struct Reading: Sendable {
    var kind: QuantityKind
    var value: QuantityValue
    var unit: String?
    var end: Int
    var approx: Approximation?

    static func bare(_ value: Double, end: Int) -> Reading {
        Reading(kind: .number, value: .number(value), unit: nil, end: end)
    }
}
