/// What one line of an English OCR page looks like, measured once: length, capitals, how it
/// begins and ends, how much of it is words. The line model reads these (and its
/// neighbours') as features; the article assembly reads a few of them directly.
struct EnglishLineTraits: Sendable {
    var length = 0
    var letters = 0
    var uppercase = 0
    var digits = 0
    /// Scalars that are neither letters, digits, space nor ordinary punctuation: OCR debris.
    var odd = 0
    var words = 0
    /// Words (with a letter) that begin with a capital.
    var capitalWords = 0
    /// Words of one or two letters that are not common words: typical of debris.
    var fragmentWords = 0
    /// The, of, and, to ...: running text has many, headlines and debris few.
    var functionWords = 0
    var firstUpper = false
    var firstLower = false
    var firstDigit = false
    var firstOpen = false
    var endsPeriod = false
    var endsSentence = false
    var endsComma = false
    var endsHyphen = false
    var endsColon = false
    var startsBy = false
    var hasDateline = false
    var hasDollar = false

    var capsShare: Double { letters == 0 ? 0 : Double(uppercase) / Double(letters) }
    var titleShare: Double { words == 0 ? 0 : Double(capitalWords) / Double(words) }
    var letterShare: Double { length == 0 ? 0 : Double(letters) / Double(length) }
    var digitShare: Double { length == 0 ? 0 : Double(digits) / Double(length) }
    var oddShare: Double { length == 0 ? 0 : Double(odd) / Double(length) }
    var fragmentShare: Double { words == 0 ? 0 : Double(fragmentWords) / Double(words) }
    var functionShare: Double { words == 0 ? 0 : Double(functionWords) / Double(words) }
    var isAllCaps: Bool { letters >= 3 && capsShare > 0.8 }

    /// - Parameter text: the line without white space at either end.
    init(_ text: ArraySlice<Unicode.Scalar>) {
        length = text.count
        guard let first = text.first, let last = text.last else { return }
        firstUpper = first.isASCIIUppercase
        firstLower = first.isASCIILowercase
        firstDigit = first.isASCIIDigit
        firstOpen = first == "(" || first == "\"" || first == "'" || first == "["
        var end = text.endIndex - 1
        while end > text.startIndex, Self.isClosing(text[end]) { end -= 1 }
        let final = text[end]
        endsPeriod = final == "."
        endsSentence = final == "." || final == "!" || final == "?"
        endsComma = last == "," || last == ";"
        endsHyphen = last == "-"
        endsColon = last == ":"
        startsBy = EnglishByline.opens(text)
        hasDateline = EnglishDateline.match(text) != nil
        for scalar in text {
            if scalar.isASCIILetter || scalar.isLatinLetter {
                letters += 1
                if scalar.properties.isUppercase { uppercase += 1 }
            } else if scalar.isASCIIDigit {
                digits += 1
            } else if scalar == "$" {
                hasDollar = true
            } else if !scalar.isSpaceLike && !Self.ordinaryPunctuation.contains(scalar) {
                odd += 1
            }
        }
        for word in text.split(whereSeparator: { $0.isSpaceLike }) {
            let letters = word.filter { $0.isLatinLetter }
            guard let head = letters.first else { continue }
            words += 1
            if head.properties.isUppercase { capitalWords += 1 }
            // Function words are short: longer words are never looked up.
            if letters.count <= 5, EnglishWords.function.contains(letters.string.lowercased()) {
                functionWords += 1
            } else if letters.count <= 2 {
                fragmentWords += 1
            }
        }
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == ")" || scalar == "”" || scalar == "’"
            || scalar.isSpaceLike
    }

    private static let ordinaryPunctuation: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "'", "\"", "!", "?", "-", "(", ")", "$", "%", "&", "—", "–", "’", "‘",
        "“", "”",
    ]
}

/// Common English words, for telling running text from headlines, debris and foreign text.
enum EnglishWords {
    static let function: Set<String> = [
        "a", "an", "the", "of", "and", "to", "in", "is", "that", "for", "was", "on", "at", "by",
        "with", "as", "it", "be", "he", "his", "her", "she", "they", "their", "from", "or", "are",
        "were", "has", "have", "had", "not", "but", "which", "who", "this", "will", "would",
        "been", "we", "i", "you", "all", "there", "one", "so", "if", "no", "its", "him",
        "them", "than", "when", "up", "out", "do", "me", "my", "our", "us", "any", "can", "may",
    ]
}
