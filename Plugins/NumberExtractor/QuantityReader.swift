import PresswatchCore

/// Reads the quantity starting at one offset: a numeral with what comes before it (第, 负,
/// a currency sign, 百分之) and after it (a unit, a second numeral of a range, a hedge).
struct QuantityReader {
    let text: [Unicode.Scalar]
    let words: WordGuard

    var numerals: NumeralReader { NumeralReader(text: text) }
    var suffixes: SuffixReader { SuffixReader(text: text, words: words) }

    /// `afterQuantity`: a quantity ends right at `start`. When it is a spoken price ending in
    /// its last digit (七毛三), its reading already split the word the segmenter cut there
    /// (七毛|三一斤: the price's last digit and the count after it, cut as one numeral word),
    /// so `start` is a word boundary for the quantity after it too.
    func read(at start: Int, afterQuantity: Bool = false) -> Quantity? {
        if let side = readScoreSide(at: start) { return side }
        guard
            words.isBoundary(start) || (afterQuantity && endsSpokenPrice(before: start))
                || isSeveralAtWordEnd(start)
                || isPairAtWordEnd(start) || words.isSignInGuessedWord(start, in: text)
        else { return nil }
        let scalar = text[start]
        if scalar == "第" { return readOrdinal(at: start) }
        if let grade = readGrade(at: start) { return grade }
        if Numeral.isChineseNegative(scalar) || (Numeral.isMinus(scalar) && canBeMinus(at: start)) {
            guard start + 1 < text.count, let numeral = numerals.read(at: start + 1) else {
                return nil
            }
            return complete(numeral, spanStart: start, sign: -1)
        }
        if let signed = readZeroSign(at: start) ?? readPlus(at: start) { return signed }
        if let money = readPrefixedMoney(at: start) { return money }
        if Numeral.arabicDigit(scalar) != nil,
            let time = TimeReader(text: text).readColon(at: start)
        {
            return checked(time)
        }
        if let half = readHalf(at: start) { return half }
        if let exponent = Numeral.magnitudeExponent(scalar) {
            var denominator = ReadNumber(
                value: DecimalNumber.power(exponent), start: start, end: start + 1)
            denominator.explicitLead = false
            if let fraction = readFraction(denominator, spanStart: start, sign: 1) {
                return checked(fraction)
            }
            return readRoundMagnitude(at: start, exponent: exponent)
        }
        guard let read = numerals.read(at: start) else { return readFewAlone(at: start) }
        guard !isLoneSign(read) else { return nil }
        let numeral = classicalSum(read) ?? read
        guard let quantity = complete(numeral, spanStart: start, sign: 1)
        else { return nil }
        if isNounAfterCount(quantity) || isInSplitWord(quantity, numeral)
            || isHeadOfSplitWord(quantity, numeral) || isClassGrade(quantity, numeral)
        {
            return nil
        }
        // 一块 is "together" unless money follows (一块五, 一块钱) or a noun it counts.
        if quantity.kind != .money,
            (isIdiom(numeral, quantity) && !countsANoun(quantity)) || isOtherWord(quantity, numeral)
                || isAdverbialPlace(quantity, numeral) || isGluedToNumerals(quantity, numeral)
                || isAllOver(quantity)
        {
            return nil
        }
        if isInDictionaryIdiom(quantity, numeral) { return nil }
        guard isBound(quantity, numeral) else { return nil }
        return quantity
    }

    /// 三人成虎, 千闻不如一见: a Chinese quantity inside an idiom of the Xinhua list that the
    /// lexicon lacks as an idiom (`ChineseNumberIdioms`), where no word of the cut runs across
    /// the idiom's edges.
    private func isInDictionaryIdiom(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        numeral.isChinese
            && ChineseNumberIdioms.covers(
                start: quantity.start, end: quantity.end, in: text, isBoundary: words.isBoundary)
    }

    /// 一年|级新生: a Chinese quantity that the lexicon writes on into a word of another kind
    /// (一年级, first grade) that the best cut split right after it.
    private func isHeadOfSplitWord(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        quantity.kind != .money && quantity.start == numeral.start && numeral.isChinese
            && quantity.end > numeral.end
            && words.continuesIntoOtherWord(quantity.start, quantity.end, in: text)
    }

    /// 评价不一, 标准不一: a lone Chinese numeral read with no unit, inside a word of the
    /// lexicon that is no quantity (不一, varied) though the best cut split it (不|一).
    private func isInSplitWord(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        quantity.kind == .number && quantity.unit == nil && quantity.start == numeral.start
            && quantity.end == numeral.end && numeral.end - numeral.start == 1
            && numeral.approx == nil && numeral.isChinese
            && words.isInsideOtherWord(numeral.start, in: text)
    }

    /// 十三五 (the 13th five-year plan), 双十一 (the shopping day): a bare Chinese numeral the
    /// grammar had to stop, with another Chinese numeral right after it or right before it,
    /// is part of a name made of numerals, not a number of its own (十三 and 五 apart are
    /// figures the text does not say).
    /// So is a bare span in the place below a place, with a noun right after it and no unit
    /// to count it in (十四五规划: such a span counts in a unit, 十四五个); a span of two digits
    /// counts the noun itself (三五好友).
    private func isGluedToNumerals(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        guard quantity.unit == nil, numeral.isChinese, quantity.start == numeral.start else {
            return false
        }
        if quantity.kind == .range {
            let start = quantity.start
            return numeral.approx == nil && quantity.end == numeral.end && start + 1 < text.count
                && (Numeral.chineseUnit(text[start]) != nil
                    || Numeral.chineseUnit(text[start + 1]) != nil)
                && words.tag(at: quantity.end)?.family == "n"
        }
        guard quantity.kind == .number else { return false }
        if quantity.end < text.count, Numeral.chineseDigit(text[quantity.end]) != nil {
            return true
        }
        guard quantity.start > 0 else { return false }
        let before = text[quantity.start - 1]
        return Numeral.chineseDigit(before) != nil || Numeral.chineseUnit(before) != nil
            || Numeral.chineseTens(before) != nil || Numeral.magnitudeExponent(before) != nil
    }

    /// 两颗八角 (two star anise), 三颗八角和一块姜: a numeral and 角 right after a count
    /// with its classifier is the noun that count counts (八角 the spice), neither an amount
    /// of jiao nor eight corners; money in 角 has 钱 or a smaller unit after it, or a 元 or
    /// 块 before it, which the money reading takes in whole.
    private func isNounAfterCount(_ quantity: Quantity) -> Bool {
        guard quantity.end - 1 > quantity.start, text[quantity.end - 1] == "角",
            quantity.start > 0, !Numeral.canStartNumeral(text[quantity.start - 1]),
            let family = words.tag(endingAt: quantity.start)?.family,
            family == "m" || family == "q"
        else { return false }
        let before = quantity.start - 1
        return UnitTables.classifiers.longestMatch(in: text, at: before) != nil
            && UnitTables.currencyChain.longestMatch(in: text, at: before) == nil
    }

    /// `三比零`, `3比1`, `以一比二`: a score (or a ratio) is its two numbers, each bare. The
    /// segmenter often glues a side to 比 (三比|零, 零比二 as guessed words); the 比 between
    /// two numerals says where each ends.
    private func readScoreSide(at start: Int) -> Quantity? {
        guard Numeral.chineseDigit(text[start]) != nil || Numeral.arabicDigit(text[start]) != nil,
            start == 0 || !Numeral.canStartNumeral(text[start - 1])
        else { return nil }
        // Cheap tests first, so that a numeral is read a second time only beside 比.
        let closesScore =
            start >= 2 && text[start - 1] == "比" && Numeral.canStartNumeral(text[start - 2])
        var probe = start + 1
        while probe < text.count,
            Numeral.canStartNumeral(text[probe]) || Numeral.magnitudeExponent(text[probe]) != nil
                || Numeral.isDecimalPoint(text[probe])
        {
            probe += 1
        }
        guard closesScore || (probe < text.count && text[probe] == "比"),
            var numeral = numerals.read(at: start), numeral.low == nil, numeral.approx == nil,
            numeral.exact == nil
        else { return nil }
        if numeral.digitString, closesScore, let digit = Numeral.chineseDigit(text[start]) {
            // 三比零|零封: a side of a score is a cardinal, never digits read one by one; the
            // digit after the first opens the next word (零封, a shut-out).
            numeral = ReadNumber(value: Double(digit), start: start, end: start + 1)
        }
        let opensScore =
            numeral.end + 1 < text.count && text[numeral.end] == "比"
            && Numeral.canStartNumeral(text[numeral.end + 1])
        guard opensScore || closesScore else { return nil }
        return Quantity(
            start: start, end: numeral.end, kind: .number, value: .number(numeral.value),
            unit: nil, approx: nil)
    }

    /// `上万名`, `近万人`, `万余人`: a lone 万 or 亿 that a hedge makes a round number, as
    /// `近百名` does for 百; with nothing around it a lone magnitude is no number.
    private func readRoundMagnitude(at start: Int, exponent: Int) -> Quantity? {
        var numeral = ReadNumber(value: DecimalNumber.power(exponent), start: start, end: start + 1)
        numeral.isChinese = true
        if start + 1 < text.count, text[start + 1] == "余" || text[start + 1] == "多" {
            numeral.approx = .moreThan
            numeral.end += 1
        }
        let hedged = start > 0 && "上近逾超".unicodeScalars.contains(text[start - 1])
        guard hedged || numeral.approx != nil, startsUnit(at: numeral.end) else { return nil }
        return complete(numeral, spanStart: start, sign: 1)
    }

    /// Whether a unit of a count, a span of time or a measure starts at `offset` (近百名,
    /// 上百年, 上千米): what a hedged lone place counts.
    func startsUnit(at offset: Int) -> Bool {
        UnitTables.classifiers.longestMatch(in: text, at: offset) != nil
            || UnitTables.durations.longestMatch(in: text, at: offset) != nil
            || UnitTables.measures.longestMatch(in: text, at: offset) != nil
            || words.classifier(at: offset) != nil
    }

    /// 一块石头, 一起事故, 一道难题: a lexicon word of a numeral and a one-character
    /// classifier that also means "together" or the like counts when a noun follows it (or a one-character
    /// adjective and a noun: 一块大石头).
    private func countsANoun(_ quantity: Quantity) -> Bool {
        // A classifier of the table: 一些 (some) is the lexicon's q, and counts nothing.
        // After its subject (邻居们一起动手, 他俩一块买了票: a noun, a pronoun or 们 right
        // before) the word is the adverb "together", whatever tag the word after it has; a
        // count of 一起 or 一块 follows a verb (发生一起事故, 捡起一块石头).
        guard quantity.kind == .count, quantity.end < text.count,
            !"nrk".unicodeScalars.contains(words.tag(endingAt: quantity.start)?.family ?? "x"),
            let (_, end) = UnitTables.classifiers.longestMatch(in: text, at: quantity.end - 1),
            end == quantity.end
        else { return false }
        var next = quantity.end
        if words.tag(at: next)?.family == "a", words.tokenEnd(at: next) == next + 1 {
            next += 1
        }
        // A common noun: 起 and 块 count things (事故, 石头), not names; a name tag is also
        // where the lexicon files odd words (长大 is ns), so 从小一起长大 is "together".
        guard let tag = words.tag(at: next), tag.family == "n" else { return false }
        guard Self.nameTags.contains(tag) else { return true }
        // 一块芝士蛋糕 (the lexicon files 芝士 as a place): a name right before a common noun
        // is what kind of that noun, and the count counts the noun.
        guard let nameEnd = words.tokenEnd(at: next), let head = words.tag(at: nameEnd) else {
            return false
        }
        return head.family == "n" && !Self.nameTags.contains(head)
    }

    /// The lexicon's tags of proper nouns: people, places, organizations, other names.
    private static let nameTags: Set<PartOfSpeech> = [
        .personName, .placeName, .organization, .otherProperNoun, PartOfSpeech("nrt"),
        PartOfSpeech("nrfg"),
    ]

    /// 一样, 一块儿: the lexicon writes the numeral with what follows as one word that is
    /// no noun, numeral or classifier but an adverb, an adjective, a pronoun or a conjunction,
    /// so no quantity. (Nouns and idioms say nothing: the lexicon files 数百人, 几万人, 五所 and
    /// 四千人 under n, l, j and i.) And a lone 零 with a count's classifier as one lexicon word
    /// (零件, which the lexicon tags mq like 三件) is a word: no count of zero things is a
    /// lexicon entry, while 零度 is a measure and 0人 no word.
    private func isOtherWord(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        // A numeral with its own hedge (十来个, 十来天: the lexicon's d) is an approximate
        // count whatever its tag: the hedge inside says it counts.
        guard quantity.start == numeral.start, words.tokenEnd(at: numeral.start) == quantity.end,
            numeral.approx == nil, let family = words.tag(at: numeral.start)?.family
        else { return false }
        if quantity.kind == .count, numeral.end - numeral.start == 1,
            Numeral.chineseDigit(text[numeral.start]) == 0
        {
            return true
        }
        // 十度, 十步, 十一期: Chinese makes adverbs of a measure word with 一 (一度 once, 一再,
        // 一向), not with other numbers; the lexicon's adverb tag on another numeral with a
        // unit of the tables is its noise, and the numeral counts.
        if family == "d", quantity.unit != nil,
            let lead = Numeral.chineseDigit(text[numeral.start])
                ?? Numeral.chineseUnit(text[numeral.start]), lead >= 2
        {
            return false
        }
        return "darcup".unicodeScalars.contains(family)
    }

    /// 千万不要, 万分感谢: a bare numeral of the lexicon that opens with a place and no digit
    /// (千万, not 一千万), right before an adverb, a verb or an adjective, is an adverb itself
    /// ("by all means", "extremely"), no number.
    private func isAdverbialPlace(_ quantity: Quantity, _ numeral: ReadNumber) -> Bool {
        guard quantity.kind == .number, quantity.start == numeral.start,
            quantity.end == numeral.end, numeral.isChinese,
            Numeral.chineseDigit(text[numeral.start]) == nil,
            words.tokenEnd(at: numeral.start) == numeral.end,
            let family = words.tag(at: text.skippingSpaces(from: numeral.end))?.family
        else { return false }
        return "dvabr".unicodeScalars.contains(family)
    }

    /// The numeral with its unit, range and hedges; nil when it ends inside a word.
    func complete(_ numeral: ReadNumber, spanStart: Int, sign: Double) -> Quantity? {
        if let date = EnglishReader(text: text).readDayFirstDate(day: numeral) {
            return checked(date)
        }
        if let fraction = readFraction(numeral, spanStart: spanStart, sign: sign),
            words.acceptsEnd(fraction.end, numeralStart: numeral.start, in: text)
        {
            return fraction
        }
        // With its unit first; when that ends inside a word (3年级), as a bare number.
        for unitsAllowed in [true, false] {
            let reading = suffixes.read(numeral, unitsAllowed: unitsAllowed)
            var quantity = Self.make(numeral, reading, start: spanStart, sign: sign)
            if numeral.low == nil,
                let range = RangeReader(reader: self).read(after: quantity, numeral)
            {
                quantity = range
            }
            guard words.acceptsEnd(quantity.end, numeralStart: numeral.start, in: text) else {
                continue
            }
            if numeral.looksLikeIdentifier, quantity.kind == .number { return nil }
            if isAdverbialOne(quantity) { return nil }
            if let enumerator = enumerator(quantity, numeral) { return enumerator }
            if let month = monthBeforeMonthRange(quantity, numeral) { return month }
            if let holiday = holiday(quantity, numeral) { return holiday }
            addHedgeAfter(&quantity)
            addHedgeBefore(&quantity)
            return quantity
        }
        return nil
    }

    static func make(_ numeral: ReadNumber, _ reading: Reading, start: Int, sign: Double)
        -> Quantity
    {
        var quantity = Quantity(
            start: start, end: reading.end, kind: reading.kind, value: reading.value,
            unit: reading.unit, approx: numeral.approx ?? reading.approx)
        if case .number(let value) = reading.value {
            quantity.value = .number(sign * value)
            // The digits stay exact only while the unit leaves the value as it is.
            if let exact = numeral.exact, value == numeral.value {
                quantity.exact = sign < 0 ? exact.negated() : exact
            }
        }
        if let low = numeral.low, let high = numeral.high, reading.kind != .date,
            case .number(let value) = reading.value
        {
            // The unit may scale the value (成, 美分): scale both ends alike.
            let factor = numeral.value == 0 ? 1 : value / numeral.value
            quantity.kind = .range
            quantity.value = .range(low * factor, high * factor)
            if reading.kind == .money {
                // 五六毛 is 0.5 to 0.6 yuan, not to 0.6000000000000001.
                quantity.value = .range(
                    MoneyReader.rounded(low * factor), MoneyReader.rounded(high * factor))
            }
            quantity.unit = Self.rangeUnit(reading)
        }
        return quantity
    }

    static func rangeUnit(_ reading: Reading) -> String? {
        reading.kind == .percent ? (reading.unit ?? "percent") : reading.unit
    }

    /// A quantity whose end falls inside a word is none.
    func checked(_ quantity: Quantity) -> Quantity? {
        words.isBoundary(quantity.end) ? quantity : nil
    }

    /// 一起, 十分, 万一: lexicon words that only look like a numeral and a classifier. A
    /// numeral that goes on past the word (一点五, 一块五) is a number, and so is a quantity
    /// the grammar reads on past it: 十分之七 is a fraction, whatever the lexicon cut.
    private func isIdiom(_ numeral: ReadNumber, _ quantity: Quantity) -> Bool {
        guard let (_, end) = NumeralIdioms.words.longestMatch(in: text, at: numeral.start),
            numeral.end <= end, quantity.end <= end
        else {
            return false
        }
        return !words.hasTokens || words.tokenEnd(at: numeral.start) == end
    }

    /// A lone 百 or 千 is no number (`五十千`), nor a lone financial digit that is also a
    /// common character (拾起, 肆意, 陆地, 队伍, 壹切): those are numbers only with other numerals
    /// around them (`肆拾肆`). 叁, 壹, 捌 and the like mean nothing else and stand alone.
    private func isLoneSign(_ numeral: ReadNumber) -> Bool {
        // The characters first: the look-ups after them are for these few alone.
        guard numeral.end - numeral.start == 1, Self.loneSigns.contains(text[numeral.start])
        else { return false }
        let next = text.skippingSpaces(from: numeral.end)
        guard text.match("分之", at: next, spaced: true) == nil,
            UnitTables.currencies.longestMatch(in: text, at: next) == nil
        else { return false }
        switch text[numeral.start] {
        case "百", "千":
            // 百年, 千年, 百米: the lexicon writes the place with its unit as one numeral
            // word (m; 百度 and 百姓 are nouns): a hundred or a thousand of the unit.
            if words.tag(at: numeral.start)?.family == "m",
                words.tokenEnd(at: numeral.start) == numeral.end + 1
            {
                return false
            }
            // 近百名, 上千人, 逾百家: a hedge before it makes the place a round number.
            let hedged =
                numeral.start > 0 && "近上逾超".unicodeScalars.contains(text[numeral.start - 1])
            return !hedged || !startsUnit(at: next)
        case "佰", "仟", "拾", "肆", "伍", "陆", "陸", "壹":
            return true
        default:
            return false
        }
    }

    /// The characters `isLoneSign` may refuse alone.
    private static let loneSigns = ScalarSet("百千佰仟拾肆伍陆陸壹")

    /// 一 right before a verb is "as soon as" (一到, 一看), no number; so is 一 at the head
    /// of a word the segmenter only guessed (一到会场: 一到 with no lexicon tag), and 一
    /// after a demonstrative (这一成绩, 同一, 又一).
    private func isAdverbialOne(_ quantity: Quantity) -> Bool {
        guard text[quantity.start] == "一" || text[quantity.start] == "壹" else { return false }
        if quantity.start > 0,
            "这那".unicodeScalars.contains(text[quantity.start - 1])
                || Self.isSole(before: quantity.start, in: text),
            quantity.kind == .count || quantity.kind == .duration,
            quantity.numericValue == 1
        {
            // 这一年, 那一天: a demonstrative with 一 and a unit points at one thing ("this
            // year"), it does not count it; so does 唯一 (唯一一家: "the only one").
            return true
        }
        if quantity.kind == .count || quantity.kind == .duration, quantity.numericValue == 1,
            isPreviousOrNext(before: quantity.start)
        {
            return true
        }
        if quantity.kind == .count, quantity.numericValue == 1, quantity.end - quantity.start == 2,
            isAfterPersonalSubject(quantity.start), words.tag(at: quantity.end)?.family == "v",
            !Self.collectives.contains(text[quantity.start + 1])
        {
            // 他一口答应, 她一把抓住, 我一眼认出: 一 and a measure word between a person
            // and a verb say how it was done (at once, in one grab), they count nothing. A
            // measure word of a group of people (我们一家去了海南, 他们一伙) names the people
            // themselves, one family, and counts it.
            return true
        }
        guard quantity.kind == .number, quantity.end - quantity.start == 1 else { return false }
        if quantity.start > 0, "这那此该同又另其".unicodeScalars.contains(text[quantity.start - 1]) {
            return true
        }
        if let end = words.tokenEnd(at: quantity.start), end > quantity.end,
            words.tag(at: quantity.start) == nil
        {
            return true
        }
        return words.tag(at: quantity.end)?.family == "v"
    }

    /// Whether 唯一 or 惟一 (the only) ends right at `start`.
    private static func isSole(before start: Int, in text: [Unicode.Scalar]) -> Bool {
        start >= 2 && text[start - 1] == "一" && (text[start - 2] == "唯" || text[start - 2] == "惟")
    }

    /// Whether a personal pronoun (他, 她们, 我) or a person's name ends right at `start`:
    /// the subject of a verb that follows. Not any pronoun: after 其中 (among them) 一人受伤
    /// counts the one hurt.
    private func isAfterPersonalSubject(_ start: Int) -> Bool {
        guard let tag = words.tag(endingAt: start),
            let wordStart = words.tokenStart(endingAt: start)
        else { return false }
        if Self.personNameTags.contains(tag) { return true }
        return tag.family == "r" && Self.personalPronouns.contains(text[wordStart])
    }

    /// Measure words of a group of people: 一家, 一伙, 一群, 一帮, 一批, 一拨, 一队.
    private static let collectives = ScalarSet("家伙群帮批拨队")

    private static let personNameTags: Set<PartOfSpeech> = [
        .personName, PartOfSpeech("nrt"), PartOfSpeech("nrfg"),
    ]
    private static let personalPronouns = ScalarSet("我你他她它您咱俺")

    /// 与上一次相比, 下一步, 上一届: 上 or 下 as a word of its own before 一 and a unit is
    /// "the previous" or "the next", which points at one thing and counts nothing. After a
    /// noun it is a place (桌子上一本书: one book on the table), and the count stands.
    private func isPreviousOrNext(before start: Int) -> Bool {
        guard start > 0, text[start - 1] == "上" || text[start - 1] == "下",
            words.tokenStart(endingAt: start) == start - 1
        else { return false }
        let family = words.tag(endingAt: start - 1)?.family
        return family != "n" && family != "s" && family != "r"
    }

    /// `二是推进`, `三、新时代`: a small Chinese numeral opening a clause and followed by 是
    /// or 、 counts the points of a list, an ordinal.
    private func enumerator(_ quantity: Quantity, _ numeral: ReadNumber) -> Quantity? {
        guard quantity.kind == .number, numeral.isChinese, numeral.low == nil,
            numeral.approx == nil, quantity.start == numeral.start,
            let value = quantity.numericValue, value >= 1, value <= 20, value == value.rounded(),
            quantity.end < text.count, text[quantity.end] == "是" || text[quantity.end] == "、"
        else { return nil }
        if quantity.start > 0, !"，。；：！？\n（(“".unicodeScalars.contains(text[quantity.start - 1]) {
            return nil
        }
        var ordinal = quantity
        ordinal.kind = .ordinal
        return ordinal
    }

    /// “五一”, `六一国际儿童节`, `五一假期`: two digits naming a day of the year (May 1st);
    /// `十一黄金周`, `十一假期`: 十一 before a holiday's word is the National Day (October 1st).
    private func holiday(_ quantity: Quantity, _ numeral: ReadNumber) -> Quantity? {
        if quantity.kind == .number, numeral.isChinese, !numeral.digitString,
            numeral.value == 11, quantity.end - quantity.start == 2,
            ["黄金周", "假期", "长假", "小长假", "国庆"].contains(where: {
                text.match($0, at: quantity.end) != nil
            })
        {
            var date = quantity
            date.kind = .date
            date.value = .date("--10-01")
            return date
        }
        guard quantity.kind == .number, numeral.digitString, numeral.isChinese,
            numeral.digitCount == 2, let value = Numeral.smallInt(numeral.value),
            (1...9).contains(value / 10), (1...9).contains(value % 10)
        else { return nil }
        let end = quantity.end
        let quoted =
            quantity.start > 0 && text[quantity.start - 1] == "“" && end < text.count
            && text[end] == "”"
        let next = quoted ? end + 1 : end
        let named = ["假期", "节", "期间", "黄金周", "国际", "前夕", "当天"].contains {
            text.match($0, at: next) != nil
        }
        guard quoted || named else { return nil }
        var date = quantity
        date.kind = .date
        date.value = .date("--0\(value / 10)-0\(value % 10)")
        return date
    }

    /// `1—10月`: the bare number before a month range is a month too.
    private func monthBeforeMonthRange(_ quantity: Quantity, _ numeral: ReadNumber) -> Quantity? {
        guard quantity.kind == .number, numeral.low == nil, quantity.end == numeral.end,
            let month = Numeral.smallInt(numeral.value), (1...12).contains(month),
            quantity.end + 1 < text.count,
            "-—–~～至到－".unicodeScalars.contains(text[quantity.end]),
            let right = numerals.read(at: quantity.end + 1),
            let rightMonth = Numeral.smallInt(right.value), (month..<13).contains(rightMonth),
            right.end < text.count, text[right.end] == "月"
        else { return nil }
        var date = quantity
        date.kind = .date
        date.value = .date("--" + DateReader.twoDigits(month))
        return date
    }

    /// A minus sign, not a hyphen between numbers or inside a word: `-3.9`, `－－9` is 9.
    private func canBeMinus(at index: Int) -> Bool {
        guard index + 1 < text.count,
            Numeral.arabicDigit(text[index + 1]) != nil || text[index + 1] == "."
        else { return false }
        guard index > 0 else { return true }
        let before = text[index - 1]
        if Numeral.isHan(before) {
            // After a verb, a preposition or 的 it is a sign (余额为-300元, 读数是-49).
            if let family = words.tag(endingAt: index)?.family,
                "vpuc".unicodeScalars.contains(family)
            {
                return true
            }
            // After another Chinese word a dash is a hyphen (祖国颂-2022), unless a
            // temperature or a percentage follows (气温-3.9℃).
            var end = index + 1
            while end < text.count,
                Numeral.arabicDigit(text[end]) != nil || Numeral.isDecimalPoint(text[end])
            {
                end += 1
            }
            return end < text.count && "℃°度摄%％".unicodeScalars.contains(text[end])
        }
        return Numeral.arabicDigit(before) == nil && Numeral.latinLower(before) == nil
            && !Numeral.isMinus(before) && Numeral.chineseDigit(before) == nil
            && Numeral.chineseUnit(before) == nil && Numeral.magnitudeExponent(before) == nil
    }

    /// 共有|数千户: the lexicon's 有数 took the 数 of 数千; a place right after it says
    /// the 数 is "several".
    private func isSeveralAtWordEnd(_ start: Int) -> Bool {
        Numeral.isSeveral(text[start]) && words.isBoundary(start + 1)
            && start + 1 < text.count && Numeral.chineseUnit(text[start + 1]) != nil
    }

    /// 兄弟俩, 夫妻俩, 他俩, 哥儿仨: 俩 (two) and 仨 (three) close a lexicon word of the
    /// people they count, a noun or a pronoun. A noun of two characters counts only when its
    /// head is a word of kin (娘俩, 爷俩, 哥俩, 姐俩): the others are words of their own where
    /// 俩 is no numeral (伎俩, 技俩, a trick), and kin is what a two-character 俩 word counts.
    private func isPairAtWordEnd(_ start: Int) -> Bool {
        let scalar = text[start]
        guard scalar == "俩" || scalar == "倆" || scalar == "仨", words.isBoundary(start + 1),
            let wordStart = words.tokenStart(endingAt: start + 1), wordStart < start,
            let family = words.tag(endingAt: start + 1)?.family
        else { return false }
        guard family == "n" else { return family == "r" }
        return start - wordStart >= 2
            || (start - wordStart == 1 && Self.kinHeads.contains(text[wordStart]))
    }

    /// The one-character words of kin that head a two-character 俩 or 仨 word.
    private static let kinHeads = ScalarSet("娘爷爹爸妈哥姐弟妹兄嫂婆公叔姑舅姨侄孙父母夫妻")

    /// `零下五度`, `零下3.5℃`, `零上二度`: below or above zero, a sign.
    private func readZeroSign(at start: Int) -> Quantity? {
        guard text[start] == "零", start + 2 < text.count,
            text[start + 1] == "下" || text[start + 1] == "上",
            Numeral.canStartNumeral(text[start + 2]),
            let numeral = numerals.read(at: start + 2)
        else { return nil }
        return complete(numeral, spanStart: start, sign: text[start + 1] == "下" ? -1 : 1)
    }

    /// `正3.5%`, `正百分之二`: an explicit plus, before Arabic digits or 百分之 only (正在,
    /// 正是 and 正三角形 are no signs); not in 正负 (±).
    private func readPlus(at start: Int) -> Quantity? {
        guard text[start] == "正", start + 1 < text.count,
            start == 0 || !Numeral.isChineseNegative(text[start - 1]),
            Numeral.arabicDigit(text[start + 1]) != nil
                || text.match("百分之", at: start + 1) != nil,
            let numeral = numerals.read(at: start + 1)
        else { return nil }
        return complete(numeral, spanStart: start, sign: 1)
    }

    /// `第一`, `第903`, with the classifier that follows (`第一名`, `第21期`).
    private func readOrdinal(at start: Int) -> Quantity? {
        guard start + 1 < text.count, let numeral = numerals.read(at: start + 1),
            numeral.isInteger, numeral.approx == nil
        else { return nil }
        var quantity = Quantity(
            start: start, end: numeral.end, kind: .ordinal, value: .number(numeral.value),
            unit: nil, approx: nil)
        let reading = suffixes.read(numeral, unitsAllowed: true)
        if reading.kind == .count || reading.unit == "quarter",
            words.acceptsEnd(reading.end, numeralStart: start, in: text)
        {
            quantity.end = reading.end
            quantity.unit = reading.unit
        } else if let end = lexiconOrdinalEnd(from: start, numeralEnd: numeral.end) {
            quantity.end = end
            quantity.unit = text.string(numeral.end, end)
        } else if !words.isBoundary(quantity.end) {
            return nil
        }
        return quantity
    }

    /// 第二局, 第三盘: the lexicon writes the ordinal with its classifier as one numeral word
    /// (m) even where the classifier is missing from the table; 第一线, 第三方 and 第一手 are
    /// nouns in the supplement, and no ordinals.
    private func lexiconOrdinalEnd(from start: Int, numeralEnd: Int) -> Int? {
        guard words.tag(at: start)?.family == "m", let end = words.tokenEnd(at: start),
            end > numeralEnd, end - numeralEnd <= 2
        else { return nil }
        for offset in numeralEnd..<end {
            guard Numeral.isHan(text[offset]), !Numeral.canStartNumeral(text[offset]),
                Numeral.magnitudeExponent(text[offset]) == nil
            else { return nil }
        }
        return end
    }

    /// Whether `start` follows a spoken price's last digit (七毛三, 一块三): a digit right
    /// after 块 or 毛, the unit the spoken price is read with.
    private func endsSpokenPrice(before start: Int) -> Bool {
        start >= 2 && WordGuard.spokenMoneyUnits.contains(text[start - 2])
            && Numeral.chineseDigit(text[start - 1]) != nil
    }
}
