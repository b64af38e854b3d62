import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The forms of this round of issue 13, in sentences of their own (none from a held-out
/// file): race and clock times, spoken prices before a count, 多 after 块, ranges of 成 and
/// 折, spans of two neighbouring digits after a place, decades and centuries, and words that
/// hold a numeral and count nothing.
@Suite(.tags(.fast)) struct TimeMoneyAndSpanFormTests {
    static let cases: [(String, String, QuantityValue, String?)] = [
        ("他在百米决赛中跑出10秒06。", "10秒06", .number(10.06), "second"),
        ("她以1分58秒的成绩夺冠。", "1分58秒", .number(118), "second"),
        ("他游出4分01秒27。", "4分01秒27", .number(241.27), "second"),
        ("他以2小时08分12秒跑完全程。", "2小时08分12秒", .number(7692), "second"),
        ("She finished in 2:18:05.", "2:18:05", .number(8285), "second"),
        ("He ran the mile in 3:51.40.", "3:51.40", .number(231.4), "second"),
        ("晚会于今晚20:15开始。", "20:15", .date("T20:15"), nil),
        ("The polls close at 8:30 p.m.", "8:30 p.m.", .date("T20:30"), nil),
        ("发布会定于下午4点举行。", "4点", .date("T16"), nil),
        ("列车于凌晨5时12分到站。", "5时12分", .date("T05:12"), nil),
        ("演出晚上七点半开始。", "七点半", .date("T19:30"), nil),
        ("中午1点开饭。", "1点", .date("T13"), nil),
        ("6月3日14时，台风登陆。", "14时", .date("T14"), nil),
        ("展馆下午1点到4点开放。", "4点", .date("T16"), nil),
        ("商场每天9时至21时营业。", "21时", .date("T21"), nil),
        ("列车10点钟到站。", "10点钟", .date("T10"), nil),
        ("西瓜一块五一斤，桃子三块一个。", "三块", .number(3), "CNY"),
        ("这种青菜八毛一斤。", "八毛", .number(0.8), "CNY"),
        ("米饭两块一碗。", "两块", .number(2), "CNY"),
        ("一瓶水涨了一块多。", "一块多", .number(1), "CNY"),
        ("一根葱要五毛多钱。", "五毛多钱", .number(0.5), "CNY"),
        ("打车花了二十多块。", "二十多块", .number(20), "CNY"),
        ("车票涨到了八块。", "八块", .number(8), "CNY"),
        ("他花了八十块买了一箱苹果。", "八十块", .number(80), "CNY"),
        ("银行将调整五年期存款利率。", "五年", .number(5), "year"),
        ("春装打三到五折出售。", "三到五折", .range(30, 50), "percent"),
        ("Exports rose by 2 billion to 30 billion.", "2 billion", .number(2e9), nil),
        ("工厂的订单减少了一到两成。", "一到两成", .range(10, 20), "percent"),
        ("全场商品六至八折。", "六至八折", .range(60, 80), "percent"),
        ("气温在零下八度到零下三度之间。", "零下八度到零下三度", .range(-8, -3), "degree"),
        ("来了十七八个人。", "十七八个", .range(17, 18), "个"),
        ("这个镇有二十五六万人。", "二十五六万人", .range(250_000, 260_000), "人"),
        ("展会吸引了一万五六千名观众。", "一万五六千名", .range(15_000, 16_000), "名"),
        ("项目需投资一亿五六千万元。", "一亿五六千万元", .range(150_000_000, 160_000_000), "CNY"),
        ("一件衣服三百五六十元。", "三百五六十元", .range(350, 360), "CNY"),
        ("他搬开了一块大石头。", "一块", .number(1), "块"),
        ("路口发生一起事故。", "一起", .number(1), "起"),
        ("上万名游客涌入古镇。", "万名", .number(10000), "名"),
        ("大火造成万余人撤离。", "万余人", .number(10000), "人"),
        ("这座寺庙已有千年历史。", "千年", .number(1000), "year"),
        ("1980年代，这里还是农田。", "1980年代", .date("198"), nil),
        ("It was written in the 1890s.", "1890s", .date("189"), nil),
        ("It was built in the 12th century.", "12th century", .date("11"), nil),
        ("A fifth of the homes lost power.", "A fifth", .number(0.2), nil),
        ("她赢下了第二局。", "第二局", .number(2), "局"),
        (
            "Rates rose by a quarter of a percentage point.", "a quarter of a percentage point",
            .number(0.25), "percentage_point"
        ),
    ]

    @Test(arguments: cases.indices)
    func readsTheFigureTheTextSays(index: Int) {
        let (sentence, text, value, unit) = Self.cases[index]
        Extraction.expectFigure(sentence, text, value, unit)
    }

    /// Scores are their two numbers, not a time or a span.
    @Test(arguments: [
        ("主队以2:1取胜。", [2.0, 1.0]), ("双方以21:18结束首局。", [21, 18]),
        ("这一局比分定格在11:13。", [11, 13]),
        ("They lost 0-3 away.", [0, 3]), ("客队以零比二落败。", [0, 2]),
    ])
    func scoresAreTwoNumbers(sentence: String, values: [Double]) {
        let entries = Extraction.entries(sentence)
        #expect(entries.map(\.value) == values.map { .number($0) }, "\(sentence)")
    }

    /// Where the segmenter's lexicon (with the project's supplement) writes the numeral
    /// inside a word, or the numeral points rather than counts.
    @Test(arguments: [
        "他是个一根筋的人", "记者第一时间赶到", "游客三五成群", "心里七上八下", "十之八九会下雨",
        "这一年过得很快", "那一天终于来了", "我们一起去看看", "他在百度公司工作", "坚守在第一线",
        "由第三方评估", "掌握第一手资料", "No one knows.", "a one-sided game",
        "first-hand reports",
    ])
    func wordsThatHoldANumeralCountNothing(sentence: String) {
        let entries = Extraction.entries(sentence)
        #expect(entries.isEmpty, "\(sentence): \(entries.map { "\($0.text)=\($0.value)" })")
    }

    /// 块 ending a clause is money, unless a resultative 成 cut something into pieces.
    @Test(arguments: ["他把西瓜切成三块。", "这块地被分成了两块。"])
    func piecesAreNoMoney(sentence: String) {
        let entries = Extraction.entries(sentence)
        #expect(entries.map(\.kind) == [.count], "\(entries.map { "\($0.text)=\($0.value)" })")
    }
}
