/// Writes whole numbers the ways Chinese writers do: lower-case or financial digits, 零 for
/// the gaps, 十 or 一十 at the head, the colloquial 两 before a place or a magnitude.
struct ChineseNumeralRenderer {
    struct Script {
        var digits: [String]
        var places: [String]
        var tenThousand: String
        var hundredMillion: String
    }

    static let lower = Script(
        digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
        places: ["", "十", "百", "千"], tenThousand: "万", hundredMillion: "亿")
    static let financial = Script(
        digits: ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"],
        places: ["", "拾", "佰", "仟"], tenThousand: "萬", hundredMillion: "億")

    var script: Script
    /// 两 for a 2 before 百, 千, 万, 亿 (`两千`, `两万`).
    var liang = false
    /// `十五` rather than `一十五` when the number opens with its tens.
    var bareTen = true
    /// 〇 rather than 零 for a gap.
    var circleZero = false

    /// The numeral for `number` (below 10^16).
    func render(_ number: UInt64) -> String {
        if number == 0 { return zero }
        var digits: [Int] = []
        var rest = number
        while rest > 0 {
            digits.append(Int(rest % 10))
            rest /= 10
        }
        var out = ""
        var gap = false
        var groupHasDigit = false
        var upperHasDigit = false
        for position in stride(from: digits.count - 1, through: 0, by: -1) {
            let digit = digits[position]
            let place = position % 4
            if digit == 0 {
                if !out.isEmpty { gap = true }
            } else {
                if gap { out += zero }
                gap = false
                out += digitText(
                    digit, place: place, position: position, isFirst: out.isEmpty,
                    aloneInGroup: !groupHasDigit)
                out += script.places[place]
                groupHasDigit = true
            }
            guard place == 0, position > 0 else { continue }
            // The end of a group of four: its magnitude, when the group (or, for 亿, the
            // group of ten-thousands of 亿 above it) has a digit.
            let group = position / 4
            var magnitude = ""
            if group == 1 || group == 3 {
                if groupHasDigit { magnitude = script.tenThousand }
                if group == 3 { upperHasDigit = groupHasDigit }
            } else if group == 2, groupHasDigit || upperHasDigit {
                magnitude = script.hundredMillion
            }
            if !magnitude.isEmpty {
                out += magnitude
                gap = false
            }
            groupHasDigit = false
        }
        return out
    }

    private var zero: String { circleZero ? "〇" : script.digits[0] }

    private func digitText(
        _ digit: Int, place: Int, position: Int, isFirst: Bool, aloneInGroup: Bool
    ) -> String {
        if digit == 1, place == 1, isFirst, bareTen { return "" }
        if digit == 2, liang, place >= 2 || (place == 0 && position > 0 && aloneInGroup) {
            return "两"
        }
        return script.digits[digit]
    }

    /// Digits one by one, as after 点: `一四一五`.
    func spell(_ digits: String) -> String {
        digits.unicodeScalars.map { scalar -> String in
            let digit = Int(scalar.value - 0x30)
            return digit == 0 ? zero : script.digits[digit]
        }.joined()
    }
}
