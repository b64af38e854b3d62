import PresswatchCore

/// A token the tagger keeps: a word that may be a keyword, or a piece of one.
struct TermUnit {
    enum Role: UInt8 {
        /// May be a keyword on its own (and part of a phrase).
        case content
        /// Only part of a phrase: a single character, an adjective, a generic word.
        case part
    }

    /// The interned, normalised text (case folded unless a name).
    var id: Int32
    var start: Int
    var role: Role
    var isVerb: Bool
    var isLatin: Bool
    /// Whether it follows the previous unit with nothing between but spaces, so the two can
    /// form a phrase.
    var joinsPrevious: Bool
}

/// Normalised texts of an article's units, each given a small number once.
struct TermInterner {
    private(set) var ids: [String: Int32] = [:]
    private(set) var texts: [String] = []
    /// Whether the text is latin script (phrases of it join with a space).
    private(set) var latin: [Bool] = []

    init(capacity: Int) {
        ids.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        latin.reserveCapacity(capacity)
    }

    mutating func id(of text: String, latin isLatin: Bool) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(texts.count)
        ids[text] = id
        texts.append(text)
        latin.append(isLatin)
        return id
    }
}

/// The tags that never make a keyword nor a piece of one: numerals, classifiers, pronouns,
/// prepositions, conjunctions, particles, adverbs, interjections, onomatopoeia, localisers.
private let droppedTags: Set<String> = [
    "m", "mq", "q", "r", "rr", "rz", "p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "d",
    "ad", "dg", "y", "e", "o", "f", "zg",
]

/// Tags that may stand alone as a keyword: every noun (`n`, `nr`, `ns`, `nt`, `nz` ...),
/// verbal nouns, verbs, fixed phrases, abbreviations, idioms, foreign words.
private func standsAlone(_ tag: String) -> Bool {
    if tag.unicodeScalars.first == "n" { return true }
    switch tag {
    case "vn", "v", "l", "j", "i", "eng": return true
    default: return false
    }
}

/// Numerals, digits and their companions: a word made only of these is a number.
private func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0xFF10...0xFF19, 0x2E, 0x25, 0xFF05, 0xFF0E: return true
    default:
        return "〇零一二三四五六七八九十百千万亿两几半多余第".unicodeScalars.contains(scalar)
    }
}

/// How a Chinese word (or a token without latin letters) is used: nil drops it.
func chineseRole(
    text: String, scalars: ArraySlice<Unicode.Scalar>, tag: String?, stopWords: StopWords
) -> TermUnit.Role? {
    if scalars.allSatisfy(isNumeral) { return nil }
    if stopWords.function.contains(text) { return nil }
    // The lexicon tags some words `m` for their leading numeral (一把手, 一线): they are nouns.
    // `x` (not a word of the lexicon) is as good as no tag: new words, names.
    let effectiveTag = tag == "m" ? "n" : (tag == "x" ? "" : (tag ?? ""))
    if droppedTags.contains(effectiveTag) { return nil }
    if effectiveTag == "t" && scalars.contains(where: isNumeral) { return nil }
    let alone = effectiveTag.isEmpty || standsAlone(effectiveTag)
    if alone && scalars.count >= 2 && !stopWords.generic.contains(text) { return .content }
    return .part
}
