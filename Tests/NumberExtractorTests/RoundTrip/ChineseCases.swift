import PresswatchTesting

@testable import NumberExtractor

/// Random Chinese numerals in every style the issue lists, each in a news sentence.
struct ChineseCases {
    var generator: SeededGenerator

    static let countTemplates = [
        "据统计，全市共有{}人参加了这次活动。", "该县去年新建{}所学校。", "仓库里存放着{}吨粮食。",
        "这条公路全长{}公里。", "报告中提到的数字是{}，引起关注。", "截至目前，{}名志愿者报名。",
    ]
    /// For numerals that bring their own classifier (`五六个`, `廿五人`).
    static let classifiedTemplates = [
        "据统计，全市共有{}参加了这次活动。", "截至目前，{}报名参加。", "现场来了{}，秩序良好。",
    ]
    static let signedTemplates = ["报告中提到的数字是{}，引起关注。", "该指标当月的读数为{}。"]
    static let moneyTemplates = ["该项目总投资{}，已全部到位。", "他说这笔钱是{}。"]
    static let percentTemplates = ["全年增长{}，高于预期。", "该比例为{}。"]
    static let temperatureTemplates = ["今天夜间最低气温{}。", "山区气温降至{}，请注意防寒。"]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func next() -> RoundTripCase {
        switch Int.random(in: 0..<16, using: &generator) {
        case 15: return eraDate()
        case 12: return approximate()
        case 13: return ordinal()
        case 14: return tensCharacter()
        case 0, 1: return lowerCase()
        case 2: return financial()
        case 3: return arabicWithMagnitude()
        case 4: return arabicDigits()
        case 5: return decimal()
        case 6: return fraction()
        case 7: return percent()
        case 8: return negative()
        case 9: return abbreviated()
        case 10: return money()
        default: return colloquialMoney()
        }
    }

    private mutating func renderer(_ script: ChineseNumeralRenderer.Script)
        -> ChineseNumeralRenderer
    {
        ChineseNumeralRenderer(
            script: script, liang: generator.chance(0.4), bareTen: generator.chance(0.6),
            circleZero: script.digits[1] == "一" && generator.chance(0.1))
    }

    private mutating func count(_ style: String, _ text: String, _ decimal: String) -> RoundTripCase
    {
        RoundTripCase(
            style: style, rendered: text, template: generator.pick(Self.countTemplates),
            expected: Expected(decimal: decimal, sort: .number))
    }

    /// `一万零三百零二`, `两千万`, `十一`, `一十一`, up to 9千万亿.
    private mutating func lowerCase() -> RoundTripCase {
        let number = generator.spread(maxDigits: 16) % 9_007_199_254_740_992
        let number1 = max(number, 1)
        return count(
            "lower", renderer(ChineseNumeralRenderer.lower).render(number1), String(number1))
    }

    /// `壹万贰仟伍佰` as on a cheque, with 元 after it.
    private mutating func financial() -> RoundTripCase {
        let number = max(generator.spread(maxDigits: 12), 1)
        var renderer = renderer(ChineseNumeralRenderer.financial)
        renderer.liang = false
        renderer.bareTen = false
        let unit = generator.pick(["元", "圆", "元整"])
        return RoundTripCase(
            style: "financial", rendered: renderer.render(number) + unit,
            template: generator.pick(Self.moneyTemplates),
            expected: Expected(decimal: String(number), sort: .money("CNY")))
    }

    /// `1.5万`, `3千万`, `2.3亿`, `１２．５万亿`, `4,500万`.
    private mutating func arabicWithMagnitude() -> RoundTripCase {
        let magnitudes: [(String, Int, Int)] = [
            ("万", 4, 4), ("亿", 8, 4), ("万亿", 12, 4), ("千万", 7, 3), ("百万", 6, 2),
            ("千亿", 11, 3), ("百亿", 10, 2), ("十万", 5, 1),
        ]
        let (word, exponent, maxPlaces) = generator.pick(magnitudes)
        let places = Int.random(in: 0...maxPlaces, using: &generator)
        let digits = generator.spread(maxDigits: min(4 + places, 7))
        guard digits > 0 else { return arabicWithMagnitude() }
        var text = Self.arabic(
            decimalString(String(digits), places: places),
            groups: places == 0 && generator.chance(0.3))
        if generator.chance(0.2) { text = Self.fullWidth(text) }
        let decimal = decimalString(String(digits), places: places - exponent)
        return count("arabic+magnitude", text + word, decimal)
    }

    /// `12,345,678`, `３２００`, and amounts of any length (`123456789012345678901234元`).
    private mutating func arabicDigits() -> RoundTripCase {
        let long = generator.chance(0.2)
        var digits = String(generator.spread(maxDigits: 15))
        if long {
            digits = String(Int.random(in: 1...9, using: &generator))
            for _ in 0..<Int.random(in: 15...29, using: &generator) {
                digits += String(Int.random(in: 0...9, using: &generator))
            }
        }
        var text = Self.arabic(digits, groups: generator.chance(0.5))
        if generator.chance(0.3) { text = Self.fullWidth(text) }
        if long || generator.chance(0.3) {
            return RoundTripCase(
                style: long ? "long amount" : "arabic money", rendered: text + "元",
                template: generator.pick(Self.moneyTemplates),
                expected: Expected(decimal: digits, sort: .money("CNY")))
        }
        return count("arabic", text, digits)
    }

    /// `三点一四`, `零点零五`, `十五点七`, `三点五亿`, `〇点八`.
    private mutating func decimal() -> RoundTripCase {
        let whole = generator.chance(0.3) ? 0 : generator.spread(maxDigits: 6)
        let places = Int.random(in: 1...5, using: &generator)
        let fraction = UInt64.random(in: 0..<power10(places), using: &generator)
        let fractionText = String(fraction)
        let fractionDigits =
            String(repeating: "0", count: places - fractionText.count) + fractionText
        let renderer = renderer(ChineseNumeralRenderer.lower)
        var text = renderer.render(whole) + "点" + renderer.spell(fractionDigits)
        var exponent = 0
        if whole < 10_000, generator.chance(0.3) {
            let (word, power) = generator.pick([("万", 4), ("亿", 8), ("万亿", 12)])
            text += word
            exponent = power
        }
        let decimal = decimalString(String(whole) + fractionDigits, places: places - exponent)
        return count("decimal", text, decimal)
    }

    /// `三分之二`, `二又四分之三`, `一百分之七`.
    private mutating func fraction() -> RoundTripCase {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let denominator = UInt64.random(in: 2...1000, using: &generator)
        let numerator = UInt64.random(in: 1...(denominator * 2), using: &generator)
        var text = renderer.render(denominator) + "分之" + renderer.render(numerator)
        var value = Double(numerator) / Double(denominator)
        var decimal = "\(numerator)/\(denominator)"
        if generator.chance(0.25) {
            let whole = UInt64.random(in: 1...99, using: &generator)
            text = renderer.render(whole) + "又" + text
            value = Double(whole) + value
            decimal = "\(whole) " + decimal
        }
        if denominator == 100 || denominator == 1000 || denominator == 10 {
            // 一百分之七 is 7/100 as a number: keep the leading 一 (百分之七 is a percentage).
            text = text.hasPrefix("一") || text.contains("又") ? text : "一" + text
        }
        return RoundTripCase(
            style: "fraction", rendered: text, template: generator.pick(Self.countTemplates),
            expected: Expected(decimal: decimal, sort: .number, fraction: value))
    }

    /// `百分之五点三`, `百分之零点七五`, `千分之三`, `万分之四`, `15.6%`, `３．５％`.
    private mutating func percent() -> RoundTripCase {
        let places = Int.random(in: 0...3, using: &generator)
        let digits = generator.spread(maxDigits: 3 + places)
        let decimal = decimalString(String(digits), places: places)
        let style = Int.random(in: 0..<3, using: &generator)
        let text: String
        var percent = decimal
        if style == 0 {
            text = Self.arabic(decimal, groups: false) + generator.pick(["%", "％"])
        } else if style == 1 {
            text = "百分之" + chinese(decimal)
        } else {
            let (word, shift) = generator.pick([("千分之", 1), ("万分之", 2)])
            text = word + chinese(decimal)
            percent = decimalString(String(digits), places: places + shift)
        }
        return RoundTripCase(
            style: "percent", rendered: generator.chance(0.2) ? Self.fullWidth(text) : text,
            template: generator.pick(Self.percentTemplates),
            expected: Expected(decimal: percent, sort: .percent))
    }

    /// A decimal string in Chinese: `三百二十点零五`.
    private mutating func chinese(_ decimal: String) -> String {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let parts = decimal.split(separator: ".", omittingEmptySubsequences: false)
        var text = renderer.render(UInt64(parts[0])!)
        if parts.count > 1 { text += "点" + renderer.spell(String(parts[1])) }
        return text
    }

    /// `负三点五`, `-3.5`, `负1.5%`, `零下十二度`, `零下3.5℃`.
    private mutating func negative() -> RoundTripCase {
        let places = Int.random(in: 0...2, using: &generator)
        let digits = max(generator.spread(maxDigits: 3 + places), 1)
        let decimal = decimalString(String(digits), places: places)
        let chineseNumeral = generator.chance(0.5)
        let number = chineseNumeral ? chinese(decimal) : Self.arabic(decimal, groups: false)
        switch Int.random(in: 0..<4, using: &generator) {
        case 3:
            // An explicit plus: 正3.5, 正百分之二.
            return RoundTripCase(
                style: "plus", rendered: chineseNumeral ? "正百分之" + number : "正" + number + "%",
                template: generator.pick(Self.percentTemplates),
                expected: Expected(decimal: decimal, sort: .percent))
        case 0:
            let sign = chineseNumeral ? "负" : generator.pick(["负", "-", "－"])
            return RoundTripCase(
                style: "negative", rendered: sign + number,
                template: generator.pick(Self.signedTemplates),
                expected: Expected(decimal: "-" + decimal, sort: .number))
        case 1:
            let sign = chineseNumeral ? "负" : generator.pick(["负", "-"])
            return RoundTripCase(
                style: "negative percent",
                rendered: chineseNumeral ? "负百分之" + number : sign + number + "%",
                template: generator.pick(Self.percentTemplates),
                expected: Expected(decimal: "-" + decimal, sort: .percent))
        default:
            return RoundTripCase(
                style: "below zero", rendered: "零下" + number + generator.pick(["度", "℃", "摄氏度"]),
                template: generator.pick(Self.temperatureTemplates),
                expected: Expected(decimal: "-" + decimal, sort: .number))
        }
    }

    /// `一万三` (13000), `一百五` (150), `三千二`, `十二万八`, `两亿五`.
    private mutating func abbreviated() -> RoundTripCase {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let (place, exponent): (String, Int) = generator.pick([
            ("百", 2), ("千", 3), ("万", 4), ("亿", 8),
        ])
        let lead =
            exponent >= 4
            ? UInt64.random(in: 1...9999, using: &generator)
            : UInt64.random(in: 1...9, using: &generator)
        let digit = UInt64.random(in: 1...9, using: &generator)
        let leadText = exponent >= 4 ? renderer.render(lead) : renderer.render(lead)
        let text = leadText + place + ChineseNumeralRenderer.lower.digits[Int(digit)]
        let value = lead * power10(exponent) + digit * power10(exponent - 1)
        return count("abbreviated", text, String(value))
    }

    /// `三百二十元`, `1.5万元`, `￥1,234.5`, `50亿港币`, `HK$2.8亿`, `120万澳门元`.
    private mutating func money() -> RoundTripCase {
        let places = Int.random(in: 0...2, using: &generator)
        let digits = max(generator.spread(maxDigits: 5 + places), 1)
        let decimal = decimalString(String(digits), places: places)
        let chineseNumeral = places == 0 && generator.chance(0.3)
        var number =
            chineseNumeral
            ? renderer(ChineseNumeralRenderer.lower).render(digits)
            : Self.arabic(decimal, groups: generator.chance(0.3))
        var value = decimal
        if !chineseNumeral, generator.chance(0.4) {
            let (word, exponent) = generator.pick([("万", 4), ("亿", 8)])
            number += word
            value = decimalString(String(digits), places: places - exponent)
        }
        let suffixes = Self.currencyNames
        let prefixes: [(String, String)] = [
            ("￥", "CNY"), ("¥", "CNY"), ("$", "USD"), ("US$", "USD"), ("HK$", "HKD"), ("€", "EUR"),
            ("£", "GBP"), ("₩", "KRW"), ("₹", "INR"), ("RMB", "CNY"), ("USD", "USD"),
        ]
        let text: String
        let code: String
        if chineseNumeral || generator.chance(0.6) {
            let (word, iso) = generator.pick(suffixes)
            // 三个亿元, 0.5个比特币: 个 before a magnitude or a currency counts nothing.
            var classifier = generator.chance(0.1) ? "个" : ""
            if !classifier.isEmpty, !chineseNumeral, generator.chance(0.5) {
                number = Self.arabic(decimal, groups: false) + "个亿"
                value = decimalString(String(digits), places: places - 8)
                classifier = ""
            }
            text = number + classifier + word
            code = iso
        } else {
            let (sign, iso) = generator.pick(prefixes)
            text = sign + (sign.count > 1 && generator.chance(0.5) ? " " : "") + number
            code = iso
        }
        return RoundTripCase(
            style: "money", rendered: text, template: generator.pick(Self.moneyTemplates),
            expected: Expected(decimal: value, sort: .money(code)))
    }

    /// `三块五` (3.5), `两毛` (0.2), `四块八毛二`, `十二块钱`, `五毛钱`, `一块二毛五分`.
    private mutating func colloquialMoney() -> RoundTripCase {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let yuan = generator.chance(0.2) ? 0 : UInt64.random(in: 1...999, using: &generator)
        let jiao = UInt64.random(in: 0...9, using: &generator)
        let fen = jiao == 0 ? 0 : UInt64.random(in: 0...9, using: &generator)
        var text = ""
        if yuan > 0 {
            text =
                (yuan == 2 && generator.chance(0.7) ? "两" : renderer.render(yuan))
                + generator.pick(["块", "塊"])
            if jiao == 0 {
                text += "钱"
            } else if fen == 0 {
                text += renderer.render(jiao) + generator.pick(["", "毛", "角"])
            } else {
                text +=
                    renderer.render(jiao) + "毛" + renderer.render(fen) + generator.pick(["", "分"])
            }
        } else {
            let jiaoValue = max(jiao, 1)
            text =
                (jiaoValue == 2 && generator.chance(0.7) ? "两" : renderer.render(jiaoValue))
                + generator.pick(["毛", "毛钱", "角", "角钱"])
            return RoundTripCase(
                style: "colloquial money", rendered: text,
                template: generator.pick(Self.moneyTemplates),
                expected: Expected(decimal: "0.\(jiaoValue)", sort: .money("CNY")))
        }
        return RoundTripCase(
            style: "colloquial money", rendered: text,
            template: generator.pick(Self.moneyTemplates),
            expected: Expected(decimal: "\(yuan).\(jiao)\(fen)", sort: .money("CNY")))
    }

    /// `五六个`, `七八十人`, `三五天`, `几十户`, `数百名`, `约三千人`, `三十多人`, `十几个`.
    private mutating func approximate() -> RoundTripCase {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let classifier = generator.pick(["个", "人", "名", "家", "户"])
        let places: [(String, Double)] = [
            ("", 1), ("十", 10), ("百", 100), ("千", 1000), ("万", 10000),
        ]
        switch Int.random(in: 0..<5, using: &generator) {
        case 4:
            // 十几个, 二十几人: some more than the tens.
            let tens = UInt64.random(in: 1...9, using: &generator)
            let text = renderer.render(tens * 10) + "几" + classifier
            return RoundTripCase(
                style: "tens and some", rendered: text,
                template: generator.pick(Self.classifiedTemplates),
                expected: Expected(decimal: String(tens * 10), sort: .number))
        case 0:
            let (place, scale) = generator.pick(places)
            let low = Int.random(in: 1...8, using: &generator)
            let pair = generator.chance(0.2) ? (3, 5) : (low, low + 1)
            let digits = ChineseNumeralRenderer.lower.digits
            let text = digits[pair.0] + digits[pair.1] + place + classifier
            return RoundTripCase(
                style: "span", rendered: text, template: generator.pick(Self.classifiedTemplates),
                expected: Expected(
                    decimal: "0", sort: .range(Double(pair.0) * scale, Double(pair.1) * scale)))
        case 1:
            let (place, scale) = generator.pick(Array(places.dropFirst()))
            let text = generator.pick(["几", "数"]) + place + classifier
            return RoundTripCase(
                style: "several", rendered: text,
                template: generator.pick(Self.classifiedTemplates),
                expected: Expected(decimal: "0", sort: .range(2 * scale, 9 * scale)))
        case 2:
            // 多 and 余 follow a place or a magnitude: a round number.
            let lead = UInt64.random(in: 1...99, using: &generator)
            let exponent = Int.random(in: 1...5, using: &generator)
            let number = lead * power10(exponent)
            let hedge = generator.pick(["多", "余"])
            return RoundTripCase(
                style: "hedged inside", rendered: renderer.render(number) + hedge + classifier,
                template: generator.pick(Self.classifiedTemplates),
                expected: Expected(decimal: String(number), sort: .number))
        default:
            let number = max(generator.spread(maxDigits: 6), 1)
            let text = renderer.render(number) + classifier
            let (before, after) = generator.pick([
                ("约", ""), ("近", ""), ("大约", ""), ("超过", ""), ("", "左右"), ("", "上下"), ("不到", ""),
            ])
            return RoundTripCase(
                style: "hedged", rendered: before + text + after,
                template: generator.pick(Self.classifiedTemplates),
                expected: Expected(decimal: String(number), sort: .number))
        }
    }

    /// Years of an era (`公元九百六十年`, `公元前221年`), centuries (`十八世纪`, `20世纪`)
    /// with a decade (`二十世纪八十年代`), and years or days so far (`近十几年`来).
    private mutating func eraDate() -> RoundTripCase {
        let renderer = renderer(ChineseNumeralRenderer.lower)
        let arabic = generator.chance(0.4)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            let year = Int.random(in: 1...2100, using: &generator)
            let beforeCommonEra = year < 1000 && generator.chance(0.4)
            let numeral = arabic ? String(year) : renderer.render(UInt64(year))
            let iso = DateReader.isoYear(beforeCommonEra ? 1 - year : year)
            return RoundTripCase(
                style: "era year", rendered: numeral + "年",
                template: (beforeCommonEra ? "公元前" : "公元")
                    + generator.pick(["{}，这里设立了县城。", "{}这座古塔建成。"]),
                expected: Expected(decimal: "0", sort: .date(iso)))
        case 1, 2:
            let century = Int.random(in: 1...21, using: &generator)
            var text = (arabic ? String(century) : renderer.render(UInt64(century))) + "世纪"
            var iso = DateReader.twoDigits(century - 1)
            if generator.chance(0.5) {
                let tens = Int.random(in: 1...9, using: &generator)
                text += (arabic ? String(tens * 10) : renderer.render(UInt64(tens * 10))) + "年代"
                iso += String(tens)
            }
            return RoundTripCase(
                style: "century", rendered: text,
                template: generator.pick(["这座建筑建于{}，保存完好。", "{}，这里还是大片农田。"]),
                expected: Expected(decimal: "0", sort: .date(iso)))
        default:
            let tens = UInt64.random(in: 1...9, using: &generator)
            let text =
                generator.pick(["近", "约", ""]) + renderer.render(tens * 10) + "几"
                + generator.pick(["年", "天"])
            return RoundTripCase(
                style: "so far", rendered: text, template: "{}来，这里的变化很大。",
                expected: Expected(decimal: String(tens * 10), sort: .number))
        }
    }

    /// `第三名`, `第1024次`, `第二十届`, `三季度`.
    private mutating func ordinal() -> RoundTripCase {
        let number = max(generator.spread(maxDigits: 4), 1)
        if generator.chance(0.2) {
            let quarter = Int.random(in: 1...4, using: &generator)
            return RoundTripCase(
                style: "ordinal", rendered: ChineseNumeralRenderer.lower.digits[quarter] + "季度",
                template: "该市{}经济运行平稳。",
                expected: Expected(decimal: String(quarter), sort: .ordinal))
        }
        let numeral =
            generator.chance(0.5)
            ? renderer(ChineseNumeralRenderer.lower).render(number) : String(number)
        let text = "第" + numeral + generator.pick(["名", "次", "届", "个", ""])
        return RoundTripCase(
            style: "ordinal", rendered: text, template: "他在这次比赛中获得{}，十分难得。",
            expected: Expected(decimal: String(number), sort: .ordinal))
    }

    /// 廿 and 卅 for twenty and thirty: `廿五人`, `卅名`.
    private mutating func tensCharacter() -> RoundTripCase {
        let tens = Int.random(in: 2...3, using: &generator)
        let unit = Int.random(in: 0...9, using: &generator)
        let text =
            (tens == 2 ? "廿" : "卅") + (unit > 0 ? ChineseNumeralRenderer.lower.digits[unit] : "")
        return RoundTripCase(
            style: "廿 卅", rendered: text + generator.pick(["人", "名", "家"]),
            template: generator.pick(Self.classifiedTemplates),
            expected: Expected(decimal: String(tens * 10 + unit), sort: .number))
    }

    /// Every Chinese currency word of the extractor's table worth one unit of its currency:
    /// each must read back with its code. Not a name with no code of its own (比索: only its
    /// sentence's country says which peso), which is no figure alone.
    static let currencyNames: [(String, String)] = CurrencyNames.suffixes.filter {
        $0.2 == 1 && !$0.1.isEmpty && $0.0.unicodeScalars.allSatisfy { Numeral.isHan($0) }
    }.map { ($0.0, $0.1) }

    /// Arabic digits, with thousands separators when asked.
    static func arabic(_ decimal: String, groups: Bool) -> String {
        guard groups else { return decimal }
        let parts = decimal.split(separator: ".", omittingEmptySubsequences: false)
        var whole = Array(parts[0])
        var out = ""
        while whole.count > 3 {
            out = "," + String(whole.suffix(3)) + out
            whole.removeLast(3)
        }
        out = String(whole) + out
        return parts.count > 1 ? out + "." + parts[1] : out
    }

    /// ASCII digits, points and signs made full-width.
    static func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar {
                    case "0"..."9": Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
                    case ".": "．"
                    case "%": "％"
                    default: scalar
                    }
                }))
    }
}
