/// A numeral read from the text, before any unit: `4.14亿`, `三百五十`, `300多`, `三四`.
struct ReadNumber: Sendable {
    var value: Double
    var start: Int
    var end: Int
    /// `多`, `余`, `几` inside the numeral (`十余万`, `300多`).
    var approx: Approximation?
    /// Two neighbouring digits read as a span (`三四`, `二三十`): the low and high ends.
    var low: Double?
    var high: Double?
    /// A run of digits read one by one (`2023`, `二〇二三`, `五五`), and how many.
    var digitString: Bool
    var digitCount: Int
    /// Whether the numeral begins with a digit, not a bare 十, 百, 千 (`一百分之` vs `百分之`).
    var explicitLead: Bool
    /// The exact decimal of a plain Arabic number, for scaling it (`4.14 billion`).
    var decimal: DecimalNumber?
    /// Every digit, when the number has more than a double holds (`value` is the nearest).
    var exact: ExactDigits?
    /// More than 15 digits in a row, nothing else: an identifier unless a unit follows.
    var looksLikeIdentifier = false
    /// Whether the numeral holds a Chinese character (a place, a digit, a magnitude).
    var isChinese = false
    var isInteger: Bool { value == value.rounded() && low == nil }

    init(value: Double, start: Int, end: Int) {
        self.value = value
        self.start = start
        self.end = end
        self.digitString = false
        self.digitCount = 0
        self.explicitLead = true
    }
}
