/// Amounts of money after the number: `4.14亿美元`, `8亿元人民币`, `50元6角三分`,
/// `两美元又三美分`, `10日元5日本銭`. The value is in whole units of the currency.
struct MoneyReader {
    let text: [Unicode.Scalar]

    func read(_ value: Double, at: Int) -> Reading? {
        guard let (info, after) = UnitTables.currencies.longestMatch(in: text, at: at) else {
            return nil
        }
        var total = value * info.factor
        var end = after
        // Smaller units of the same currency may follow: 6角三分, 又三美分.
        for _ in 0..<2 {
            guard let (part, partEnd) = readPart(after: end, code: info.unit) else { break }
            total += part
            end = partEnd
        }
        return Reading(kind: .money, value: .number(Self.rounded(total)), unit: info.unit, end: end)
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
