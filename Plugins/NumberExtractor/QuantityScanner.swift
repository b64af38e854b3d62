/// One pass over an article's text: at each place a number may start, read the quantity
/// there and go on after it. Latin words are read as English numbers or skipped whole, so
/// that digits inside identifiers (`A2021`, `V1.0`, `B12`) and addresses are no numbers.
struct QuantityScanner {
    let text: [Unicode.Scalar]
    let words: WordGuard
    let english: Bool

    /// Hands each quantity to `visit` as it is found, in text order: an article dense with
    /// numbers holds no array of them beside its entries (at 16 MB of English numbers,
    /// 900,000 quantities, over 100 MB).
    func scan(_ visit: (Quantity) -> Void) {
        let reader = QuantityReader(text: text, words: words)
        // The end of the last quantity found: the next one starts no earlier.
        var lastEnd: Int?
        func append(_ quantity: Quantity) {
            var quantity = quantity
            if let lastEnd, quantity.start < lastEnd { quantity.start = lastEnd }
            lastEnd = quantity.end
            visit(quantity)
        }
        // Read once: a static is checked for its one-time set-up at every use.
        let starters = Self.starters
        var index = 0
        while index < text.count {
            let scalar = text[index]
            // Most scalars (Chinese characters, punctuation) open nothing: no quantity, and no
            // Latin word or web address to step over.
            if !starters.contains(scalar), Numeral.latinLower(scalar) == nil {
                index += 1
                continue
            }
            if let end = addressEnd(at: index) {
                index = end
                continue
            }
            if Numeral.latinLower(scalar) != nil {
                if english, isWordStart(index),
                    let end = Reduplication.englishEnd(in: text, at: index)
                {
                    index = end
                    continue
                }
                if isWordStart(index), let quantity = readLatin(at: index, reader: reader) {
                    append(quantity)
                    index = quantity.end
                } else {
                    index = alphanumericEnd(from: index)
                }
                continue
            }
            if index > 0, Numeral.arabicDigit(scalar) != nil,
                Numeral.arabicDigit(text[index - 1]) != nil
            {
                // Never start inside a run of digits: a run too long to be a quantity is
                // skipped whole, not read from its last 15 digits.
                index += 1
                continue
            }
            if scalar == "一", let end = Reduplication.chineseEnd(in: text, at: index) {
                index = end
                continue
            }
            if starters.contains(scalar),
                let quantity = reader.read(at: index, afterQuantity: index == lastEnd),
                isFree(quantity)
            {
                append(quantity)
                index = quantity.end
                continue
            }
            index += 1
        }
    }

    /// Whether a quantity stands on its own: not in a quoted name, not glued to Latin
    /// letters (`5G`), not reaching back over the one before it.
    private func isFree(_ quantity: Quantity) -> Bool {
        if words.isInQuotedName(quantity.start) { return false }
        // 五比索 in a sentence naming no country: an amount of a money its name leaves open
        // (`CurrencyByCountry`) is no figure, rather than a guessed peso or a bare 5 (English
        // words, `fifty pesos`, are checked the same in `readLatin`).
        if quantity.unit?.isEmpty == true { return false }
        // 9^999 overflows; JSON has no infinity.
        switch quantity.value {
        case .number(let value): if !value.isFinite { return false }
        case .range(let low, let high): if !low.isFinite || !high.isFinite { return false }
        case .date: break
        }
        let end = quantity.end
        if end < text.count, Numeral.latinLower(text[end]) != nil,
            Numeral.arabicDigit(text[end - 1]) != nil
        {
            return false
        }
        return quantity.end > quantity.start
    }

    /// English numbers in words, month-name dates, `US$`, `RMB`; none where the number word
    /// is part of another word or of a set phrase (`EnglishNumberPhrases`).
    private func readLatin(at index: Int, reader: QuantityReader) -> Quantity? {
        guard let quantity = readLatinNumber(at: index, reader: reader),
            quantity.unit?.isEmpty != true
        else { return nil }
        guard !isInsideEnglishWord(quantity), EnglishBinding(text: text).isBound(quantity),
            !EnglishNumberPhrases.covers(start: quantity.start, end: quantity.end, in: text)
        else {
            return nil
        }
        return quantity
    }

    /// `one-sided`, `first-hand`: a number word that a hyphen joins to a word that is no
    /// unit (the units take `-year`, `-day` themselves) makes an adjective; `no one` is a
    /// pronoun. Neither counts anything.
    private func isInsideEnglishWord(_ quantity: Quantity) -> Bool {
        guard quantity.unit == nil, quantity.kind == .number || quantity.kind == .ordinal else {
            return false
        }
        let end = quantity.end
        if end + 1 < text.count, text[end] == "-", Numeral.latinLower(text[end + 1]) != nil {
            return true
        }
        guard case .number(1) = quantity.value, quantity.end - quantity.start == 3 else {
            return false
        }
        // `one another`: a pronoun of each other. `one of the largest`: the partitive, which
        // the news sentences' conventions leave open (one of them, or the one of note), so
        // it is no figure.
        if end + 1 < text.count, text[end] == " ",
            text.match("another", at: end + 1) != nil || text.match("of ", at: end + 1) != nil
        {
            return true
        }
        guard quantity.start >= 2, text[quantity.start - 1] == " ",
            let before = previousWord(endingAt: quantity.start - 1)
        else { return false }
        if before == "at", end + 1 < text.count, text[end] == " ",
            let (next, _) = EnglishReader(text: text).word(at: end + 1)
        {
            // `at one point`, `at one time`: "at some moment", no count; `closed at one` is
            // a level and stays.
            return Self.moments.contains(next)
        }
        return Self.pronounDeterminers.contains(before)
    }

    /// `no one`, `the one` (on the one hand, the one who): after these, `one` is a pronoun
    /// or points at a thing; a count of one has no article (`one hand`, `a hand`).
    private static let pronounDeterminers: Set<String> = ["no", "the", "this", "that", "which"]

    /// The nouns of a moment that make `at one` "at some moment".
    private static let moments: Set<String> = ["point", "time", "stage", "moment", "juncture"]

    /// The lower-cased Latin word that ends at `end`, if one does.
    private func previousWord(endingAt end: Int) -> String? {
        var start = end
        while start > 0, Numeral.latinLower(text[start - 1]) != nil { start -= 1 }
        guard start < end else { return nil }
        return String(String.UnicodeScalarView(text[start..<end].map { Numeral.latinLower($0)! }))
    }

    private func readLatinNumber(at index: Int, reader: QuantityReader) -> Quantity? {
        if let money = reader.readPrefixedMoney(at: index) { return money }
        guard english else { return nil }
        let englishReader = EnglishReader(text: text)
        if let negative = readMinus(at: index, reader: reader, englishReader: englishReader) {
            return negative
        }
        if let date = englishReader.readMonthFirstDate(at: index) { return date }
        if let fraction = englishReader.readArticleFraction(at: index) { return fraction }
        if let (word, end) = englishReader.word(at: index) {
            if let ordinal = englishReader.readCompoundOrdinal(tens: word, at: index, end: end) {
                return englishReader.readCentury(ordinal) ?? ordinal
            }
            if let quarter = englishReader.readQuarter(ordinal: word, at: index, end: end) {
                return quarter
            }
            if let value = EnglishWords.ordinals[word]
                ?? (word == "second" && englishReader.isOrdinalSecond(at: index, end: end)
                    ? 2 : nil)
            {
                let ordinal = Quantity(
                    start: index, end: end, kind: .ordinal, value: .number(Double(value)),
                    unit: nil, approx: nil)
                return englishReader.readCentury(ordinal) ?? ordinal
            }
            if let factor = englishReader.readFold(word: word, at: index, end: end) {
                return factor
            }
        }
        if let half = englishReader.readHalf(at: index) {
            return reader.complete(half, spanStart: index, sign: 1)
        }
        guard let numeral = englishReader.readWords(at: index) else { return nil }
        if let mixed = englishReader.readMixed(after: numeral) {
            return reader.complete(mixed, spanStart: index, sign: 1)
        }
        if let fraction = englishReader.readFraction(after: numeral) {
            return reader.complete(fraction, spanStart: index, sign: 1)
        }
        return reader.complete(numeral, spanStart: index, sign: 1)
    }

    /// `minus five`, `minus 0.7 percent`: the word as a sign.
    private func readMinus(at index: Int, reader: QuantityReader, englishReader: EnglishReader)
        -> Quantity?
    {
        guard let end = text.match("minus ", at: index) else { return nil }
        let start = text.skippingSpaces(from: end)
        guard start < text.count else { return nil }
        if Numeral.arabicDigit(text[start]) != nil, let numeral = reader.numerals.read(at: start) {
            return reader.complete(numeral, spanStart: index, sign: -1)
        }
        guard let numeral = englishReader.readWords(at: start) else { return nil }
        return reader.complete(numeral, spanStart: index, sign: -1)
    }

    /// Every scalar `mayStart` accepts, as a bitmap: the scan asks this of every scalar of
    /// an article (`QuantityScannerTests` checks it against `mayStart` over the whole BMP).
    static let starters = ScalarSet(
        "0123456789０１２３４５６７８９", "〇零○一壹弌二贰貳两兩倆俩弍三叁參弎仨四肆五伍六陆陸七柒八捌九玖",
        "十拾百佰千仟廿卅卌半", "第负負正几幾数數-−－.．$¥￥€£人美港欧对對万萬亿億₩₹₽฿₫₱₺₦")

    /// Where a quantity may start: a numeral, or a sign, a currency or a word that may open
    /// one.
    static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        if Numeral.canStartNumeral(scalar) { return true }
        switch scalar {
        case "第", "负", "負", "正", "几", "幾", "数", "數", "-", "−", "－", ".", "．", "$", "¥", "￥", "€",
            "£", "人", "美", "港",
            "欧", "对", "對", "万", "萬", "亿", "億", "₩", "₹", "₽", "฿", "₫", "₱", "₺", "₦":
            return true
        default:
            return false
        }
    }

    private func isWordStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = text[index - 1]
        return Numeral.latinLower(before) == nil && Numeral.arabicDigit(before) == nil
    }

    /// The end of a run of letters and digits (with inner `.`, `-`, `_`): an identifier.
    private func alphanumericEnd(from start: Int) -> Int {
        var index = start
        while index < text.count {
            let scalar = text[index]
            if Numeral.latinLower(scalar) != nil || Numeral.arabicDigit(scalar) != nil {
                index += 1
            } else if scalar == "." || scalar == "-" || scalar == "_",
                index + 1 < text.count,
                Numeral.latinLower(text[index + 1]) != nil
                    || Numeral.arabicDigit(text[index + 1]) != nil
            {
                index += 1
            } else {
                break
            }
        }
        return max(index, start + 1)
    }

    /// A web address runs to the next space or Chinese character.
    private func addressEnd(at index: Int) -> Int? {
        let scalar = text[index]
        guard scalar == "h" || scalar == "H" || scalar == "w" || scalar == "W",
            isWordStart(index),
            text.match("http://", at: index) != nil || text.match("https://", at: index) != nil
                || text.match("www.", at: index) != nil
        else { return nil }
        var end = index
        while end < text.count, text[end].value > 0x20, text[end].value < 0x2E80 { end += 1 }
        return end
    }
}
