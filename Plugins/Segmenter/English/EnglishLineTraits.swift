/// What one line of an English OCR page looks like, measured once: length, capitals, how it
/// begins and ends, how much of it is words. The line model reads these (and its
/// neighbours') as features; the article assembly reads a few of them directly.
struct EnglishLineTraits: Sendable, Equatable {
    var length: Int {
        get { Int(counts.length) }
        set { counts.length = Int32(newValue) }
    }
    var letters: Int {
        get { Int(counts.letters) }
        set { counts.letters = Int32(newValue) }
    }
    var uppercase: Int {
        get { Int(counts.uppercase) }
        set { counts.uppercase = Int32(newValue) }
    }
    var digits: Int {
        get { Int(counts.digits) }
        set { counts.digits = Int32(newValue) }
    }
    /// Scalars that are neither letters, digits, space nor ordinary punctuation: OCR debris.
    var odd: Int {
        get { Int(counts.odd) }
        set { counts.odd = Int32(newValue) }
    }
    var words: Int {
        get { Int(counts.words) }
        set { counts.words = Int32(newValue) }
    }
    /// Words (with a letter) that begin with a capital.
    var capitalWords: Int {
        get { Int(counts.capitalWords) }
        set { counts.capitalWords = Int32(newValue) }
    }
    /// Words of one or two letters that are not common words: typical of debris.
    var fragmentWords: Int {
        get { Int(counts.fragmentWords) }
        set { counts.fragmentWords = Int32(newValue) }
    }
    /// The, of, and, to ...: running text has many, headlines and debris few.
    var functionWords: Int {
        get { Int(counts.functionWords) }
        set { counts.functionWords = Int32(newValue) }
    }
    /// The counts, stored in 32 bits (a line of 16 MiB fits): the page keeps the traits of
    /// every line until its lines are labelled, and with `Int` counts they took 88 bytes a
    /// line (48 now), the largest per-line part for an input of millions of short lines.
    private var counts = Counts()
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

    /// The traits of an empty line: every count 0, no flag.
    init() {}

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
        // One pass over the scalars: counts, and the words (letters only) as they end.
        var wordLetters = 0
        var wordHead: Unicode.Scalar?
        var wordKey: UInt64 = 0
        func endWord() {
            guard let head = wordHead else { return }
            words += 1
            if Self.isUpper(head) { capitalWords += 1 }
            // Function words are short: a word of up to 5 ASCII letters, packed into an
            // integer, is looked up without building a string.
            if wordLetters <= 5, wordKey != 0, EnglishWords.function.contains(wordKey) {
                functionWords += 1
            } else if wordLetters <= 2 {
                fragmentWords += 1
            }
            wordLetters = 0
            wordHead = nil
            wordKey = 0
        }
        for scalar in text {
            if scalar.isSpaceLike {
                endWord()
                continue
            }
            if scalar.isASCIILetter || scalar.isLatinLetter {
                letters += 1
                if Self.isUpper(scalar) { uppercase += 1 }
                if wordHead == nil { wordHead = scalar }
                wordLetters += 1
                wordKey = EnglishWords.pack(wordKey, scalar, count: wordLetters)
            } else if scalar.isASCIIDigit {
                digits += 1
            } else if scalar == "$" {
                hasDollar = true
            } else if !Self.ordinaryPunctuation.contains(scalar) {
                odd += 1
            }
        }
        endWord()
    }

    private struct Counts: Sendable, Equatable {
        var length: Int32 = 0
        var letters: Int32 = 0
        var uppercase: Int32 = 0
        var digits: Int32 = 0
        var odd: Int32 = 0
        var words: Int32 = 0
        var capitalWords: Int32 = 0
        var fragmentWords: Int32 = 0
        var functionWords: Int32 = 0
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.isASCIIUppercase : scalar.properties.isUppercase
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
    /// Up to 5 ASCII letters, lower-cased, one byte each; 0 for a word that does not fit
    /// (longer, or a letter outside ASCII).
    static func pack(_ key: UInt64, _ scalar: Unicode.Scalar, count: Int) -> UInt64 {
        guard count <= 5, scalar.isASCIILetter, count == 1 || key != 0 else { return 0 }
        return key << 8 | UInt64(scalar.value | 0x20)
    }

    static let function: Set<UInt64> = Set(
        [
            "a", "an", "the", "of", "and", "to", "in", "is", "that", "for", "was", "on", "at",
            "by", "with", "as", "it", "be", "he", "his", "her", "she", "they", "their", "from",
            "or", "are", "were", "has", "have", "had", "not", "but", "which", "who", "this",
            "will", "would", "been", "we", "i", "you", "all", "there", "one", "so", "if", "no",
            "its", "him", "them", "than", "when", "up", "out", "do", "me", "my", "our", "us",
            "any", "can", "may",
        ].map { word in
            var key: UInt64 = 0
            for (index, scalar) in word.unicodeScalars.enumerated() {
                key = pack(key, scalar, count: index + 1)
            }
            return key
        })
}
