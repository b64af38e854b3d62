import PresswatchCore

/// What a Chinese word's lexicon tag says about its use in a keyword.
enum TagClass {
    /// Nouns of every sort, verbal nouns, fixed phrases, abbreviations, idioms, foreign words;
    /// also no tag (`x` or none: new words, names the segmenter found).
    case standsAlone
    case verb
    /// Adjectives, distinguishing words, time words, morphemes: only inside a phrase.
    case partOnly
    /// Numerals, classifiers, pronouns, prepositions, conjunctions, particles, adverbs,
    /// interjections, onomatopoeia, localisers.
    case dropped

    init(_ tag: PartOfSpeech?) {
        guard let tag else {
            self = .standsAlone
            return
        }
        var bytes: UInt32 = 0
        var length = 0
        for byte in tag.rawValue.utf8 {
            guard length < 4 else { break }
            bytes = bytes << 8 | UInt32(byte)
            length += 1
        }
        self = Self.classify(bytes, first: UInt8(truncatingIfNeeded: bytes >> (8 * (length - 1))))
    }

    private static func code(_ tag: StaticString) -> UInt32 {
        var bytes: UInt32 = 0
        for index in 0..<tag.utf8CodeUnitCount { bytes = bytes << 8 | UInt32(tag.utf8Start[index]) }
        return bytes
    }

    private static func classify(_ bytes: UInt32, first: UInt8) -> TagClass {
        // `m` alone is left to the numeral check: the lexicon tags 一把手 and 一线 `m`.
        if first == UInt8(ascii: "n") || bytes == code("m") || bytes == code("x") {
            return .standsAlone
        }
        switch bytes {
        case code("v"): return .verb
        case code("vn"), code("l"), code("j"), code("i"), code("eng"): return .standsAlone
        case code("mq"), code("q"), code("r"), code("rr"), code("rz"), code("p"), code("c"),
            code("u"), code("uj"), code("ul"), code("uz"), code("uv"), code("ud"), code("ug"),
            code("d"), code("ad"), code("dg"), code("y"), code("e"), code("o"), code("f"),
            code("zg"):
            return .dropped
        default: return .partOnly
        }
    }
}

/// Digits, Chinese numerals and their companions: a word made only of these is a number.
@inline(__always)
func isNumeral(_ value: UInt32) -> Bool {
    switch value {
    case 0x30...0x39, 0xFF10...0xFF19, 0x2E, 0x25, 0xFF05, 0xFF0E,
        0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
        0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24, 0x51E0, 0x534A, 0x591A,
        0x4F59, 0x7B2C:
        return true
    default:
        return false
    }
}
