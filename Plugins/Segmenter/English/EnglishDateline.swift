/// The dateline that opens a wire or local story: a place in capitals, a month and a day
/// (`WASHINGTON, Jan. 19.—`, `CHEYENNE, Wy., February 10`, `LONDON. Jan. 5.`).
enum EnglishDateline {
    /// The offset just after the dateline (the day and its punctuation) in `text`, or nil.
    static func match(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        // Most lines fail here: a dateline opens with a capital and has a day in its first
        // 50 scalars.
        guard let first = text.first, first.isASCIIUppercase,
            text.prefix(50).contains(where: \.isASCIIDigit)
        else { return nil }
        let tokens = words(text)
        guard tokens.count >= 3, isPlaceHead(text[tokens[0]]) else { return nil }
        // The place runs over up to four words; the last one before the month ends in a
        // comma or period (`CHEYENNE, Wy.,`). A title-case place stands alone before its comma.
        let allCapsHead = isCapitals(text[tokens[0]])
        for monthIndex in 1..<min(tokens.count - 1, 5) {
            let before = text[tokens[monthIndex - 1]]
            guard let mark = before.last, mark == "," || mark == "." else { continue }
            guard allCapsHead || monthIndex == 1 else { return nil }
            guard isMonth(text[tokens[monthIndex]]) else { continue }
            let day = text[tokens[monthIndex + 1]]
            let digits = day.prefix { $0.isASCIIDigit }
            guard (1...2).contains(digits.count) else { return nil }
            var end = tokens[monthIndex + 1].lowerBound + digits.count
            while end < text.endIndex, isDatelineMark(text[end]) || text[end].isSpaceLike {
                end += 1
            }
            // Back over trailing spaces: the dateline ends on its last mark.
            while end > text.startIndex, text[end - 1].isSpaceLike { end -= 1 }
            return end
        }
        return nil
    }

    private static func words(_ text: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for index in text.indices {
            if text[index].isSpaceLike {
                if let begin = start { ranges.append(begin..<index) }
                start = nil
                if ranges.count >= 7 { return ranges }
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { ranges.append(begin..<text.endIndex) }
        return ranges
    }

    private static func isPlaceHead(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, first.isASCIIUppercase else { return false }
        return word.filter(\.isASCIILetter).count >= 3
    }

    /// Mostly capitals: OCR turns some capitals into small letters (`NEw YORK`).
    private static func isCapitals(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let letters = word.filter(\.isASCIILetter)
        return letters.count >= 3
            && letters.filter(\.isASCIIUppercase).count * 3 >= letters.count * 2
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// A month's name or its abbreviation of three or four letters (`Jan.`, `Sept.`).
    private static func isMonth(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let letters = word.prefix { $0.isASCIILetter }
        guard letters.count >= 3, letters.first?.isASCIIUppercase == true else { return false }
        let lower = letters.string.lowercased()
        return months.contains { month in
            month == lower || (lower.count <= 4 && month.hasPrefix(lower))
        }
    }

    private static func isDatelineMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == ":" || scalar == "-" || scalar == "—"
            || scalar == "–"
    }
}
