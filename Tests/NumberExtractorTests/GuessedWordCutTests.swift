import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The forms session 10's second round found cut wrong by the segmenter's guesses
/// (`development-14`): a guessed word that glued the last character of a unit to the next
/// one, a guessed word that glued a count's digit to the word before it, and a numeral word
/// the cut made of a price's last digit and the count after it. Sentences written for these
/// tests (none of the list's), the figure each must give.
@Suite(.tags(.fast)) struct GuessedWordCutTests {
    static let cases: [(String, String, QuantityValue, String?)] = [
        // 比特|币换: the guess is no word, so the currency's name ends the amount.
        ("他用零点零七个比特币换了一部手机。", "零点零七个比特币", .number(0.07), "BTC"),
        // 含五|毫克: the digit the guess took before a measure is the count's.
        ("这种药片只含五毫克咖啡因。", "五毫克", .number(5), "mg"),
        // 九毛|三一斤: the price's last digit and the count after it, one word of the cut.
        ("牛肉九毛三一斤。", "九毛三", .number(0.93), "CNY"),
        ("牛肉九毛三一斤。", "一斤", .number(1), "jin"),
        ("青菜两毛三一斤，萝卜更便宜。", "一斤", .number(1), "jin"),
        ("带鱼一块三一斤。", "一斤", .number(1), "jin"),
        // Neighbours the cut already kept apart, read as before.
        ("她拿零点二个比特币换来一辆车。", "零点二个比特币", .number(0.2), "BTC"),
        ("这杯奶茶约含九卡路里。", "九卡路里", .number(9), "calorie"),
        ("猪肉一斤七毛三。", "一斤", .number(1), "jin"),
    ]

    @Test(arguments: cases.indices)
    func readsTheFigure(index: Int) {
        let (sentence, text, value, unit) = Self.cases[index]
        Extraction.expectFigure(sentence, text, value, unit)
    }
}
