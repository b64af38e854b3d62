/// What the tokenizer needs to know of a scalar, looked up once per scalar from a table.
enum ScalarClass: UInt8, Sendable {
    /// White space, and invisible format characters (zero-width space, byte-order mark).
    case space
    /// A CJK ideograph (and 〇): segmented with the lexicon.
    case han
    /// A decimal digit of any script, full-width ones included.
    case digit
    /// A letter of an alphabet with cases or of the Latin, Greek, Cyrillic ... blocks.
    case letter
    /// A letter of a script written without spaces that the lexicon does not cover (kana,
    /// Hangul, Thai ...): such runs become one word.
    case otherLetter
    /// A combining mark: it goes with the letter before it.
    case mark
    case punct
    case symbol

    /// The class of any scalar, from the Unicode properties (slow; the table caches it).
    static func compute(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if isHan(value) { return .han }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return .space
        case .decimalNumber: return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter:
            return value < 0x2E80 || (0xFF00...0xFFEF).contains(value) ? .letter : .otherLetter
        case .otherLetter:
            return value < 0x0370 ? .letter : .otherLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punct
        default: return .symbol
        }
    }

    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x20000...0x323AF).contains(value) || (0xF900...0xFAFF).contains(value)
            || value == 0x3007
    }
}

/// The classes of all scalars below `limit`, computed once per process.
struct ScalarClassTable: Sendable {
    static let limit = 0x10000
    static let shared = ScalarClassTable()

    let classes: [ScalarClass]

    private init() {
        classes = (0..<UInt32(Self.limit)).map { value in
            guard let scalar = Unicode.Scalar(value) else { return .symbol }
            return ScalarClass.compute(scalar)
        }
    }

    @inline(__always)
    func classify(_ value: UInt32) -> ScalarClass {
        if value < Self.limit { return classes[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        return ScalarClass.compute(scalar)
    }
}
