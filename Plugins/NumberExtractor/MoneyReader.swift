/// Amounts of money after the number: `4.14亿美元`, `8亿元人民币`, `50元6角三分`,
/// `两美元又三美分`, `10日元5日本銭`, `壹万元整`, and the spoken `三块五` (3.5), `两毛` (0.2),
/// `四块八毛二`. The value is in whole units of the currency.
struct MoneyReader {
    let text: [Unicode.Scalar]
    let words: WordGuard

    func read(_ value: Double, at: Int) -> Reading? {
        if let spoken = readSpoken(value, at: at) { return spoken }
        if let fen = PriceInFen(text: text, words: words).read(value, at: at) { return fen }
        guard let (matched, matchedEnd) = UnitTables.currencies.longestMatch(in: text, at: at)
        else { return nil }
        // 3 $10 tickets: a sign right before digits opens the next amount, it closes no other.
        if matchedEnd < text.count, Numeral.arabicDigit(text[matchedEnd]) != nil,
            !Numeral.isHan(text[matchedEnd - 1]), Numeral.latinLower(text[matchedEnd - 1]) == nil
        {
            return nil
        }
        var info = matched
        var after = matchedEnd
        // 八百元港币, 六七十元新台币: 元 is the unit of many currencies; a currency's name
        // right after it says which.
        if after - at == 1, info.unit == "CNY", info.factor == 1,
            let (named, namedEnd) = UnitTables.currencies.longestMatch(in: text, at: after),
            named.factor == 1, namedEnd - after >= 2, words.isBoundary(namedEnd)
        {
            info = named
            after = namedEnd
        }
        let code = CurrencyByCountry.code(info.unit ?? "", word: at, after, in: text)
        var total = value * info.factor
        var end = after
        // Smaller units of the same currency may follow: 6角三分, 又三美分.
        for _ in 0..<2 {
            guard let (part, partEnd) = readPart(after: end, code: info.unit) else { break }
            total += part
            end = partEnd
        }
        // 壹万元整: 整 closes a written amount ("exactly").
        if end < text.count, text[end] == "整" { end += 1 }
        return Reading(kind: .money, value: .number(Self.rounded(total)), unit: code, end: end)
    }

    /// The spoken units of the yuan: 块 (yuan), 毛 (jiao), and a last digit standing for the
    /// next smaller unit (`三块五` is 3.5, `两毛五` 0.25). 块 alone is also a classifier
    /// (`三块蛋糕`): it is money with 钱, a smaller unit, 多 (`三块多`, a little over 3
    /// yuan) or a count after it (`两块一根`: a price per unit, the 一 counts the 根), or when
    /// the clause ends on it (`涨到了一块。`), unless a resultative 成 says pieces (`切成三块`).
    /// 毛 and 角 are money when they are words of their own, not the head of 毛衣 or 角度.
    private func readSpoken(_ value: Double, at: Int) -> Reading? {
        let scalar = text[at]
        var total: Double
        var end = at + 1
        var nextPlace: Double
        let withMoneyWord = end < text.count && (text[end] == "钱" || text[end] == "錢")
        if scalar == "块" || scalar == "塊" {
            total = value
            nextPlace = 0.1
        } else if scalar == "毛" || scalar == "角" {
            // 三毛流浪记, 三角形, 五角星: a word goes on after 毛 or 角. Money has 钱 after
            // it, a digit (两毛五), or no Chinese at all (贵了两毛。).
            guard value == value.rounded(), value < 100 else { return nil }
            if !withMoneyWord, end < text.count, Numeral.isHan(text[end]), text[end] != "多",
                Self.singleDigit(text, at: end) == nil, !isPriceBeforeVerb(scalar, at: end)
            {
                return nil
            }
            total = value * 0.1
            nextPlace = 0.01
        } else {
            return nil
        }
        if withMoneyWord {
            return Reading(
                kind: .money, value: .number(Self.rounded(total)), unit: "CNY", end: end + 1)
        }
        if end < text.count, text[end] == "多" {
            // 三块多, 五毛多钱: over the amount, by less than its unit.
            end += 1
            if end < text.count, text[end] == "钱" || text[end] == "錢" { end += 1 }
            return Reading(
                kind: .money, value: .number(Self.rounded(total)), unit: "CNY", end: end,
                approx: .moreThan)
        }
        if scalar == "块" || scalar == "塊",
            endsPriceBeforeCount(at: end) || endsClause(at: end)
                || paysFor(value, at: end) || isHedgedPrice(value, at: end)
        {
            return Reading(
                kind: .money, value: .number(Self.rounded(total)), unit: "CNY", end: end)
        }
        var sawSmaller = false
        // 五 (毛), then 二 (分): each digit one place down, its unit word optional.
        while nextPlace >= 0.01, end < text.count, !startsCount(at: end),
            let digit = Self.singleDigit(text, at: end)
        {
            total += Double(digit) * nextPlace
            end += 1
            sawSmaller = true
            if end < text.count {
                let unit = text[end]
                if nextPlace == 0.1, unit == "毛" || unit == "角" {
                    end += 1
                } else if nextPlace == 0.01, unit == "分" {
                    end += 1
                    nextPlace = 0
                    break
                } else if !(nextPlace == 0.1 && Self.singleDigit(text, at: end) == nil) {
                    // 八块六毛 goes on; 三块五一斤 ends after 五 (一 is the next numeral).
                    nextPlace = 0
                    break
                }
            }
            nextPlace /= 10
            if end < text.count, text[end] == "钱" {
                end += 1
                break
            }
        }
        guard sawSmaller || scalar == "毛" || scalar == "角" else { return nil }
        return Reading(kind: .money, value: .number(Self.rounded(total)), unit: "CNY", end: end)
    }

    /// `两块|一根`, `八毛|一斤`, `两块|一碗`: a digit right after the unit that counts what
    /// follows it (a classifier or a measure, by the tables, the lexicon's `q` tag or a
    /// numeral word of the lexicon such as 一碗, that is no money unit) is the start of the
    /// next quantity, the "per unit" of a price, not a smaller place of the amount.
    private func startsCount(at index: Int) -> Bool {
        guard Self.singleDigit(text, at: index) != nil, index + 1 < text.count else {
            return false
        }
        let next = index + 1
        if UnitTables.currencyChain.longestMatch(in: text, at: next) != nil
            || text[next] == "钱" || text[next] == "錢"
        {
            return false
        }
        return UnitTables.classifiers.longestMatch(in: text, at: next) != nil
            || UnitTables.measures.longestMatch(in: text, at: next) != nil
            || words.classifier(at: next) != nil
            || words.numeralWordEnd(from: index, after: next, in: text) != nil
    }

    /// 从八毛涨到一块二: 毛 ending a word of its own right before a verb is money (the
    /// verb says what the price does). Not 角, which heads nouns a verb may follow (八角炖肉).
    private func isPriceBeforeVerb(_ unit: Unicode.Scalar, at index: Int) -> Bool {
        unit == "毛" && words.isBoundary(index) && words.tag(at: index)?.family == "v"
    }

    /// 八十块左右。, 三百块上下就能买到: a hedge of two characters after 块 hedges the amount,
    /// which is money where it would be without the hedge: the clause ends or a verb follows.
    private func isHedgedPrice(_ value: Double, at index: Int) -> Bool {
        guard let (_, hedgeEnd) = UnitTables.hedgeSuffixes.longestMatch(in: text, at: index),
            hedgeEnd - index == 2, !afterResultative(index)
        else { return false }
        return hedgeEnd >= text.count || !Numeral.isHan(text[hedgeEnd])
            || (value != 1 && words.tag(at: hedgeEnd)?.family == "v")
    }

    /// 块 right before a count: a price per unit.
    private func endsPriceBeforeCount(at index: Int) -> Bool {
        index < text.count && startsCount(at: index)
    }

    /// 一百二十块买了一双鞋, 十块换一张: 块 right before a verb is what pays for it, money;
    /// pieces are followed by what they are pieces of. Not 一块 (together: 一块去), and not
    /// after a resultative 成 (切成三块放进冰箱).
    private func paysFor(_ value: Double, at index: Int) -> Bool {
        value != 1 && words.tag(at: index)?.family == "v" && !afterResultative(index)
    }

    /// 块 ends the clause (no Chinese after it), and no resultative 成 before the numeral
    /// makes it pieces (切成三块, 分成两块).
    private func endsClause(at index: Int) -> Bool {
        guard index >= text.count || !Numeral.isHan(text[index]) else { return false }
        return !afterResultative(index)
    }

    /// Whether the numeral before the 块 ending at `index` follows the complement 成
    /// (切成三块, 分成了两块).
    private func afterResultative(_ index: Int) -> Bool {
        var start = index - 1
        while start > 0,
            Numeral.canStartNumeral(text[start - 1])
                || Numeral.magnitudeExponent(text[start - 1]) != nil
                || Numeral.isSeveral(text[start - 1]) || text[start - 1] == "多"
        {
            start -= 1
        }
        // 切成三块, 分成了两块: the complement 成, with or without 了.
        if start > 0, text[start - 1] == "了" { start -= 1 }
        return start > 0 && text[start - 1] == "成"
    }

    /// A lone digit (`五`, `两`, `5`) that is not the start of a longer numeral.
    private static func singleDigit(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        guard let digit = Numeral.chineseDigit(text[index]) ?? Numeral.arabicDigit(text[index]),
            digit > 0
        else { return nil }
        if index + 1 < text.count {
            let next = text[index + 1]
            if Numeral.chineseUnit(next) != nil || Numeral.magnitudeExponent(next) != nil
                || Numeral.arabicDigit(next) != nil || Numeral.isChineseDecimalPoint(next)
            {
                return nil
            }
        }
        return digit
    }

    private func readPart(after end: Int, code: String?) -> (Double, Int)? {
        var position = text.skippingSpaces(from: end)
        if position < text.count, text[position] == "又" || text[position] == "零" {
            position += 1
        }
        guard position < text.count, Numeral.canStartNumeral(text[position]),
            let numeral = NumeralReader(text: text).read(at: position),
            let (info, after) = UnitTables.currencyChain.longestMatch(
                in: text, at: text.skippingSpaces(from: numeral.end)),
            info.unit == code, info.factor < 1
        else { return nil }
        return (numeral.value * info.factor, after)
    }

    /// Cents added to units come out as 50.629999…; money has at most a few decimals.
    static func rounded(_ value: Double) -> Double {
        guard abs(value) < 1e13, value != value.rounded() else { return value }
        return (value * 1e6).rounded() / 1e6
    }
}
