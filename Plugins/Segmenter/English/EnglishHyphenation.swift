/// Whether a hyphen at a line end is a word broken by the typesetter (`develop-` / `ment`:
/// joined) or a real hyphen (`self-` / `respect`, `so-` / `called`: kept). The evidence is
/// the page itself: a word the page also prints whole, or hyphenated in mid-line, says which;
/// without it, a compounding first part keeps its hyphen and anything else is joined.
struct EnglishHyphenation: Sendable {
    /// Lower-case words the page prints inside its lines (not at a line end).
    private var seen: Set<String> = []

    /// First parts that form hyphenated compounds rather than being cut-off syllables.
    private static let compounding: Set<String> = [
        "self", "well", "half", "ill", "ex", "vice", "so", "all", "great", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third",
    ]

    init() {}

    /// The words of the page's lines, the last word of each line left out (it may be cut).
    init(lines: [ArraySlice<Unicode.Scalar>]) {
        for line in lines {
            let words = line.split(whereSeparator: { $0.isSpaceLike })
            for word in words.dropLast() {
                let letters = word.drop { !$0.isLatinLetter }.prefix {
                    $0.isLatinLetter || $0 == "-"
                }
                if letters.count >= 3 { seen.insert(letters.string.lowercased()) }
            }
        }
    }

    /// Whether `left-` at a line end and `right` on the next line keep their hyphen.
    func keepsHyphen(_ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>)
        -> Bool
    {
        let head = left.string.lowercased()
        let tail = right.string.lowercased()
        if seen.contains(head + "-" + tail) { return true }
        if seen.contains(head + tail) { return false }
        return Self.compounding.contains(head)
    }
}
