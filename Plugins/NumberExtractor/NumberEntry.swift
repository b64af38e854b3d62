/// What sort of quantity an entry is; the names are the result schema's `kind` values.
public enum QuantityKind: String, Sendable, Codable, CaseIterable {
    case count, money, percent, measure, duration, date, ordinal, range, number
}

/// How a quantity is hedged in the text (`300多名`, `约5亿元`, `18个以上`).
public enum Approximation: String, Sendable, Codable, CaseIterable {
    case about
    case moreThan = "more_than"
    case lessThan = "less_than"
    case atLeast = "at_least"
    case atMost = "at_most"
}

/// The value of an entry, in the shape the schema gives each kind: a number, an ISO 8601
/// string for dates, a [low, high] pair for ranges.
public enum QuantityValue: Sendable, Equatable {
    case number(Double)
    case date(String)
    case range(Double, Double)

    /// The number, or nil for dates and ranges.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// One quantity found in an article's text.
public struct NumberEntry: Sendable, Equatable {
    /// Exactly `text[start..<end]` of the article.
    public var text: String
    /// Unicode scalar offsets into the article's text, end exclusive.
    public var start: Int
    public var end: Int
    /// The index of the sentence holding `start`, when the article has sentences.
    public var sentence: Int?
    public var kind: QuantityKind
    public var value: QuantityValue
    /// ISO 4217 code for money; an English unit name for measures and durations; the
    /// classifier for counts; `percentage_point` for 个百分点.
    public var unit: String?
    public var approx: Approximation?
    /// The value as a decimal string, when the double in `value` is not exactly it (more
    /// than 15 significant digits, or a whole number beyond 2^53).
    public var exact: String?

    public init(
        text: String, start: Int, end: Int, sentence: Int?, kind: QuantityKind,
        value: QuantityValue, unit: String?, approx: Approximation?, exact: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.kind = kind
        self.value = value
        self.unit = unit
        self.approx = approx
        self.exact = exact
    }
}

extension NumberEntry: Encodable {
    private enum CodingKeys: String, CodingKey {
        case text, start, end, sentence, kind, value, unit, approx, exact
    }

    /// Every entry has the same fields: `unit` and `approx` are written as null when absent,
    /// `sentence` is left out only when the article has no sentences, `exact` when the value
    /// is exact.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encodeIfPresent(sentence, forKey: .sentence)
        try container.encode(kind, forKey: .kind)
        switch value {
        case .number(let number): try container.encode(number, forKey: .value)
        case .date(let iso): try container.encode(iso, forKey: .value)
        case .range(let low, let high): try container.encode([low, high], forKey: .value)
        }
        try container.encode(unit, forKey: .unit)
        try container.encode(approx, forKey: .approx)
        try container.encodeIfPresent(exact, forKey: .exact)
    }
}
