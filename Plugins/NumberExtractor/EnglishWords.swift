/// English number words.
enum EnglishWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static let scales: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
        "lakh": 5, "crore": 7,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100, "thousandth": 1000,
    ]

    /// The parts of a whole a fraction is counted in: `two thirds`, `three-quarters`.
    /// (`second` is left out: `one second` is a time.)
    static let fractionParts: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
        "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
        "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words that may stand between `by` and the size of a change (`by almost a third`,
    /// `by more than a quarter`).
    static let changeHedges: Set<String> = [
        "almost", "nearly", "about", "around", "roughly", "some", "just", "only", "fully",
        "more", "less", "than", "over", "under", "well",
    ]

    /// Words that may follow the size of a change and end its noun phrase: prepositions,
    /// conjunctions and time words (`cut by a third in two years`, `by a fifth last year`).
    static let afterChange: Set<String> = [
        "in", "on", "at", "to", "from", "since", "over", "after", "before", "during", "within",
        "between", "against", "compared", "than", "and", "but", "or", "while", "as", "when",
        "last", "next", "this", "that", "year", "years", "month", "months", "week", "weeks",
        "overall", "again", "already", "only", "so", "for", "by", "according",
    ]

    /// Words before `second` that make it the unit of time: `per second`, `a split second`,
    /// `every second counts`.
    static let beforeTimeSecond: Set<String> = [
        "per", "split", "every", "each", "one", "nano", "milli", "micro", "fraction",
    ]

    /// Comparatives a part word may measure (`a third more`, `a quarter cheaper`).
    static let comparatives: Set<String> = [
        "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater",
        "cheaper", "dearer", "longer", "shorter", "faster", "slower",
    ]

    /// Words after `a second` that make it a span of time: `a second behind`, `a second later`.
    static let afterTimeSecond: Set<String> = [
        "behind", "ahead", "later", "earlier", "ago", "faster", "slower", "longer", "shorter",
        "off", "or", "too", "left", "quicker",
    ]

    /// Words ending in s that are no plural nouns.
    static let notNouns: Set<String> = [
        "is", "was", "has", "as", "this", "its", "us", "his", "hers", "yes", "thus", "plus",
        "less", "unless", "across", "whereas", "was", "does", "always", "perhaps", "besides",
    ]
}

/// Reads English numbers spelled in words (`three hundred`, `twenty-one`), ordinal words
/// (`first`), and dates with month names (`June 17, 2018`, `17 June 2018`).
struct EnglishReader {
    let text: [Unicode.Scalar]

    /// The lower-cased Latin word at `start` and where it ends.
    func word(at start: Int) -> (String, Int)? {
        var end = start
        var word = String.UnicodeScalarView()
        while end < text.count, let letter = Numeral.latinLower(text[end]) {
            word.append(letter)
            end += 1
        }
        return end > start ? (String(word), end) : nil
    }

    /// A number in words: the value and the end of its last word.
    func readWords(at start: Int) -> ReadNumber? {
        var total = 0.0
        var current = 0.0
        var end = start
        var position = start
        var sawNumber = false
        // Whether the last word read was a scale (`hundred`, `million`): only then may `and`
        // carry the number on (`one hundred and five`; `two and two` is two numbers).
        var afterScale = false
        while let (word, wordEnd) = word(at: position) {
            if let unit = EnglishWords.units[word], Self.fits(unit, after: current, sawNumber) {
                current += Double(unit)
                afterScale = false
            } else if word == "a" || word == "an", !sawNumber,
                let next = nextWordStart(after: wordEnd), let (following, _) = self.word(at: next),
                EnglishWords.scales[following] != nil || following == "dozen"
            {
                // `a million`, `a hundred`, `a dozen`: one of the scale.
                current = 1
                sawNumber = true
                position = next
                continue
            } else if word == "dozen", sawNumber, current > 0 {
                // `a dozen` (12), `two dozen` (24), `half a dozen` (6, by readHalf).
                current *= 12
            } else if let exponent = EnglishWords.scales[word], sawNumber {
                if exponent == 2 {
                    current *= 100
                } else {
                    total += current * DecimalNumber.power(exponent)
                    current = 0
                }
                afterScale = true
            } else if word == "and", afterScale, let next = nextWordStart(after: wordEnd),
                let (following, _) = self.word(at: next), EnglishWords.units[following] != nil
            {
                position = next
                continue
            } else {
                break
            }
            sawNumber = true
            end = wordEnd
            guard let next = nextWordStart(after: wordEnd) else { break }
            position = next
        }
        guard sawNumber else { return nil }
        var result = ReadNumber(value: total + current, start: start, end: end)
        result.digitCount = 0
        return result
    }

    /// Whether a units or tens word carries on the number read so far, as English writes
    /// numbers: after a scale, or nothing, any (`one hundred twenty`); after a ten, a digit
    /// (`twenty-four`); never a second digit or ten (`twenty-four seven` is 24/7, no 31;
    /// `one two` is two numbers).
    private static func fits(_ unit: Int, after current: Double, _ sawNumber: Bool) -> Bool {
        guard sawNumber else { return true }
        let below = Int(current.truncatingRemainder(dividingBy: 100))
        if below == 0 { return true }
        return below >= 20 && below % 10 == 0 && unit < 10
    }

    /// `third-quarter profits`, `the second quarter`: an ordinal naming a quarter of the year,
    /// as `第三季度` does (`second` counts here: a quarter is no time of the clock).
    func readQuarter(ordinal word: String, at start: Int, end: Int) -> Quantity? {
        guard let value = word == "second" ? 2 : EnglishWords.ordinals[word], value <= 4,
            end + 1 < text.count, text[end] == "-" || text[end] == " ",
            let (following, quarterEnd) = self.word(at: end + 1), following == "quarter"
        else { return nil }
        return Quantity(
            start: start, end: quarterEnd, kind: .ordinal, value: .number(Double(value)),
            unit: "quarter", approx: nil)
    }

    /// `sevenfold`, `tenfold`, `a hundredfold`: a number word with `fold` is the factor of
    /// a growth, as `七倍` is.
    func readFold(word: String, at start: Int, end: Int) -> Quantity? {
        guard word.hasSuffix("fold"), word.count > 4 else { return nil }
        let stem = String(word.dropLast(4))
        guard
            let value = EnglishWords.units[stem]
                ?? EnglishWords.scales[stem].map({ exponent in
                    Int(DecimalNumber.power(exponent))
                }), value > 1
        else { return nil }
        return Quantity(
            start: start, end: end, kind: .count, value: .number(Double(value)), unit: "fold",
            approx: nil)
    }

    /// `two thirds`, `three-quarters`, `one tenth`: a number of words (or digits) counting
    /// parts of a whole; nil when no part word follows.
    func readFraction(after numeral: ReadNumber) -> ReadNumber? {
        guard numeral.isInteger, numeral.value >= 1, numeral.value < 100,
            let next = nextWordStart(after: numeral.end), let (part, end) = word(at: next),
            let parts = EnglishWords.fractionParts[part]
        else { return nil }
        // `one half` but not `two half`: the plural follows numbers above one.
        guard part.hasSuffix("s") == (numeral.value > 1) else { return nil }
        var result = ReadNumber(value: numeral.value / parts, start: numeral.start, end: end)
        result.digitCount = 0
        return result
    }

    /// `six and one-half feet`, `two and a half hours`, `one and three-quarters`: a whole
    /// number and a fraction under one are one mixed number (6.5), as `六点五` is one; read
    /// apart they would be two wrong figures (6, and half a foot).
    func readMixed(after numeral: ReadNumber) -> ReadNumber? {
        guard numeral.isInteger, numeral.value >= 1,
            let joinerStart = nextWordStart(after: numeral.end),
            let (joiner, joinerEnd) = word(at: joinerStart), joiner == "and",
            let partStart = nextWordStart(after: joinerEnd)
        else { return nil }
        var fraction: ReadNumber?
        if let (article, articleEnd) = word(at: partStart), article == "a" || article == "an" {
            if let next = nextWordStart(after: articleEnd), let (part, partEnd) = word(at: next),
                !part.hasSuffix("s"), let parts = EnglishWords.fractionParts[part]
            {
                fraction = ReadNumber(value: 1 / parts, start: partStart, end: partEnd)
            }
        } else if let count = readWords(at: partStart) {
            fraction = readFraction(after: count)
        }
        guard let fraction, fraction.value < 1 else { return nil }
        var result = ReadNumber(
            value: numeral.value + fraction.value, start: numeral.start, end: fraction.end)
        result.digitCount = 0
        return result
    }

    /// `a third of`, `a quarter of a percentage point`, `half a percentage point`: one part
    /// of a whole after the article, a fraction and no ordinal (`a third term` stays third).
    func readArticleFraction(at start: Int) -> Quantity? {
        guard let (article, articleEnd) = word(at: start), article == "a" || article == "half",
            let next = nextWordStart(after: articleEnd)
        else { return nil }
        var value: Double
        var end: Int
        if article == "half" {
            guard text.match("a percentage point", at: next) != nil else { return nil }
            value = 0.5
            end = articleEnd
        } else {
            guard let (part, partEnd) = word(at: next), !part.hasSuffix("s"),
                let parts = EnglishWords.fractionParts[part],
                text.match(" of ", at: partEnd) != nil || isComparative(after: partEnd)
                    || (isAmountOfChange(start) && closesPhrase(partEnd))
            else { return nil }
            value = 1 / parts
            end = partEnd
        }
        var quantity = Quantity(
            start: start, end: end, kind: .number, value: .number(value), unit: nil, approx: nil)
        let point =
            text.match(" of a percentage point", at: end)
            ?? text.match(" a percentage point", at: end)
        if let point {
            quantity.kind = .percent
            quantity.unit = "percentage_point"
            quantity.end = point
        }
        return quantity
    }

    /// `the nineteenth century`, `eighteenth-century`, `the twenty-first century`: an ordinal
    /// word before `century` names a century, a date as `the 19th century` and `19世纪` are
    /// (its years' first two digits); read as a bare ordinal it was a rank the text does not
    /// say.
    func readCentury(_ ordinal: Quantity) -> Quantity? {
        guard ordinal.kind == .ordinal, ordinal.unit == nil,
            case .number(let value) = ordinal.value, value >= 1, value < 100,
            ordinal.end + 1 < text.count, text[ordinal.end] == " " || text[ordinal.end] == "-",
            let (following, centuryEnd) = word(at: ordinal.end + 1), following == "century"
        else { return nil }
        return Quantity(
            start: ordinal.start, end: centuryEnd, kind: .date,
            value: .date(DateReader.twoDigits(Int(value) - 1)), unit: nil, approx: nil)
    }

    /// `twenty-first`, `thirty-second`, `ninety-ninth`: a hyphenated ten with an ordinal of
    /// the units is one ordinal (as `twenty-one` is one number); read apart, the ten was a
    /// number glued to a word and nothing at all was found.
    func readCompoundOrdinal(tens word: String, at start: Int, end: Int) -> Quantity? {
        guard let tens = EnglishWords.units[word], tens >= 20, tens % 10 == 0,
            end + 1 < text.count, text[end] == "-",
            let (unitWord, unitEnd) = self.word(at: end + 1),
            let unit = unitWord == "second" ? 2 : EnglishWords.ordinals[unitWord], unit < 10
        else { return nil }
        return Quantity(
            start: start, end: unitEnd, kind: .ordinal, value: .number(Double(tens + unit)),
            unit: nil, approx: nil)
    }

    /// `cut by a third`, `rose by nearly a fifth`: after `by` (with hedges between) the
    /// article and part word are the size of a change, a fraction of what changed, and no
    /// rank (a rank takes `the`: `rose to the third place`).
    private func isAmountOfChange(_ start: Int) -> Bool {
        var end = start
        for _ in 0..<4 {
            guard let (before, wordStart) = word(endingBefore: end) else { return false }
            if before == "by" { return true }
            guard EnglishWords.changeHedges.contains(before) else { return false }
            end = wordStart
        }
        return false
    }

    /// Whether a noun phrase ends at `end`: clause punctuation, the end, or a function word
    /// or time word (`by a third in 2023`, `by a fifth last year`), so that `by a third party`
    /// keeps its ordinal.
    private func closesPhrase(_ end: Int) -> Bool {
        guard end < text.count, !".,;:)!?".unicodeScalars.contains(text[end]) else { return true }
        guard let next = nextWordStart(after: end), let (following, _) = word(at: next) else {
            return false
        }
        return EnglishWords.afterChange.contains(following)
    }

    /// `the second round`, `finished second`: `second` is the ordinal 2 unless it is the
    /// unit of time (`a second`, `per second`, `a split second`: a number before it takes it
    /// in as its unit before the scan comes here) or the idiom `second to none`, which ranks
    /// nothing. `second-hand` is an adjective, as `first-hand` is (the scanner's hyphen rule).
    func isOrdinalSecond(at start: Int, end: Int) -> Bool {
        if text.match(" to none", at: end) != nil { return false }
        guard let (before, _) = word(endingBefore: start) else { return true }
        if EnglishWords.beforeTimeSecond.contains(before) { return false }
        // `a second` closing its phrase is a moment (`wait a second.`), and so is one before
        // a word of time or place (`a second behind the winner`); before a noun it ranks (`a
        // second term`).
        guard before == "a" else { return true }
        if let next = nextWordStart(after: end), let (following, _) = word(at: next),
            EnglishWords.afterTimeSecond.contains(following)
        {
            return false
        }
        return !closesPhrase(end)
    }

    /// `a third more than last year`, `a fifth higher`: a part word before a comparative is
    /// the size of the difference, a fraction.
    private func isComparative(after end: Int) -> Bool {
        guard let next = nextWordStart(after: end), let (following, _) = word(at: next) else {
            return false
        }
        return EnglishWords.comparatives.contains(following)
    }

    /// The lower-cased word that ends one space before `end`, and where it starts.
    private func word(endingBefore end: Int) -> (String, Int)? {
        guard end >= 2, text[end - 1] == " " else { return nil }
        var start = end - 1
        while start > 0, Numeral.latinLower(text[start - 1]) != nil { start -= 1 }
        guard start < end - 1, let (word, _) = word(at: start) else { return nil }
        return (word, start)
    }

    /// `half a million`: half of what follows `half a`.
    func readHalf(at start: Int) -> ReadNumber? {
        guard Numeral.latinLower(text[start]) == "h", let (word, end) = word(at: start),
            word == "half",
            let next = nextWordStart(after: end), let numeral = readWords(at: next),
            text[next] == "a" || text[next] == "A"
        else { return nil }
        var result = ReadNumber(value: numeral.value / 2, start: start, end: numeral.end)
        result.digitCount = 0
        return result
    }

    /// The next word after one space or a hyphen (`twenty-one`).
    private func nextWordStart(after end: Int) -> Int? {
        guard end + 1 < text.count, text[end] == " " || text[end] == "-",
            Numeral.latinLower(text[end + 1]) != nil
        else { return nil }
        return end + 1
    }

    /// `June 17, 2018`, `June 2018`, `June 17`.
    func readMonthFirstDate(at start: Int) -> Quantity? {
        guard let (name, wordEnd) = word(at: start), let month = EnglishWords.months[name] else {
            return nil
        }
        let arabic = ArabicNumeralReader(text: text)
        var position = text.skippingSpaces(from: wordEnd)
        if position < text.count, text[position] == "." {
            position = text.skippingSpaces(from: position + 1)
        }
        guard position > wordEnd || position < text.count, position < text.count,
            Numeral.arabicDigit(text[position]) != nil, let first = arabic.read(at: position),
            !first.hasFraction
        else { return nil }
        let monthISO = DateReader.twoDigits(month)
        guard let firstValue = Numeral.smallInt(first.number.value) else { return nil }
        if first.integerDigits == 4 {
            return date("\(firstValue)-\(monthISO)", start, first.end)
        }
        guard (1...31).contains(firstValue), first.integerDigits <= 2 else { return nil }
        var after = first.end
        if after + 1 < text.count, let suffix = word(at: after),
            ["st", "nd", "rd", "th"].contains(suffix.0)
        {
            after = suffix.1
        }
        var yearStart = after
        if yearStart < text.count, text[yearStart] == "," { yearStart += 1 }
        yearStart = text.skippingSpaces(from: yearStart)
        if yearStart < text.count, Numeral.arabicDigit(text[yearStart]) != nil,
            let year = arabic.read(at: yearStart), year.integerDigits == 4, !year.hasFraction
        {
            let iso =
                "\(Numeral.smallInt(year.number.value) ?? 0)-\(monthISO)-\(DateReader.twoDigits(firstValue))"
            return date(iso, start, year.end)
        }
        return date("--\(monthISO)-\(DateReader.twoDigits(firstValue))", start, after)
    }

    /// `17 June 2018`, `17 June`: a day number before a month name.
    func readDayFirstDate(day: ReadNumber) -> Quantity? {
        guard day.isInteger, !day.isChinese, (1...31).contains(day.value), day.end < text.count,
            text[day.end] == " ", let (name, wordEnd) = word(at: day.end + 1),
            let month = EnglishWords.months[name], name.unicodeScalars.count > 3
        else { return nil }
        guard let dayValue = Numeral.smallInt(day.value) else { return nil }
        let dayISO = DateReader.twoDigits(dayValue)
        let monthISO = DateReader.twoDigits(month)
        let yearStart = text.skippingSpaces(from: wordEnd)
        if yearStart > wordEnd, yearStart < text.count, Numeral.arabicDigit(text[yearStart]) != nil,
            let year = ArabicNumeralReader(text: text).read(at: yearStart), year.integerDigits == 4,
            !year.hasFraction
        {
            let yearValue = Numeral.smallInt(year.number.value) ?? 0
            return date("\(yearValue)-\(monthISO)-\(dayISO)", day.start, year.end)
        }
        return date("--\(monthISO)-\(dayISO)", day.start, wordEnd)
    }

    private func date(_ iso: String, _ start: Int, _ end: Int) -> Quantity {
        Quantity(start: start, end: end, kind: .date, value: .date(iso), unit: nil, approx: nil)
    }
}
