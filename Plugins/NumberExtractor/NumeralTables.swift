/// What single scalars mean to a number reader. Full-width forms read as their ASCII twins
/// and traditional characters as simplified ones, so every reader sees one alphabet.
enum Numeral {
    /// An ASCII or full-width decimal digit.
    static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    /// A Chinese digit, common or financial, simplified or traditional (`两` is 2).
    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "○": return 0
        case "一", "壹", "弌": return 1
        case "二", "贰", "貳", "两", "兩", "倆", "俩", "弍": return 2
        case "三", "叁", "參", "弎", "仨": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// Every scalar `chineseDigit` reads, as a bitmap: asked of the last scalar of every word
    /// of an article (`LookupTableTests` checks it against `chineseDigit` over the whole BMP).
    static let chineseDigits = ScalarSet("〇零○一壹弌二贰貳两兩倆俩弍三叁參弎仨四肆五伍六陆陸七柒八捌九玖")

    /// 十, 百, 千 and their financial forms; 廿, 卅 and 卌 are read as 二十, 三十, 四十.
    static func chineseUnit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// The tens written as one character: 廿 20, 卅 30, 卌 40.
    static func chineseTens(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "廿": return 20
        case "卅": return 30
        case "卌": return 40
        default: return nil
        }
    }

    /// 万, 亿, 兆 as powers of ten.
    static func magnitudeExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "万", "萬": return 4
        case "亿", "億": return 8
        case "兆": return 12
        default: return nil
        }
    }

    /// 几 and 数 before a place: "a few" (几十, 数百).
    static func isSeveral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "几", "幾", "数", "數": return true
        default: return false
        }
    }

    static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "．"
    }

    static func isChineseDecimalPoint(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "点" || scalar == "點"
    }

    static func isMinus(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "−" || scalar == "－"
    }

    /// Signs that make a number negative when they come right before it (`负3`, `負三十`).
    static func isChineseNegative(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "负" || scalar == "負"
    }

    /// A scalar of any number: where the scanner tries to read one.
    static func canStartNumeral(_ scalar: Unicode.Scalar) -> Bool {
        arabicDigit(scalar) != nil || chineseDigit(scalar) != nil || chineseUnit(scalar) != nil
            || chineseTens(scalar) != nil || scalar == "半"
    }

    /// Space inside a figure as a printed page leaves it: `350 亿元`, `七成 六`.
    static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return value >= 0x61 && value <= 0x7A
    }

    /// An ASCII or full-width Latin letter, lower-cased; nil for anything else.
    static func latinLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20) }
        if value >= 0x61 && value <= 0x7A { return scalar }
        if value >= 0xFF21 && value <= 0xFF3A { return Unicode.Scalar(value - 0xFF21 + 0x61) }
        if value >= 0xFF41 && value <= 0xFF5A { return Unicode.Scalar(value - 0xFF41 + 0x61) }
        return nil
    }

    /// A small whole number as an Int (days, months, years), or nil: never traps on a huge,
    /// fractional or non-finite value.
    static func smallInt(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    /// A Han ideograph (the basic block and extension A).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
    }
}
