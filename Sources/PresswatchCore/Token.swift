/// What kind of text a token covers.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case word, number, latin, punct, symbol
}

/// A part-of-speech tag in the lexicon's ICTCLAS-style tag set (`n`, `nr`, `ns`, `v`, `vn`,
/// `m`, `q`, `x` ...). Kept as a short string: tags of a few bytes are stored inline by
/// `String`, so tokens stay cheap, and a processor may bring tags the core does not list.
public struct PartOfSpeech: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let noun = PartOfSpeech("n")
    public static let personName = PartOfSpeech("nr")
    public static let placeName = PartOfSpeech("ns")
    public static let organization = PartOfSpeech("nt")
    public static let otherProperNoun = PartOfSpeech("nz")
    public static let verb = PartOfSpeech("v")
    public static let verbalNoun = PartOfSpeech("vn")
    public static let numeral = PartOfSpeech("m")
    public static let classifier = PartOfSpeech("q")
    public static let time = PartOfSpeech("t")
    public static let english = PartOfSpeech("eng")
    public static let unknown = PartOfSpeech("x")

    /// The first letter of the tag names its family: every `n…` tag is a noun of some sort.
    public var family: Unicode.Scalar? { rawValue.unicodeScalars.first }
}

/// One word of an article: a span of its text, what kind of text it is, and its lexicon tag
/// when the segmenter knows one.
public struct Token: Sendable, Hashable {
    public var span: Span
    public var kind: TokenKind
    public var tag: PartOfSpeech?

    public init(span: Span, kind: TokenKind, tag: PartOfSpeech? = nil) {
        self.span = span
        self.kind = kind
        self.tag = tag
    }

    public var start: Int { span.start }
    public var end: Int { span.end }
}

extension Token: Encodable {
    private enum CodingKeys: String, CodingKey { case start, end, kind, tag }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span.start, forKey: .start)
        try container.encode(span.end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(tag, forKey: .tag)
    }
}
