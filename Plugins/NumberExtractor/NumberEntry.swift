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
///
/// A page of numbers holds about a million of these while the extractor runs and the result
/// is written, so the stored fields are laid out to pack: the strings first, then the value
/// (17 bytes), the two one-byte enums in its tail padding, and the offsets and the sentence
/// index as 32-bit integers behind `Int` properties (80 bytes a stride, was 112).
public struct NumberEntry: Sendable, Equatable {
    /// Exactly `text[start..<end]` of the article.
    public var text: String
    /// ISO 4217 code for money; an English unit name for measures and durations; the
    /// classifier for counts; `percentage_point` for 个百分点.
    public var unit: String?
    /// The value as a decimal string, when the double in `value` is not exactly it (more
    /// than 15 significant digits, or a whole number beyond 2^53).
    public var exact: String?
    public var value: QuantityValue
    public var kind: QuantityKind
    public var approx: Approximation?
    private var storedStart: UInt32
    private var storedEnd: UInt32
    /// `noSentence` when the article has no sentences.
    private var storedSentence: UInt32

    private static let noSentence = UInt32.max

    /// Unicode scalar offsets into the article's text, end exclusive.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Self.narrow(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Self.narrow(newValue) }
    }
    /// The index of the sentence holding `start`, when the article has sentences.
    public var sentence: Int? {
        get { storedSentence == Self.noSentence ? nil : Int(storedSentence) }
        set { storedSentence = newValue.map(Self.narrow) ?? Self.noSentence }
    }

    public init(
        text: String, start: Int, end: Int, sentence: Int?, kind: QuantityKind,
        value: QuantityValue, unit: String?, approx: Approximation?, exact: String? = nil
    ) {
        self.text = text
        self.unit = unit
        self.exact = exact
        self.value = value
        self.kind = kind
        self.approx = approx
        self.storedStart = Self.narrow(start)
        self.storedEnd = Self.narrow(end)
        self.storedSentence = sentence.map(Self.narrow) ?? Self.noSentence
    }

    /// An offset or index into one article: below 2^32 - 1, since an article of that many
    /// scalars would take 16 GiB for its scalars alone, far beyond `max_input_bytes` and
    /// the memory the chain is built for. A larger one is a broken invariant, not input.
    private static func narrow(_ value: Int) -> UInt32 {
        guard let narrow = UInt32(exactly: value), narrow != noSentence else {
            preconditionFailure("NumberEntry offset \(value) does not fit in 32 bits")
        }
        return narrow
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
