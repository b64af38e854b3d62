import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The forms session 8's blind list (`development-9`) found read wrong or missed, each as a
/// mechanism: sentences of the same forms written for these tests (none of the list's), the
/// figure each must give, and the neighbours that must keep their old reading.
@Suite(.tags(.fast)) struct BlindListFormTests {
    static let cases: [(String, String, QuantityValue, String?)] = [
        // The same magnitude again after places multiplies the numeral so far.
        ("这笔贷款为一万二千万元。", "一万二千万元", .number(120_000_000), "CNY"),
        (
            "涉案资金达两万三千四百五十六万七千八百九十亿元。", "两万三千四百五十六万七千八百九十亿元",
            .number(23_456_789_000_000_000), "CNY"
        ),
        ("全国人口为十四亿一千万人。", "十四亿一千万人", .number(1_410_000_000), "人"),
        // Two Chinese digits after 秒 are hundredths.
        ("他在决赛中跑出了十秒零五。", "十秒零五", .number(10.05), "second"),
        ("她以一分五十八秒三六夺冠。", "一分五十八秒三六", .number(118.36), "second"),
        ("比赛还剩三秒两次进攻机会。", "三秒", .number(3), "second"),
        // One digit after 秒 is tenths, unless it counts what follows.
        ("她以二十三秒五的成绩夺冠。", "二十三秒五", .number(23.5), "second"),
        ("他以10秒9夺冠。", "10秒9", .number(10.9), "second"),
        ("信号灯每隔三秒一次闪烁。", "一次", .number(1), "次"),
        // 点 with minutes is a clock only up to 24.
        ("他场均拿下三十一点五分。", "三十一点五", .number(31.5), nil),
        ("今晚八点三十分开始。", "八点三十分", .date("T20:30"), nil),
        // 比索 by the country the sentence names.
        ("他在阿根廷花了五百比索。", "五百比索", .number(500), "ARS"),
        ("马尼拉的一碗面卖八十比索。", "八十比索", .number(80), "PHP"),
        // 分 of a price or a face value is a fen; of points it stays a count.
        ("这种邮票的面值为八分。", "八分", .number(0.08), "CNY"),
        ("这只股票的股价跌了三分。", "三分", .number(0.03), "CNY"),
        ("他在总分上比对手少三分。", "三分", .number(3), "分"),
        ("这款手机的性价比得了九分。", "九分", .number(9), "分"),
        ("评委给这道菜的性价比评了八分。", "八分", .number(8), "分"),
        // A span of money ends rounded like an amount.
        ("一瓶汽水比去年贵了七八毛。", "七八毛", .range(0.7, 0.8), "CNY"),
        // 几 alone before a unit of time or money.
        ("他在那里住了几个月。", "几个月", .range(2, 9), "month"),
        ("一根冰棍只要几毛钱。", "几毛钱", .range(0.2, 0.9), "CNY"),
        // English temperatures with a glued scale letter, in a sentence about temperature.
        ("The temperature hit 38C on Tuesday.", "38C", .number(38), "celsius"),
        ("Highs of 75F are in the forecast.", "75F", .number(75), "fahrenheit"),
        // 一块 before a name that modifies a common noun counts.
        ("她买了一块北京烤鸭。", "一块", .number(1), "块"),
        // A lexicon numeral word ending in a hedge: the number, more than it.
        ("这位教练五十开外，经验丰富。", "五十开外", .number(50), nil),
        ("他今年四十出头。", "四十出头", .number(40), nil),
        // A count of places stays one.
        ("京津冀三地联合发布通知。", "三地", .number(3), "地"),
    ]

    /// 三比零零封: the score's right side is 零 alone; the second 零 opens 零封 (a shut-out),
    /// which no figure may cover.
    @Test func aScoreSideIsNoDigitString() {
        let found = Extraction.entries("主队以三比零零封客队。")
        #expect(found.map(\.text) == ["三", "零"])
        #expect(found.allSatisfy { $0.end <= 6 })
    }

    @Test(arguments: cases.indices)
    func readsTheFigureTheTextSays(index: Int) {
        let (sentence, text, value, unit) = Self.cases[index]
        Extraction.expectFigure(sentence, text, value, unit)
    }

    /// Where the same words give no figure: a peso of no named country, 几 in a question,
    /// after a demonstrative or before a count's classifier, 几 inside a word, 一地 as "all over the ground", a letter
    /// glued to digits outside a sentence about temperature, 唯一一家 (the only one).
    @Test(arguments: [
        "门票要五十比索。", "He paid fifty pesos for it.", "你在那里住了几年？", "他们几个人一起去了。", "几乎所有人都同意。",
        "玻璃碎了一地。", "洒了一地的水。", "Room 4C was booked for the meeting.",
        "He sat in seat 14C and the cabin was cold.", "这是全省唯一一家获奖企业。",
        "这几天，城里一直在下雨。", "这家企业几度易手。",
    ])
    func givesNoFigure(sentence: String) {
        #expect(Extraction.entries(sentence).isEmpty)
    }
}
