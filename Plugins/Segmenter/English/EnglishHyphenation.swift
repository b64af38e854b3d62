/// Whether a hyphen at a line end is a word broken by the typesetter (`develop-` / `ment`:
/// joined) or a real hyphen (`self-` / `respect`, `so-` / `called`: kept). The evidence is
/// the page itself: a word the page also prints whole, or hyphenated in mid-line, says which;
/// without it, a compounding first part keeps its hyphen and anything else is joined.
struct EnglishHyphenation: Sendable {
    /// Lower-case words the page prints inside its lines (not at a line end), hashed: the
    /// page's thousands of words go in without a string each.
    private var seen: Set<UInt64> = []

    /// First parts that form hyphenated compounds rather than being cut-off syllables.
    private static let compounding: Set<String> = [
        "self", "well", "half", "ill", "ex", "vice", "so", "all", "great", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third",
    ]

    init() {}

    /// The words of the page's lines, the last word of each line left out (it may be cut).
    /// A sequence, so that a page's lines can come trimmed one at a time (an array of them
    /// all cost 24 bytes a line).
    init<Lines: Sequence>(lines: Lines) where Lines.Element == ArraySlice<Unicode.Scalar> {
        for line in lines {
            let text = line  // already without outer white space
            var index = text.startIndex
            while index < text.endIndex {
                // A word: letters and inner hyphens, from its first letter.
                while index < text.endIndex, !text[index].isLatinLetter { index += 1 }
                let start = index
                while index < text.endIndex, text[index].isLatinLetter || text[index] == "-" {
                    index += 1
                }
                // What follows the word up to the next space; the line's last word may be cut.
                var next = index
                while next < text.endIndex, !text[next].isSpaceLike { next += 1 }
                if index - start >= 3, next < text.endIndex {
                    seen.insert(Self.key(text[start..<index]))
                }
                index = next
            }
        }
    }

    /// Whether `left-` at a line end and `right` on the next line keep their hyphen.
    func keepsHyphen(_ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>)
        -> Bool
    {
        if seen.contains(Self.key(left + ["-"] + right)) { return true }
        if seen.contains(Self.key(left + right)) { return false }
        return Self.compounding.contains(left.string.lowercased())
    }

    /// FNV-1a over the lower-cased scalars.
    private static func key<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            let value = scalar.isASCIIUppercase ? scalar.value | 0x20 : scalar.value
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash
    }
}
