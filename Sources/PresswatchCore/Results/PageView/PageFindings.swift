/// What the processors after the segmenter found in one article, read from the article's
/// object in the result JSON (`summary`, `numbers`, `keywords`, as `spec/result.schema.json`
/// defines them): the page view shows the contract, so it needs no processor's own types.
struct PageFindings {
    struct Number {
        var text: String
        var start: Int
        var end: Int
        var kind: String
        var value: String
        var unit: String?
        var approx: String?

        /// `more_than` as `more than`.
        var approxLabel: String? { approx?.replacingUnderscores() }

        /// The tooltip: kind, value with its unit, approximation.
        var detail: String {
            var parts = [kind, [value, unit].compactMap { $0 }.joined(separator: " ")]
            if let approxLabel { parts.append(approxLabel) }
            return parts.joined(separator: " · ")
        }
    }

    var summary: String?
    /// The summary is a headline-style gist (`summary.style` "headline"), not sentences.
    var summaryIsGist = false
    var numbers: [Number] = []
    var keywords: [String] = []

    init(_ article: JSONValue) {
        if case .string(let text)? = article["summary"]?["text"], !text.isEmpty {
            summary = text
            if case .string(let style)? = article["summary"]?["style"] {
                summaryIsGist = style == "headline"
            }
        }
        if case .array(let items)? = article["numbers"] {
            numbers = items.compactMap(Self.number).sorted { $0.start < $1.start }
        }
        if case .array(let items)? = article["keywords"] {
            keywords = items.compactMap { item in
                if case .string(let term)? = item["term"] { return term }
                if case .string(let term) = item { return term }
                return nil
            }
        }
    }

    private static func number(_ item: JSONValue) -> Number? {
        guard case .string(let text)? = item["text"], case .int(let start)? = item["start"],
            case .int(let end)? = item["end"], start <= end
        else { return nil }
        var kind = "number"
        if case .string(let value)? = item["kind"] { kind = value }
        var value = item["value"].map(format) ?? ""
        if case .string(let exact)? = item["exact"] { value = exact }
        var unit: String?
        if case .string(let name)? = item["unit"] { unit = name.replacingUnderscores() }
        var approx: String?
        if case .string(let name)? = item["approx"] { approx = name }
        return Number(
            text: text, start: start, end: end, kind: kind, value: value, unit: unit,
            approx: approx)
    }

    /// A value as people read it: whole numbers without `.0`, a range as `low–high`.
    static func format(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .string(let text): return text
        case .array(let items): return items.map(format).joined(separator: "–")
        case .object: return ""
        }
    }
}

extension String {
    /// `more_than` → `more than`, `square_meter` → `square meter`: labels for people.
    fileprivate func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? " " : $0 }))
    }
}
