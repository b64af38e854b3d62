import PresswatchTesting

@testable import NumberExtractor

/// Random English numerals: words (`two hundred and forty-five thousand`), digits with
/// commas, decimals with a magnitude (`3.5 million`), money (`$1.2bn`, `£200`, `fifty
/// dollars`), percentages and negatives, each in a news sentence.
struct EnglishCases {
    var generator: SeededGenerator

    static let countTemplates = [
        "Officials said {} people were affected.", "The city built {} homes last year.",
        "The report counted {} vehicles on the bridge.",
    ]
    static let numberTemplates = [
        "The figure was {}, officials said.", "The index closed at {} on Friday.",
    ]
    static let moneyTemplates = [
        "The project will cost {}, the ministry said.", "He paid {} for it.",
    ]
    static let percentTemplates = ["Sales rose {} last year.", "Turnout was {}, the highest yet."]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func next() -> RoundTripCase {
        switch Int.random(in: 0..<8, using: &generator) {
        case 6: return fraction()
        case 7: return hedged()
        case 0, 1: return words()
        case 2: return digits()
        case 3: return magnitude()
        case 4: return money()
        default: return percentOrNegative()
        }
    }

    static let ones = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen",
    ]
    static let tens = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    static let scales = ["", " thousand", " million", " billion", " trillion"]

    /// `nine hundred and ninety-nine billion, ...` as written out: groups of three with
    /// their scale word, `and` before the last tens when the writer wants it.
    mutating func render(_ number: UInt64) -> String {
        if number == 0 { return "zero" }
        var groups: [Int] = []
        var rest = number
        while rest > 0 {
            groups.append(Int(rest % 1000))
            rest /= 1000
        }
        let useAnd = generator.chance(0.5)
        var parts: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] > 0 {
            let group = groups[index]
            var text = ""
            if group >= 100 { text = Self.ones[group / 100] + " hundred" }
            let below = group % 100
            if below > 0 {
                if !text.isEmpty { text += useAnd ? " and " : " " }
                if below < 20 {
                    text += Self.ones[below]
                } else {
                    text += Self.tens[below / 10]
                    if below % 10 > 0 { text += "-" + Self.ones[below % 10] }
                }
            }
            parts.append(text + Self.scales[index])
        }
        return parts.joined(separator: " ")
    }

    private mutating func words() -> RoundTripCase {
        let number = max(generator.spread(maxDigits: 15), 2)
        return RoundTripCase(
            style: "words", rendered: render(number), template: generator.pick(Self.countTemplates),
            expected: Expected(decimal: String(number), sort: .number))
    }

    private mutating func digits() -> RoundTripCase {
        let number = max(generator.spread(maxDigits: 15), 2)
        return RoundTripCase(
            style: "digits",
            rendered: ChineseCases.arabic(String(number), groups: generator.chance(0.7)),
            template: generator.pick(Self.countTemplates),
            expected: Expected(decimal: String(number), sort: .number))
    }

    /// Every English currency name of the extractor's table worth one unit, in the plural
    /// (or invariable: yuan, yen): each must read back with its code. Not `pesos`, which has
    /// no code of its own (only its sentence's country says which peso).
    static let currencyNames: [(String, String)] = CurrencyNames.suffixes.filter {
        name, code, worth in
        worth == 1 && !code.isEmpty && name.first?.isLowercase == true && name.count > 3
            && (name.hasSuffix("s") || ["yuan", "yen", "renminbi"].contains(name))
    }.map { ($0.0, $0.1) }

    private mutating func decimalAndScale() -> (String, String) {
        let places = Int.random(in: 0...2, using: &generator)
        let digits = max(generator.spread(maxDigits: 3 + places), 1)
        let (word, exponent) = generator.pick([
            ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12),
        ])
        return (
            decimalString(String(digits), places: places) + " " + word,
            decimalString(String(digits), places: places - exponent)
        )
    }

    private mutating func magnitude() -> RoundTripCase {
        let (text, decimal) = decimalAndScale()
        return RoundTripCase(
            style: "magnitude", rendered: text, template: generator.pick(Self.numberTemplates),
            expected: Expected(decimal: decimal, sort: .number))
    }

    /// `$3.5 million`, `US$450m`, `£200`, `€1,200`, `HK$12.5bn`, `fifty dollars`, `5,000 euros`.
    private mutating func money() -> RoundTripCase {
        let symbols: [(String, String)] = [
            ("$", "USD"), ("US$", "USD"), ("HK$", "HKD"), ("£", "GBP"), ("€", "EUR"), ("¥", "CNY"),
            ("₹", "INR"), ("₩", "KRW"), ("RMB ", "CNY"), ("USD ", "USD"),
        ]
        let names = Self.currencyNames
        let text: String
        let decimal: String
        var code: String
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            let (amount, value) = decimalAndScale()
            let (symbol, iso) = generator.pick(symbols)
            let short = ["million": "m", "billion": "bn"]
            let parts = amount.split(separator: " ")
            if let abbreviation = short[String(parts[1])], generator.chance(0.4) {
                text = symbol + parts[0] + abbreviation
            } else {
                text = symbol + amount
            }
            decimal = value
            code = iso
        case 1:
            let places = generator.chance(0.5) ? 2 : 0
            let digits = max(generator.spread(maxDigits: 7 + places), 1)
            decimal = decimalString(String(digits), places: places)
            let (symbol, iso) = generator.pick(symbols)
            text = symbol + ChineseCases.arabic(decimal, groups: generator.chance(0.6))
            code = iso
        default:
            let number = max(generator.spread(maxDigits: 7), 2)
            let (name, iso) = generator.pick(names)
            let amount =
                generator.chance(0.5)
                ? render(number) : ChineseCases.arabic(String(number), groups: true)
            text = amount + " " + name
            decimal = String(number)
            code = iso
        }
        return RoundTripCase(
            style: "money", rendered: text, template: generator.pick(Self.moneyTemplates),
            expected: Expected(decimal: decimal, sort: .money(code)))
    }

    /// `two thirds`, `three-quarters`, `one fifth`, `six and a half`, `a million`, `half a
    /// billion`.
    private mutating func fraction() -> RoundTripCase {
        let parts: [(String, Double)] = [
            ("half", 2), ("third", 3), ("quarter", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
            ("eighth", 8), ("ninth", 9), ("tenth", 10),
        ]
        if generator.chance(0.3) {
            let (scale, exponent) = generator.pick([
                ("hundred", 2), ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12),
            ])
            let half = generator.chance(0.4)
            let value = (half ? 0.5 : 1) * Double(power10(exponent))
            return RoundTripCase(
                style: "a million", rendered: (half ? "half a " : "a ") + scale,
                template: generator.pick(Self.countTemplates),
                expected: Expected(decimal: String(format: "%.1f", value), sort: .number))
        }
        let (part, denominator) = generator.pick(parts)
        let count = Int.random(in: 1...Int(denominator) - 1, using: &generator)
        let plural = count > 1 ? (part == "half" ? "halves" : part + "s") : part
        let text = Self.ones[count] + generator.pick([" ", "-"]) + plural
        if generator.chance(0.25) {
            // `six and one-half`, `two and a half`: a whole number and the fraction, one
            // mixed number.
            let whole = Int.random(in: 1...19, using: &generator)
            let fraction = count == 1 && generator.chance(0.5) ? "a " + part : text
            return RoundTripCase(
                style: "mixed", rendered: Self.ones[whole] + " and " + fraction,
                template: generator.pick(Self.countTemplates),
                expected: Expected(
                    decimal: "\(whole)+\(count)/\(Int(denominator))", sort: .number,
                    fraction: Double(whole) + Double(count) / denominator))
        }
        return RoundTripCase(
            style: "fraction", rendered: text,
            template: "Officials said {} of the budget was spent.",
            expected: Expected(
                decimal: "\(count)/\(Int(denominator))", sort: .number,
                fraction: Double(count) / denominator))
    }

    /// `about 300 people`, `more than two thousand homes`, `nearly 4.5 million`.
    private mutating func hedged() -> RoundTripCase {
        let number = max(generator.spread(maxDigits: 7), 2)
        let hedge = generator.pick([
            "about ", "around ", "nearly ", "more than ", "almost ", "some ", "at least ", "up to ",
        ])
        let numeral =
            generator.chance(0.5)
            ? render(number) : ChineseCases.arabic(String(number), groups: true)
        return RoundTripCase(
            style: "hedged", rendered: hedge + numeral,
            template: generator.pick(Self.countTemplates),
            expected: Expected(decimal: String(number), sort: .number))
    }

    /// `12.5%`, `7 percent`, `fifteen per cent`, `minus five`, `-3.25`.
    private mutating func percentOrNegative() -> RoundTripCase {
        let places = Int.random(in: 0...2, using: &generator)
        let digits = max(generator.spread(maxDigits: 2 + places), 1)
        var decimal = decimalString(String(digits), places: places)
        var number = decimal
        if places == 0, generator.chance(0.4) { number = render(digits) }
        let negative = generator.chance(0.3)
        if negative {
            number = (number.first!.isLetter ? "minus " : generator.pick(["-", "minus "])) + number
            decimal = "-" + decimal
        }
        if generator.chance(0.7) {
            let sign =
                number.last!.isLetter
                ? generator.pick([" percent", " per cent"])
                : generator.pick(["%", " percent", " per cent"])
            return RoundTripCase(
                style: "percent", rendered: number + sign,
                template: generator.pick(Self.percentTemplates),
                expected: Expected(decimal: decimal, sort: .percent))
        }
        return RoundTripCase(
            style: "signed", rendered: number, template: generator.pick(Self.numberTemplates),
            expected: Expected(decimal: decimal, sort: .number))
    }
}
