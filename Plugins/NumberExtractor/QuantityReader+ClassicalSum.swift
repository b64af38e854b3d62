extension QuantityReader {
    /// 九十有三 (93), 八十有五, 三百有六十: the classical "and" of an age or a count, a round
    /// Chinese numeral ending in a place, 有, and a smaller numeral the place leaves room for.
    /// Read apart they were two figures the text does not say (90 and 3). 十有八九 (most
    /// likely) is an idiom of the lexicon: its 十 ends inside the word and is never read; in
    /// 这二十有一半 the 一 opens 一半 (half of them), no addend.
    func classicalSum(_ numeral: ReadNumber) -> ReadNumber? {
        let end = numeral.end
        guard numeral.isChinese, numeral.isInteger, numeral.approx == nil, !numeral.digitString,
            end + 1 < text.count, text[end] == "有", let place = Numeral.chineseUnit(text[end - 1]),
            Numeral.chineseDigit(text[end + 1]) != nil, let more = numerals.read(at: end + 1),
            more.isChinese, more.isInteger, more.approx == nil,
            !more.digitString || more.digitCount == 1,
            more.value >= 1, more.value < Double(place),
            !"两兩俩倆仨".unicodeScalars.contains(text[end + 1]),
            more.end >= text.count || !"半些".unicodeScalars.contains(text[more.end])
        else { return nil }
        var sum = numeral
        sum.value += more.value
        sum.end = more.end
        sum.exact = nil
        return sum
    }
}
