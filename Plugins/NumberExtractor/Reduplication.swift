/// A numeral said twice with the same measure word is a manner of doing, no count: 一个接一个
/// (one after another), 一步一步 (step by step), 一次又一次 (again and again), 一天比一天
/// (day by day), and in English `one by one`, `two by two`. Each half alone reads as a count
/// of one, a figure the text does not say, so the scanner steps over the whole phrase.
enum Reduplication {
    /// What may join the two halves: 接 (一个接一个), 又 (一次又一次), 比 (一天比一天),
    /// 挨 (一个挨一个), 连 (一环连一环), or nothing (一步一步).
    private static let links = ScalarSet("接又比挨连")

    /// The end of `一X一X` or `一X接一X` starting at `start`, where X is the same one or two
    /// characters and no numeral (so 一一, 一二一 and 一年一度's different halves stay out).
    static func chineseEnd(in text: [Unicode.Scalar], at start: Int) -> Int? {
        guard text[start] == "一" else { return nil }
        for width in 1...2 {
            let measureEnd = start + 1 + width
            guard measureEnd < text.count,
                text[(start + 1)..<measureEnd].allSatisfy(isMeasureCharacter)
            else { return nil }
            var second = measureEnd
            if links.contains(text[second]) { second += 1 }
            let end = second + 1 + width
            guard end <= text.count, text[second] == "一",
                text[(second + 1)..<end].elementsEqual(text[(start + 1)..<measureEnd])
            else { continue }
            return end
        }
        return nil
    }

    private static func isMeasureCharacter(_ scalar: Unicode.Scalar) -> Bool {
        Numeral.isHan(scalar) && !Numeral.canStartNumeral(scalar)
            && Numeral.magnitudeExponent(scalar) == nil && !links.contains(scalar)
    }

    /// The end of `one by one` (any number word said twice around `by`) starting at
    /// `start`. Digits stay out: `3 by 3` is a size.
    static func englishEnd(in text: [Unicode.Scalar], at start: Int) -> Int? {
        var wordEnd = start
        while wordEnd < text.count, Numeral.latinLower(text[wordEnd]) != nil { wordEnd += 1 }
        // ` by ` first: the word is spelled out (a string) only for the few words before it.
        guard let by = text.match(" by ", at: wordEnd) else { return nil }
        let word = String(
            String.UnicodeScalarView(text[start..<wordEnd].map { Numeral.latinLower($0)! }))
        guard EnglishWords.units[word] != nil, let end = text.match(word, at: by),
            end == text.count || Numeral.latinLower(text[end]) == nil
        else { return nil }
        return end
    }
}
