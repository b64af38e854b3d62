/// The traits of every line of a page in 12 bytes a line, read back as `EnglishLineTraits`
/// exactly as they were measured.
///
/// Why: the page keeps its lines' traits until the lines are labelled, and as
/// `[EnglishLineTraits]` (48 bytes a line) they were, with the window sums, the largest
/// per-line part for an input of millions of short lines (198 MB at 16 MB). A line of at most
/// 255 scalars has every count in a byte (no count exceeds the length); a longer line keeps
/// its whole traits aside, and such lines are few for their size.
struct EnglishLineTraitsTable: RandomAccessCollection {
    private var packed: [Packed] = []
    /// The traits of lines with a count over 255, by line.
    private var long: [Int: EnglishLineTraits] = [:]

    init() {}

    init<Lines: Sequence>(_ lines: Lines) where Lines.Element == EnglishLineTraits {
        packed.reserveCapacity(lines.underestimatedCount)
        for line in lines { append(line) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    subscript(index: Int) -> EnglishLineTraits {
        let line = packed[index]
        if line.flags & Packed.isLong != 0 { return long[index]! }
        return line.traits
    }

    mutating func append(_ traits: EnglishLineTraits) {
        if let line = Packed(traits) {
            packed.append(line)
        } else {
            long[packed.count] = traits
            packed.append(Packed.longLine)
        }
    }

    private struct Packed {
        var length: UInt8 = 0
        var letters: UInt8 = 0
        var uppercase: UInt8 = 0
        var digits: UInt8 = 0
        var odd: UInt8 = 0
        var words: UInt8 = 0
        var capitalWords: UInt8 = 0
        var fragmentWords: UInt8 = 0
        var functionWords: UInt8 = 0
        /// The twelve flags, a bit each, and `isLong`.
        var flags: UInt16 = 0

        static let isLong: UInt16 = 1 << 15
        static let longLine = Packed(flags: isLong)

        private init(flags: UInt16) { self.flags = flags }

        /// Nil when a count does not fit in a byte.
        init?(_ traits: EnglishLineTraits) {
            guard let length = UInt8(exactly: traits.length),
                let letters = UInt8(exactly: traits.letters),
                let uppercase = UInt8(exactly: traits.uppercase),
                let digits = UInt8(exactly: traits.digits), let odd = UInt8(exactly: traits.odd),
                let words = UInt8(exactly: traits.words),
                let capitalWords = UInt8(exactly: traits.capitalWords),
                let fragmentWords = UInt8(exactly: traits.fragmentWords),
                let functionWords = UInt8(exactly: traits.functionWords)
            else { return nil }
            self.length = length
            self.letters = letters
            self.uppercase = uppercase
            self.digits = digits
            self.odd = odd
            self.words = words
            self.capitalWords = capitalWords
            self.fragmentWords = fragmentWords
            self.functionWords = functionWords
            func bit(_ isSet: Bool, _ number: Int) -> UInt16 { isSet ? 1 << number : 0 }
            flags =
                bit(traits.firstUpper, 0) | bit(traits.firstLower, 1) | bit(traits.firstDigit, 2)
                | bit(traits.firstOpen, 3) | bit(traits.endsPeriod, 4)
                | bit(traits.endsSentence, 5) | bit(traits.endsComma, 6)
                | bit(traits.endsHyphen, 7) | bit(traits.endsColon, 8) | bit(traits.startsBy, 9)
                | bit(traits.hasDateline, 10) | bit(traits.hasDollar, 11)
        }

        var traits: EnglishLineTraits {
            var traits = EnglishLineTraits()
            traits.length = Int(length)
            traits.letters = Int(letters)
            traits.uppercase = Int(uppercase)
            traits.digits = Int(digits)
            traits.odd = Int(odd)
            traits.words = Int(words)
            traits.capitalWords = Int(capitalWords)
            traits.fragmentWords = Int(fragmentWords)
            traits.functionWords = Int(functionWords)
            func bit(_ number: Int) -> Bool { flags & 1 << number != 0 }
            traits.firstUpper = bit(0)
            traits.firstLower = bit(1)
            traits.firstDigit = bit(2)
            traits.firstOpen = bit(3)
            traits.endsPeriod = bit(4)
            traits.endsSentence = bit(5)
            traits.endsComma = bit(6)
            traits.endsHyphen = bit(7)
            traits.endsColon = bit(8)
            traits.startsBy = bit(9)
            traits.hasDateline = bit(10)
            traits.hasDollar = bit(11)
            return traits
        }
    }
}
