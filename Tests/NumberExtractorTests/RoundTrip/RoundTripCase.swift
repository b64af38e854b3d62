@testable import NumberExtractor

/// One generated numeral in its sentence, with what the extractor must read there.
struct RoundTripCase: CustomStringConvertible {
    var style: String
    var rendered: String
    var sentence: String
    /// Scalar offset of `rendered` in `sentence`.
    var start: Int
    var expected: Expected

    init(style: String, rendered: String, template: String, expected: Expected) {
        self.style = style
        self.rendered = rendered
        let parts = template.components(separatedBy: "{}")
        sentence = parts[0] + rendered + parts[1]
        start = parts[0].unicodeScalars.count
        self.expected = expected
    }

    var end: Int { start + rendered.unicodeScalars.count }

    var description: String {
        "[\(style)] \(sentence) (\(rendered) = \(expected.decimal) \(expected.sort))"
    }

    /// Why the entries are not the one right reading of the numeral, or nil when they are:
    /// exactly one entry, covering the whole numeral, with its value, sort and exact text.
    func mismatch(_ entries: [NumberEntry]) -> String? {
        guard entries.count == 1, let entry = entries.first else {
            return "found \(entries.map { "\($0.text)=\(Numbers.format($0.value))" })"
        }
        guard entry.start <= start, entry.end >= end else {
            return "found only \(entry.text)"
        }
        if case .date(let iso) = expected.sort {
            guard entry.kind == .date, entry.value == .date(iso) else {
                return "value \(Numbers.format(entry.value)) [\(entry.kind.rawValue)]"
            }
            return nil
        }
        if case .range(let low, let high) = expected.sort {
            guard entry.value == .range(low, high) else {
                return "value \(Numbers.format(entry.value)) [\(entry.kind.rawValue)]"
            }
            return nil
        }
        guard case .number(let value) = entry.value, value == expected.value else {
            return "value \(Numbers.format(entry.value)) [\(entry.kind.rawValue)]"
        }
        switch expected.sort {
        case .number, .range, .date: break
        case .ordinal:
            guard entry.kind == .ordinal else { return "kind \(entry.kind.rawValue)" }
        case .percent:
            guard entry.kind == .percent else { return "kind \(entry.kind.rawValue)" }
        case .money(let code):
            guard entry.kind == .money, entry.unit == code else {
                return "kind \(entry.kind.rawValue) unit \(entry.unit ?? "-")"
            }
        }
        if expected.fraction == nil, Self.needsExact(expected.decimal),
            entry.exact != Self.canonical(expected.decimal)
        {
            return "exact \(entry.exact ?? "nil")"
        }
        return nil
    }

    /// The issue's rule: more than 15 significant digits, or a whole number beyond 2^53.
    static func needsExact(_ decimal: String) -> Bool {
        let digits = canonical(decimal).filter { $0.isNumber }.drop { $0 == "0" }
        let significant = digits.reversed().drop { $0 == "0" }.count
        return significant > 15
            || (Double(decimal).map { abs($0) > 9_007_199_254_740_992 } ?? false)
    }

    /// No leading zeros, no trailing zeros after the point, no bare point.
    static func canonical(_ decimal: String) -> String {
        var text = decimal
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        while text.count > 1, text.hasPrefix("0"), !text.hasPrefix("0.") { text.removeFirst() }
        return sign + text
    }
}
