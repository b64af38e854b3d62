/// `41.3C`, `-4F`: British and American pages write a temperature with the scale's capital
/// glued to the number. A letter glued to digits is otherwise no unit (`5G`, `4C` a class,
/// `B12`), so the capital counts as degrees only in a sentence about the weather or a
/// temperature (one of `weatherWords` near it, either way within the sentence), and not after
/// a noun that labels things (`seat 14C`).
struct EnglishTemperature {
    let text: [Unicode.Scalar]

    /// The temperature whose scale letter is at `at`, right after the Arabic numeral.
    func read(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard !numeral.isChinese, at == numeral.end, at < text.count,
            text[at] == "C" || text[at] == "F",
            at + 1 >= text.count || !Self.goesOnAsWord(text[at + 1]),
            !isLabel(before: numeral.start), mentionsTemperature(around: numeral.start, at + 1)
        else { return nil }
        return Reading(
            kind: .measure, value: .number(numeral.value),
            unit: text[at] == "C" ? "celsius" : "fahrenheit", end: at + 1)
    }

    /// `seat 14C`, `Room 4C`, `Gate 12F`: after a noun that labels things, the number and
    /// letter are a name, whatever the weather.
    private func isLabel(before start: Int) -> Bool {
        var end = start
        while end > 0, Numeral.isInlineSpace(text[end - 1]) { end -= 1 }
        guard end < start else { return false }
        var wordStart = end
        while wordStart > 0, Numeral.latinLower(text[wordStart - 1]) != nil { wordStart -= 1 }
        guard wordStart < end else { return false }
        let word = String(
            String.UnicodeScalarView(text[wordStart..<end].map { Numeral.latinLower($0)! }))
        return Self.labelNouns.contains(word)
    }

    private static let labelNouns: Set<String> = [
        "seat", "seats", "row", "room", "gate", "platform", "flat", "apartment", "suite", "unit",
        "block", "floor", "level", "size", "grade", "class", "type", "model", "version", "form",
        "page", "table", "figure", "bus", "route", "channel", "no", "number", "item", "box",
    ]

    private static func goesOnAsWord(_ scalar: Unicode.Scalar) -> Bool {
        Numeral.latinLower(scalar) != nil || Numeral.arabicDigit(scalar) != nil
            || scalar == "-" || scalar == "_"
    }

    /// Whether a word of temperature starts within the sentence of `start..<end`.
    private func mentionsTemperature(around start: Int, _ end: Int) -> Bool {
        var from = start
        while from > 0, start - from < Self.reach, !Self.isSentenceEnd(text[from - 1]) {
            from -= 1
        }
        var to = end
        while to < text.count, to - end < Self.reach, !Self.isSentenceEnd(text[to]) { to += 1 }
        for offset in from..<to
        where Numeral.latinLower(text[offset]) != nil
            && (offset == 0 || Numeral.latinLower(text[offset - 1]) == nil)
        {
            for word in Self.weatherWords where text.match(word, at: offset) != nil {
                return true
            }
        }
        return false
    }

    private static let reach = 100

    /// Word starts that speak of temperature: `temperature(s)`, `degrees`, the `mercury`, a
    /// `heatwave`, `freezing`.
    private static let weatherWords = [
        "temperature", "degree", "mercury", "thermometer", "heat", "cold", "freez", "frost",
        "weather", "forecast",
    ]

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ";", "\n", "。", "！", "？", "；": return true
        default: return false
        }
    }
}
