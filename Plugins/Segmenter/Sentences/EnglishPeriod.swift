/// Whether an English `.` ends a sentence.
enum EnglishPeriod {
    /// Titles and the like: a name or a number always follows, so they never end one.
    private static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "sen", "rep", "gov", "capt", "lt",
        "col", "sgt", "rev", "hon", "no", "nos", "fig", "figs", "vs", "v", "e.g", "i.e", "cf",
        "approx", "ph.d", "jr", "sr", "messrs", "pp", "vol", "ch", "art", "sec",
    ]
    /// Abbreviations that may end a sentence: they end one when a capital follows.
    private static let sometimesFinal: Set<String> = [
        "inc", "ltd", "co", "corp", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "dept", "univ", "bros", "est", "a.m",
        "p.m",
    ]

    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int, in range: Range<Int>)
        -> Bool
    {
        let next = index + 1
        // Inside a number, a code or a dotted abbreviation (3.14, V1.0, U.S.A): no.
        if next < range.upperBound, !scalars[next].isSpaceLike, !scalars[next].isClosingMark,
            scalars[next] != "."
        {
            return false
        }
        let word = wordBefore(scalars, index, range.lowerBound)
        if word.isEmpty { return !isDecimalPoint(scalars, index, range) }
        let letters = word.filter { $0 != "." }
        if letters.count == 1, letters[0].isLatinLetter { return false }  // an initial: J. Smith
        let key = lowercased(word)
        if neverFinal.contains(key) { return false }
        // Dotted acronyms (U.S., U.K.) run on; a paragraph end still ends the sentence.
        if word.contains("."), letters.allSatisfy({ $0.isASCIIUppercase }) { return false }
        if sometimesFinal.contains(key) || word.contains(".") {
            return nextWordIsCapitalized(scalars, next, range)
        }
        return !nextWordIsLowercase(scalars, next, range)
    }

    private static func isDecimalPoint(
        _ scalars: [Unicode.Scalar], _ index: Int, _ range: Range<Int>
    ) -> Bool {
        index > range.lowerBound && scalars[index - 1].isASCIIDigit && index + 1 < range.upperBound
            && scalars[index + 1].isASCIIDigit
    }

    /// The letters and inner periods right before the period (`U.S` for `U.S.`).
    private static func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int, _ lower: Int)
        -> [Unicode.Scalar]
    {
        var start = index
        // Abbreviations are short; the bound keeps a long run of letters linear.
        while start > lower, index - start < 24,
            scalars[start - 1].isLatinLetter || scalars[start - 1] == "."
        {
            start -= 1
        }
        return Array(scalars[start..<index])
    }

    private static func firstLetterAfter(
        _ scalars: [Unicode.Scalar], _ from: Int, _ range: Range<Int>
    ) -> Unicode.Scalar? {
        var index = from
        while index < range.upperBound, index - from < 64,
            scalars[index].isSpaceLike || scalars[index].isClosingMark || scalars[index] == "\""
                || scalars[index] == "“" || scalars[index] == "("
        {
            index += 1
        }
        return index < range.upperBound ? scalars[index] : nil
    }

    private static func nextWordIsCapitalized(
        _ scalars: [Unicode.Scalar], _ from: Int, _ range: Range<Int>
    ) -> Bool {
        guard let first = firstLetterAfter(scalars, from, range) else { return true }
        return first.isASCIIUppercase || first.isASCIIDigit || first.isHan
    }

    private static func nextWordIsLowercase(
        _ scalars: [Unicode.Scalar], _ from: Int, _ range: Range<Int>
    ) -> Bool {
        guard let first = firstLetterAfter(scalars, from, range) else { return false }
        return first.isASCIILowercase
    }

    private static func lowercased(_ word: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for scalar in word {
            view.append(scalar.isASCIIUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar)
        }
        return String(view)
    }
}
