import PresswatchCore

/// What the segmenter's words say about a numeral character: inside a word that is not a
/// numeral-classifier compound (统一, 大陆, 放肆, 一把手) it is no number. A quantity must
/// start and end on word boundaries; a numeral inside a short quoted name (“一号工程”) is
/// part of the name.
///
/// A class: every reader of a quantity (`QuantityReader`, `SuffixReader`, `MoneyReader` ...)
/// holds the guard, and each copy of a struct retained its arrays one by one.
final class WordGuard {
    /// The lexicon word holding each scalar (its token index), or -1. Only Chinese lexicon
    /// words bind: the HMM's guesses (no tag) are weak evidence, and the segmenter's number
    /// tokens (`2222.2222`, `5万4千6百`) are what this reader reads better itself. Also the
    /// token starting at each offset (for the tag of the word after a number) and ending at
    /// it (for the word before one).
    private let places: TokenPlaces
    private let inName: [Bool]
    private let tokens: [Token]
    private let count: Int
    let hasTokens: Bool
    /// The lexicon the tokens were cut with, for the words the cut split (不|一).
    private let lexicon: (any WordLexicon)?

    init(
        text: [Unicode.Scalar], tokens: [Token], lexicon: (any WordLexicon)? = nil,
        skipQuotedNames: Bool
    ) {
        self.tokens = tokens
        self.lexicon = lexicon
        count = text.count
        hasTokens = !tokens.isEmpty
        // Asked of every word of the article: the scalars are read before the tag, which
        // `Token.tag` decodes into a `String` (about 160 instructions a word).
        let chineseDigits = Numeral.chineseDigits
        places = TokenPlaces(tokens: tokens, count: text.count) { index in
            let token = tokens[index]
            let start = token.start
            let end = token.end
            guard token.kind == .word, Self.hasTag(token),
                !Self.startsWithHedgedNumeral(text, start: start, end: end)
            else { return nil }
            // Both exceptions below hold a word ending in a Chinese digit: most words end in
            // none, and hold all their scalars.
            guard chineseDigits.contains(text[end - 1]) else { return end }
            if let digits = Self.numeralHeadStart(text, start: start, end: end),
                token.tag == .otherProperNoun
            {
                return digits
            }
            if let digit = Self.digitBeforeUnit(text, start: start, end: end),
                token.tag == .otherProperNoun,
                lexicon?.tag(ofWord: text[start..<end]) == nil
            {
                return digit
            }
            return end
        }
        inName = skipQuotedNames ? Self.quotedNames(in: text) : []
    }

    /// Whether the segmenter gave the token a lexicon tag, without decoding the tag: tokens
    /// compare by span, kind and tag, so a token with a tag differs from its untagged twin.
    static func hasTag(_ token: Token) -> Bool {
        token != Token(span: token.span, kind: token.kind)
    }

    func isBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < count else { return true }
        let owner = places.owner(offset)
        return owner < 0 || owner != places.owner(offset - 1)
    }

    /// Whether a numeral that starts at `numeralStart` may end at `end`: on a boundary, or
    /// inside a numeral word the segmenter cut out of the middle of a long numeral
    /// (一千零|十二章: the numeral ends after 十二).
    func acceptsEnd(_ end: Int, numeralStart: Int, in text: [Unicode.Scalar]) -> Bool {
        if isBoundary(end) { return true }
        let token = tokens[Int(places.owner(end))]
        if token.end == end + 1, token.start >= numeralStart, end - 1 >= numeralStart,
            Self.timePostpositions.contains(text[end]), Self.timeUnits.contains(text[end - 1])
        {
            // 2022|年前, 3|日起, 5|年来, 一年|期 (a one-year term): the segmenter joined a
            // time unit to what follows; 十几年来 is one word of the lexicon, the numeral and
            // its unit with 来.
            return true
        }
        if token.start == end - 1, end >= 2, Self.spokenMoneyUnits.contains(text[end - 2]),
            Numeral.chineseDigit(text[end - 1]) != nil
        {
            // 四块|八买: the segmenter joined the last digit of a spoken price to the verb.
            return true
        }
        if isMeasureWordHead(of: token, end: end, numeralStart: numeralStart, in: text) {
            return true
        }
        if isUnitTailInGuessedWord(token, end: end, numeralStart: numeralStart, in: text) {
            return true
        }
        guard token.tag == .numeral, token.start > numeralStart else { return false }
        for offset in token.start..<end {
            let scalar = text[offset]
            guard Numeral.canStartNumeral(scalar) || Numeral.magnitudeExponent(scalar) != nil
            else { return false }
        }
        return true
    }

    /// 三|封信, 五|本书: the segmenter cut the numeral off and only guessed a word (a proper
    /// noun or a name, `nz`/`nr`/`nrt`) of the count's measure word and the noun after it, or
    /// took a pronoun of the lexicon (本书 "this book", 本人) that opens with one. A
    /// classifier of the table that opens such a word right after the numeral is the count's
    /// unit, so the count ends after it (三封, not 三 alone). A noun the lexicon knows (三|部分)
    /// keeps its word, and the numeral stays bare.
    private func isMeasureWordHead(
        of token: Token, end: Int, numeralStart: Int, in text: [Unicode.Scalar]
    ) -> Bool {
        // The scalars first: the tag (a string) is read only for the few that pass.
        guard token.start > numeralStart, end > token.start,
            Numeral.canStartNumeral(text[token.start - 1])
                || Numeral.chineseUnit(text[token.start - 1]) != nil
                || Numeral.magnitudeExponent(text[token.start - 1]) != nil,
            let (_, unitEnd) = UnitTables.classifiers.longestMatch(in: text, at: token.start),
            unitEnd == end, let tag = token.tag
        else { return false }
        return Self.guessedTags.contains(tag) || tag.family == "r"
    }

    /// 零点零三个比特|币换了, 2000多|名维修: the segmenter only guessed a word (a proper noun
    /// or a name the lexicon does not hold) of a unit's last character and the character after
    /// it, where the character before that is no numeral (a unit's name of two characters or
    /// more, or a hedge and a measure word). The guess is no word, so it cannot split the
    /// unit: the reading ends after it. A word of the lexicon still ends nothing.
    private func isUnitTailInGuessedWord(
        _ token: Token, end: Int, numeralStart: Int, in text: [Unicode.Scalar]
    ) -> Bool {
        // The scalars first: the tag and the lexicon are asked only of the few that pass.
        guard token.start == end - 1, end - 2 > numeralStart, Numeral.isHan(text[end - 2]),
            Numeral.isHan(text[end - 1]), !Numeral.canStartNumeral(text[end - 1]),
            Numeral.chineseUnit(text[end - 1]) == nil,
            Numeral.magnitudeExponent(text[end - 1]) == nil, let tag = token.tag,
            Self.guessedTags.contains(tag),
            let lexicon
        else { return false }
        return lexicon.tag(ofWord: text[token.start..<token.end]) == nil
    }

    /// Whether the character at `offset` belongs to a word of the lexicon, two to four Chinese
    /// characters around it, that is no numeral, classifier, time or name: 不一 (varied), 统一
    /// (uniform), 唯一 (only), 之一 (one of), 再三 (again and again), 参差不一. The best cut
    /// may split such a word (评价|不|一: 不 and 一 are each more frequent than 不一), and then
    /// the tokens alone make its numeral look bare. Asked only of a lone numeral read with no
    /// unit, so at most nine look-ups for the few there are.
    func isInsideOtherWord(_ offset: Int, in text: [Unicode.Scalar]) -> Bool {
        guard let lexicon else { return false }
        var first = offset
        while first > max(0, offset - 3), Numeral.isHan(text[first - 1]) { first -= 1 }
        var last = offset + 1
        while last < min(count, offset + 4), Numeral.isHan(text[last]) { last += 1 }
        for start in first...offset {
            for end in (offset + 1)...last where end - start >= 2 && end - start <= 4 {
                guard let family = lexicon.tag(ofWord: text[start..<end])?.family else {
                    continue
                }
                if Self.otherWordFamilies.contains(family) { return true }
            }
        }
        return false
    }

    /// Whether the lexicon holds a word that opens with the quantity `start..<end` and goes
    /// on for one or two Chinese characters past it, tagged a distinguishing word or an adverb
    /// (一年级 first grade, 三年制, 一年生, 一次性 one-off, 一个劲 persistently, 一条心): a
    /// word the best cut split after the quantity (一年|级新生), whose numeral and unit are no
    /// figure. Only these two tags: the lexicon's set phrases (`l`) that open with a quantity
    /// are as often real figures (一年多来, 一段时间).
    func continuesIntoOtherWord(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard let lexicon, end < count, Numeral.isHan(text[end]) else { return false }
        for extra in 1...2 where end + extra <= count {
            guard Numeral.isHan(text[end + extra - 1]) else { return false }
            if let family = lexicon.tag(ofWord: text[start..<(end + extra)])?.family,
                family == "b" || family == "d"
            {
                return true
            }
        }
        return false
    }

    /// Adjectives, distinguishing words, conjunctions, adverbs, pronouns, verbs, idioms and set
    /// phrases: the tags of words whose numeral counts nothing. Numerals and classifiers (三成,
    /// 一对), times (初一, 周五) and nouns and names (老三, 二手) say nothing either way.
    private static let otherWordFamilies = ScalarSet("abcdrvilz")

    func isInQuotedName(_ offset: Int) -> Bool {
        offset < inName.count && inName[offset]
    }

    /// The word starting at `offset` when the lexicon tags it a classifier (`q`).
    func classifier(at offset: Int) -> Token? {
        guard let token = token(startingAt: offset), token.tag == .classifier else { return nil }
        return token
    }

    private func token(startingAt offset: Int) -> Token? {
        let index = places.starting(at: offset)
        return index >= 0 ? tokens[Int(index)] : nil
    }

    /// The tag of the word starting at `offset`, if a word starts there.
    func tag(at offset: Int) -> PartOfSpeech? {
        token(startingAt: offset)?.tag
    }

    /// The end of a numeral word (`m`) that starts at `numeralStart` and goes on from `at`
    /// with one or two Chinese characters that are no numeral: a count's classifier the
    /// lexicon wrote together with its number (一万步, 三五天).
    ///
    /// Not after a lone 一: the lexicon writes 一 with one character as a numeral word as
    /// often for a word of its own (一生 a lifetime, 一贯, 一味, 一手) as for a count, while a
    /// measure word is one it writes with many numerals, which the classifier table holds.
    ///
    /// Nor right before a noun: a numeral word whose tail the tables do not know as a
    /// measure word, set straight before a noun, is as often a tier or a kind of that noun
    /// (二线城市, 三线品牌, 三维动画) as a count of it, so it is no figure. A count
    /// before its noun has a measure word the tables know (两股势力, 三圈跑道).
    func numeralWordEnd(from numeralStart: Int, after at: Int, in text: [Unicode.Scalar]) -> Int? {
        guard let token = token(startingAt: numeralStart), token.tag?.family == "m",
            token.end > at, token.end - at <= 2,
            at - numeralStart > 1 || Numeral.chineseDigit(text[numeralStart]) != 1,
            tag(at: token.end)?.family != "n"
        else { return nil }
        guard isMeasureWordTail(text[at..<token.end]), isProductiveTail(text[at..<token.end])
        else { return nil }
        return token.end
    }

    /// Whether the lexicon writes `tail` as a numeral word after several numerals: a measure
    /// word goes with any number (一步, 两步, 三步, 百步, 万步), while a word that only looks
    /// like a numeral and a measure word is a name or a set phrase the lexicon holds with one
    /// or two numerals alone (两会 the two sessions, 一会 a while). Counts the numeral words
    /// `head + tail` among the heads a count takes; at most 22 look-ups, asked only of
    /// the few numeral words whose tail the tables lack.
    private func isProductiveTail(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let lexicon else { return true }
        var heads = 0
        for head in Self.countHeads {
            if lexicon.tag(ofWord: (head + tail)[...])?.family == "m" {
                heads += 1
                if heads >= Self.productiveHeads { return true }
            }
        }
        return false
    }

    /// The digits and places a count opens with, and how many of them a measure word must
    /// follow in the lexicon: 会 follows one (两会), 行 one (七行: 一行 a party, 千行 and 万行
    /// streams of tears, 三百六十行 all trades are words), 代 two (两代, 五十代: a generation,
    /// which counts), 步 ten, 出头 five (二十出头 to 六十出头, with the tens). Not 一, 千 and
    /// 万, which head words and idioms of their own as often as counts (一会, 千代, 万代).
    private static let countHeads: [[Unicode.Scalar]] =
        "二 两 三 四 五 六 七 八 九 十 百 二十 三十 四十 五十 六十 七十 八十 九十"
        .split(separator: " ").map { Array($0.unicodeScalars) }
    private static let productiveHeads = 2

    /// Chinese characters that carry on no numeral: what follows a number inside a word the
    /// segmenter made of both is then the count's measure word.
    private func isMeasureWordTail(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy {
            Numeral.isHan($0) && !Numeral.canStartNumeral($0)
                && Numeral.magnitudeExponent($0) == nil
        }
    }

    /// 两千|零八顶, 六十八|万剂|次: where the segmenter cut a long numeral and only guessed
    /// a word (a proper noun or a name, `nz`/`nr`/`nrt`) of its tail and one or two characters
    /// after it, those characters are a measure word the tables lack, and the guessed word's
    /// end is the count's. Only a word starting inside the numeral, after its first
    /// character, qualifies: the numeral is complete on its own, the word's head is no word.
    func guessedMeasureWordEnd(from numeralStart: Int, after at: Int, in text: [Unicode.Scalar])
        -> Int?
    {
        guard at > 0, at < count else { return nil }
        let owner = places.owner(at)
        guard owner >= 0, owner == places.owner(at - 1) else { return nil }
        let token = tokens[Int(owner)]
        guard token.start > numeralStart, token.end - at <= 2, let tag = token.tag,
            Self.guessedTags.contains(tag)
        else { return nil }
        return isMeasureWordTail(text[at..<token.end]) ? token.end : nil
    }

    /// 仅负|二十一点五, 为负三|十二点八: the sign 负 closing a word the segmenter only guessed
    /// (a proper noun or a name, `nz`/`nr`/`nrt`, that the lexicon does not hold) right before
    /// a numeral belongs to the numeral: the guess glued it to the character before.
    func isSignInGuessedWord(_ offset: Int, in text: [Unicode.Scalar]) -> Bool {
        guard offset > 0, offset + 1 < count, Numeral.isChineseNegative(text[offset]) else {
            return false
        }
        let owner = places.owner(offset)
        guard owner >= 0, owner == places.owner(offset - 1) else { return false }
        let token = tokens[Int(owner)]
        guard let tag = token.tag, Self.guessedTags.contains(tag) else { return false }
        return lexicon?.tag(ofWord: text[token.start..<token.end]) == nil
    }

    /// Whether the word starting at `offset` is one the segmenter only guessed (a proper noun
    /// or a name the lexicon does not hold: 五|菱宏光, where the guess left the name's digit
    /// out).
    func isGuessedWord(at offset: Int, in text: [Unicode.Scalar]) -> Bool {
        guard let lexicon, let token = token(startingAt: offset), let tag = token.tag,
            Self.guessedTags.contains(tag)
        else { return false }
        return lexicon.tag(ofWord: text[token.start..<token.end]) == nil
    }

    /// Proper nouns and names: the tags the segmenter also gives a string it could only guess
    /// (零八顶, 万剂), so a numeral's tail inside one is no word of the lexicon.
    private static let guessedTags: Set<PartOfSpeech> = [
        .otherProperNoun, .personName, PartOfSpeech("nrt"),
    ]

    /// The tag of the word ending at `offset`, if a word ends there.
    func tag(endingAt offset: Int) -> PartOfSpeech? {
        let index = places.ending(at: offset)
        return index >= 0 ? tokens[Int(index)].tag : nil
    }

    /// The start of the token ending at `offset`, if one does.
    func tokenStart(endingAt offset: Int) -> Int? {
        let index = places.ending(at: offset)
        return index >= 0 ? tokens[Int(index)].start : nil
    }

    /// The end of the token starting at `offset`, if one does.
    func tokenEnd(at offset: Int) -> Int? {
        token(startingAt: offset)?.end
    }

    /// Quoted names are short and hold no sentence punctuation: “一号工程”, “最多跑一次”.
    /// A quote holding nothing but a numeral (“一”和“五”) is a number all the same. Whether
    /// each scalar lies in one; empty when none does (most texts: a Bool a scalar).
    private static func quotedNames(in text: [Unicode.Scalar]) -> [Bool] {
        var inName: [Bool] = []
        var index = 0
        while index < text.count {
            guard let close = Self.closingQuote(text[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            var clean = true
            var numeralOnly = true
            while end < text.count, text[end] != close, end - index <= Self.longestName {
                let scalar = text[end]
                if Self.isSentencePunctuation(scalar) { clean = false }
                if !Numeral.canStartNumeral(scalar) { numeralOnly = false }
                end += 1
            }
            if end < text.count, text[end] == close, end - index <= Self.longestName, clean,
                !numeralOnly
            {
                // Made at the first name.
                if inName.isEmpty { inName = [Bool](repeating: false, count: text.count + 1) }
                for offset in (index + 1)..<end { inName[offset] = true }
            }
            index += 1
        }
        return inName
    }

    static let longestName = 12

    /// 近百名, 约三成, 近五, 上万: a hedge the lexicon wrote together with a numeral; the
    /// numeral inside is read all the same. 上 is a hedge only before a place or a magnitude
    /// (上万, 上千), not before a digit (上一次 is "last time").
    static func startsWithHedgedNumeral(_ text: [Unicode.Scalar], start: Int, end: Int)
        -> Bool
    {
        guard end - start >= 2 else { return false }
        let next = text[start + 1]
        switch text[start] {
        case "近", "约", "逾", "超": break
        case "上":
            return Numeral.chineseUnit(next) != nil || Numeral.magnitudeExponent(next) != nil
        default: return false
        }
        return Numeral.canStartNumeral(next) || Numeral.magnitudeExponent(next) != nil
    }

    /// Where the Chinese digits that end a word start, when more of a numeral follows the
    /// word. A guessed proper noun (`nz`, what the segmenter calls a word it cannot place)
    /// ending so took the head of that numeral (打九|八折, 打五|到|七折): its digits stay free,
    /// so the numeral is read whole rather than from its tail. The caller checks the tag,
    /// only for the few words this finds.
    private static func numeralHeadStart(_ text: [Unicode.Scalar], start: Int, end: Int) -> Int? {
        guard end < text.count, Numeral.chineseDigit(text[end - 1]) != nil,
            Numeral.chineseDigit(text[start]) == nil
        else { return nil }
        let next = text[end]
        guard Numeral.canStartNumeral(next) || next == "到" || next == "至" else { return nil }
        var head = end - 1
        while head > start + 1, Numeral.chineseDigit(text[head - 1]) != nil { head -= 1 }
        return head
    }

    /// 只含五|卡路里, 值三|比特币: a guessed proper noun (`nz`, a string the lexicon does not
    /// hold) of a character and the digit after it, right before a measure or a currency of
    /// the tables, glued the count's digit to the word before (含, 值). The digit stays
    /// free, so the count is read with its unit. The caller checks the tag and the lexicon.
    private static func digitBeforeUnit(_ text: [Unicode.Scalar], start: Int, end: Int) -> Int? {
        guard end - start == 2, end < text.count, let digit = Numeral.chineseDigit(text[end - 1]),
            digit > 0, Numeral.chineseDigit(text[start]) == nil,
            Numeral.chineseUnit(text[start]) == nil, Numeral.magnitudeExponent(text[start]) == nil,
            UnitTables.measures.longestMatch(in: text, at: end) != nil
                || UnitTables.currencies.longestMatch(in: text, at: end) != nil
        else { return nil }
        return end - 1
    }

    static let spokenMoneyUnits: Set<Unicode.Scalar> = ["块", "塊", "毛", "角"]
    static let timeUnits: Set<Unicode.Scalar> = ["年", "月", "日", "号", "天"]
    static let timePostpositions: Set<Unicode.Scalar> = [
        "前", "后", "後", "来", "來", "内", "间", "起", "电", "晚", "上", "下", "中", "初", "底", "末",
        "期",
    ]

    private static func closingQuote(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        case "‘": return "’"
        case "《": return "》"
        default: return nil
        }
    }

    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "！", "？", "；", ",", "!", "?", ";", "\n": return true
        default: return false
        }
    }
}

/// Words of the lexicon made of a numeral and a classifier that mean something else: 一起
/// (together), 十分 (very), 一些 (some), 万一 (in case).
enum NumeralIdioms {
    static let words = WordTable<Bool>(
        [
            "一起", "一些", "一点", "一点儿", "十分", "万一", "一下", "一下子", "一道", "一块", "一时",
            "一度", "一行", "万分", "一连", "一一", "一番", "一切", "一同", "一齐", "一旦", "一向",
            "一再", "一律", "一概", "一并", "一般", "一样", "一定", "一边", "一面", "一贯", "一路",
            "一带", "一方面", "一旁", "一体", "一线", "第一线", "一口气", "一阵子", "一举", "一心",
            "一身",
        ].map { ($0, true) })
}
