/// `2 hours 4 minutes 12 seconds`, `2 hours, 9 minutes and 30 seconds`, `3 minutes 28.5
/// seconds`: an English time told in two or three falling units is one race time in seconds,
/// as `2小时05分30秒` is 7530 (the conventions of `Data/numbers/news/README.md`). Read apart,
/// its parts were figures of their own (2 hours, 4 minutes) that the text does not say.
struct EnglishRaceTime {
    let text: [Unicode.Scalar]

    /// The time that goes on from the unit word at `at` after the first number.
    func read(_ numeral: ReadNumber, at: Int) -> Reading? {
        guard !numeral.isChinese, numeral.approx == nil, numeral.low == nil, at < text.count,
            Numeral.latinLower(text[at]) != nil,
            var (place, end) = unit(at: at), place > 1
        else { return nil }
        var seconds = numeral.value * place
        var parts = 1
        while let (value, next) = nextPart(after: end), next.place < place {
            seconds += value * next.place
            place = next.place
            end = next.end
            parts += 1
        }
        guard parts >= 2 else { return nil }
        return Reading(
            kind: .duration, value: .number((seconds * 100).rounded() / 100), unit: "second",
            end: end)
    }

    /// The next number and unit after a part: joined by a space, `, `, ` and ` or `, and `.
    private func nextPart(after end: Int) -> (Double, (place: Double, end: Int))? {
        var index = end
        if index < text.count, text[index] == "," { index += 1 }
        index = text.skippingSpaces(from: index)
        if let after = text.match("and", at: index), after < text.count, text[after] == " " {
            index = text.skippingSpaces(from: after)
        }
        guard index < text.count else { return nil }
        let number: ReadNumber?
        if Numeral.arabicDigit(text[index]) != nil {
            number = NumeralReader(text: text).read(at: index)
        } else {
            number = EnglishReader(text: text).readWords(at: index)
        }
        guard let number, number.approx == nil, number.low == nil, number.value < 60,
            number.end > index
        else { return nil }
        let unitStart = text.skippingSpaces(from: number.end)
        guard unitStart > number.end, let next = unit(at: unitStart) else { return nil }
        return (number.value, next)
    }

    /// An hour, minute or second word at `index`: its worth in seconds and its end.
    private func unit(at index: Int) -> (place: Double, end: Int)? {
        guard let (place, end) = Self.units.longestMatch(in: text, at: index) else { return nil }
        return (place, end)
    }

    private static let units = WordTable<Double>([
        ("hours", 3600), ("hour", 3600), ("hrs", 3600), ("hr", 3600), ("minutes", 60),
        ("minute", 60), ("mins", 60), ("min", 60), ("seconds", 1), ("second", 1), ("secs", 1),
        ("sec", 1),
    ])
}
