import Foundation

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
///
/// 24 bytes: the kind and the tag share one word (`TokenBits`). An article keeps a token for
/// every word of it, so for an input of 16 MB tokens are the largest structure after the text
/// (with the kind and an optional `String` tag side by side a token took 40 bytes).
public struct Token: Sendable, Hashable {
    public var span: Span
    private var bits: TokenBits

    public var kind: TokenKind {
        get { bits.kind }
        set { bits.kind = newValue }
    }

    public var tag: PartOfSpeech? {
        get { bits.tag }
        set { bits.tag = newValue }
    }

    public init(span: Span, kind: TokenKind, tag: PartOfSpeech? = nil) {
        self.span = span
        self.bits = TokenBits(kind: kind, tag: tag)
    }

    public var start: Int { span.start }
    public var end: Int { span.end }
}

/// A token's kind and tag in one 64-bit word: the kind in the top byte, the tag below it.
/// A tag of up to 8 ASCII scalars (every lexicon tag: `n`, `nr`, `eng`, `nrfg`) is its scalars
/// at 7 bits each, the first lowest, 0 where there is none; any other tag is a number given
/// it by `TagNumbers`, with the top byte's high bit set. Each kind and tag has one encoding,
/// so tokens compare and hash as their kind and tag do.
private struct TokenBits: Sendable, Hashable {
    private var word: UInt64

    private static let tagMask: UInt64 = (1 << 56) - 1
    private static let numbered: UInt64 = 1 << 63

    init(kind: TokenKind, tag: PartOfSpeech?) {
        word = 0
        self.kind = kind
        self.tag = tag
    }

    var kind: TokenKind {
        get {
            switch (word >> 56) & 0x7F {
            case 0: .word
            case 1: .number
            case 2: .latin
            case 3: .punct
            default: .symbol
            }
        }
        set {
            let code: UInt64 =
                switch newValue {
                case .word: 0
                case .number: 1
                case .latin: 2
                case .punct: 3
                case .symbol: 4
                }
            word = word & ~(0x7F << 56) | code << 56
        }
    }

    var tag: PartOfSpeech? {
        get {
            let value = word & Self.tagMask
            if value == 0 { return nil }
            if word & Self.numbered != 0 { return TagNumbers.shared.tag(Int(value)) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { bytes in
                var count = 0
                var rest = value
                while rest != 0 {
                    bytes[count] = UInt8(truncatingIfNeeded: rest & 0x7F)
                    count += 1
                    rest >>= 7
                }
                return PartOfSpeech(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self))
            }
        }
        set {
            word &= ~(Self.tagMask | Self.numbered)
            guard let newValue else { return }
            if let packed = Self.pack(newValue.rawValue) {
                word |= packed
            } else {
                word |= Self.numbered | UInt64(TagNumbers.shared.number(of: newValue))
            }
        }
    }

    /// Up to 8 ASCII scalars (none of them NUL) at 7 bits each; nil for any other tag.
    private static func pack(_ text: String) -> UInt64? {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in text.utf8 {
            guard byte != 0, byte < 0x80, shift < 56 else { return nil }
            packed |= UInt64(byte) << shift
            shift += 7
        }
        return packed == 0 ? nil : packed
    }
}

/// The tags that do not fit a token's word (longer than 8 scalars, or not ASCII), numbered
/// from 1 in the order first seen, for the life of the process. No lexicon has one (its tags
/// are 1 to 8 ASCII letters); a processor may bring one.
private final class TagNumbers: @unchecked Sendable {
    static let shared = TagNumbers()

    // Guards `tags` and `numbers`.
    private let lock = NSLock()
    private var tags: [PartOfSpeech] = []
    private var numbers: [PartOfSpeech: Int] = [:]

    func number(of tag: PartOfSpeech) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[tag] { return number }
        tags.append(tag)
        numbers[tag] = tags.count
        return tags.count
    }

    func tag(_ number: Int) -> PartOfSpeech {
        lock.lock()
        defer { lock.unlock() }
        return tags[number - 1]
    }
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
