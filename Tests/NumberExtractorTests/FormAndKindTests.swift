import PresswatchTesting
import Testing

@testable import NumberExtractor

/// One expected quantity: in `input`, an entry spelled `text` with this kind, value, unit
/// and hedge.
struct ExpectedQuantity: Sendable, CustomTestStringConvertible {
    var input: String
    var text: String
    var kind: QuantityKind
    var value: QuantityValue
    var unit: String?
    var approx: Approximation?

    init(
        _ input: String, _ text: String, _ kind: QuantityKind, _ value: Double,
        _ unit: String? = nil, _ approx: Approximation? = nil
    ) {
        self.init(input, text, kind, .number(value), unit, approx)
    }

    init(
        _ input: String, _ text: String, _ kind: QuantityKind, _ value: QuantityValue,
        _ unit: String? = nil, _ approx: Approximation? = nil
    ) {
        self.input = input
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.approx = approx
    }

    var testDescription: String { "\(text) in \(input)" }

    func check() {
        let entries = Extraction.entries(input)
        let entry = entries.first { $0.text == text }
        #expect(entry != nil, "no entry \(text) in \(entries.map(\.text))")
        guard let entry else { return }
        #expect(entry.kind == kind)
        switch (entry.value, value) {
        case (.number(let got), .number(let want)):
            #expect(RecognizersScorer.equal(got, want), "\(got) is not \(want)")
        default:
            #expect(entry.value == value)
        }
        #expect(entry.unit == unit)
        #expect(entry.approx == approx)
        let scalars = Array(input.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[entry.start..<entry.end])) == entry.text)
    }
}

@Suite(.tags(.fast)) struct NumeralFormTests {
    static let chinese: [ExpectedQuantity] = [
        .init("共计1,234人次", "1,234人次", .count, 1234, "人次"),
        .init("增长4.14倍", "4.14倍", .count, 4.14, "倍"),
        .init("气温降到-3.9摄氏度", "-3.9摄氏度", .measure, -3.9, "celsius"),
        .init("编号１２３４的档案", "１２３４", .number, 1234),
        .init("全长三百五十米", "三百五十米", .measure, 350, "m"),
        .init("两千名学生", "两千名", .count, 2000, "名"),
        .init("捐款一万零五百元", "一万零五百元", .money, 10500, "CNY"),
        .init("二〇二三年", "二〇二三年", .date, .date("2023")),
        .init("第一百零五位", "第一百零五位", .ordinal, 105, "位"),
        .init("廿五日", "廿五日", .date, .date("---25")),
        .init("金额壹佰贰拾叁元", "壹佰贰拾叁元", .money, 123, "CNY"),
        .init("合计肆拾肆", "肆拾肆", .number, 44),
        .init("市值4.14亿", "4.14亿", .number, 414_000_000),
        .init("投入3千万", "3千万", .number, 30_000_000),
        .init("规模达1.2万亿", "1.2万亿", .number, 1.2e12),
        .init("共3万4000", "3万4000", .number, 34000),
        .init("五十五兆一十二亿四万五千二", "五十五兆一十二亿四万五千二", .number, 55_001_200_045_200),
        .init("一万三", "一万三", .number, 13000),
        .init("三点五亿", "三点五亿", .number, 350_000_000),
        .init("负三十二", "负三十二", .number, -32),
        .init("二分之一", "二分之一", .number, 0.5),
        .init("三百五十又3分之1", "三百五十又3分之1", .number, 350 + 1.0 / 3),
    ]

    static let english: [ExpectedQuantity] = [
        .init("about three hundred", "about three hundred", .number, 300, nil, .about),
        .init("twenty-one", "twenty-one", .number, 21),
        .init("sales of 4.14 billion", "4.14 billion", .number, 4.14e9),
        .init("it raised $5m last year", "$5m", .money, 5_000_000, "USD"),
        .init("1.5 million", "1.5 million", .number, 1_500_000),
        .init("a score of 40k", "40k", .number, 40000),
        .init("see 2e5", "2e5", .number, 200_000),
    ]

    @Test(arguments: chinese) func chineseForm(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: english) func englishForm(_ expected: ExpectedQuantity) { expected.check() }
}

@Suite(.tags(.fast)) struct QuantityKindTests {
    static let moneyCases: [ExpectedQuantity] = [
        .init("外资完成4.14亿美元", "4.14亿美元", .money, 414_000_000, "USD"),
        .init("票价￥300", "￥300", .money, 300, "CNY"),
        .init("8亿元人民币", "8亿元人民币", .money, 800_000_000, "CNY"),
        .init("人民币 50元", "人民币 50元", .money, 50, "CNY"),
        .init("50欧元", "50欧元", .money, 50, "EUR"),
        .init("1000日元", "1000日元", .money, 1000, "JPY"),
        .init("20港元", "20港元", .money, 20, "HKD"),
        .init("5英镑", "5英镑", .money, 5, "GBP"),
        .init("30美分", "30美分", .money, 0.3, "USD"),
        .init("50元6角三分", "50元6角三分", .money, 50.63, "CNY"),
        .init("两美元又三美分", "两美元又三美分", .money, 2.03, "USD"),
        .init("a fine of 5 million yuan", "5 million yuan", .money, 5e6, "CNY"),
        .init("US$1.2 billion", "US$1.2 billion", .money, 1.2e9, "USD"),
    ]

    static let percentCases: [ExpectedQuantity] = [
        .init("增长55.5%", "55.5%", .percent, 55.5),
        .init("百分之五十五点五", "百分之五十五点五", .percent, 55.5),
        .init("千分之三", "千分之三", .percent, 0.3),
        .init("9成以上", "9成以上", .percent, 90, nil, .moreThan),
        .init("打75折", "75折", .percent, 75),
        .init("九折", "九折", .percent, 90),
        .init("上升3个百分点", "3个百分点", .percent, 3, "percentage_point"),
        .init("rose 15 percent", "15 percent", .percent, 15),
        .init(
            "rose 0.3 percentage points", "0.3 percentage points", .percent, 0.3, "percentage_point"
        ),
        .init("负40%", "负40%", .percent, -40),
    ]

    static let countCases: [ExpectedQuantity] = [
        .init("共有 300多名应征青年", "300多名", .count, 300, "名", .moreThan),
        .init("4家企业", "4家", .count, 4, "家"),
        .init("八条产业链", "八条", .count, 8, "条"),
        .init("聚焦15大战略领域", "15大", .count, 15, "大"),
        .init("十打鸡蛋", "十打", .count, 120, "个"),
        .init("hired 300 workers", "300 workers", .count, 300, "workers"),
    ]

    static let measureCases: [ExpectedQuantity] = [
        .init("全长5公里", "5公里", .measure, 5, "km"),
        .init("占地100平方米", "100平方米", .measure, 100, "square_meter"),
        .init("亩产30亩", "30亩", .measure, 30, "mu"),
        .init("2公顷", "2公顷", .measure, 2, "hectare"),
        .init("10吨", "10吨", .measure, 10, "ton"),
        .init("20万公斤", "20万公斤", .measure, 200_000, "kg"),
        .init("装机200千瓦", "200千瓦", .measure, 200, "kw"),
        .init("发电1000千瓦时", "1000千瓦时", .measure, 1000, "kwh"),
        .init("12千米", "12千米", .measure, 12, "km"),
        .init("一吨半", "一吨半", .measure, 1.5, "ton"),
        .init("a 5 km road", "5 km", .measure, 5, "km"),
    ]

    static let durationCases: [ExpectedQuantity] = [
        .init("20分钟医疗圈", "20分钟", .duration, 20, "minute"),
        .init("15个工作日", "15个工作日", .duration, 15, "working_day"),
        .init("工作了3年", "3年", .duration, 3, "year"),
        .init("3个多月", "3个多月", .duration, 3, "month", .moreThan),
        .init("一个半小时", "一个半小时", .duration, 1.5, "hour"),
        .init("半小时", "半小时", .duration, 0.5, "hour"),
        .init("for 3 years", "3 years", .duration, 3, "year"),
        .init("a 10-year plan", "10-year", .duration, 10, "year"),
    ]

    static let dateCases: [ExpectedQuantity] = [
        .init("拉开了平湖2023年招商的大幕", "2023年", .date, .date("2023")),
        .init("从 2018年 6月起", "2018年 6月", .date, .date("2018-06")),
        .init("6月17日", "6月17日", .date, .date("--06-17")),
        .init("2023年度", "2023年度", .date, .date("2023")),
        .init("计划 3月初正式定兵", "3月初", .date, .date("--03"), nil, .about),
        .init("于2024年初投产", "2024年初", .date, .date("2024"), nil, .about),
        .init("自2018年底", "2018年底", .date, .date("2018"), nil, .about),
        .init("2018年6月17日", "2018年6月17日", .date, .date("2018-06-17")),
        .init("on June 17, 2018", "June 17, 2018", .date, .date("2018-06-17")),
        .init("on 17 June 2018", "17 June 2018", .date, .date("2018-06-17")),
        .init("截至2023-02-08", "2023-02-08", .date, .date("2023-02-08")),
        .init("revenue doubled in 2022", "2022", .date, .date("2022")),
        .init("“五一”假期", "五一", .date, .date("--05-01")),
    ]

    static let ordinalCases: [ExpectedQuantity] = [
        .init("排名第一", "第一", .ordinal, 1),
        .init("第903医院", "第903", .ordinal, 903),
        .init("第21期《求是》", "第21期", .ordinal, 21, "期"),
        .init("the 3rd time", "3rd", .ordinal, 3),
        .init("the first time", "first", .ordinal, 1),
    ]

    static let rangeCases: [ExpectedQuantity] = [
        .init("10至20个", "10至20个", .range, .range(10, 20), "个"),
        .init("3-5年", "3-5年", .range, .range(3, 5), "year"),
        .init("三四个人", "三四个", .range, .range(3, 4), "个"),
        .init("二三十个", "二三十个", .range, .range(20, 30), "个"),
        .init("3至5亿元", "3至5亿元", .range, .range(3e8, 5e8), "CNY"),
        .init("5-20%", "5-20%", .range, .range(5, 20), "percent"),
        .init("for 3 to 5 years", "3 to 5 years", .range, .range(3, 5), "year"),
    ]

    static let numberCases: [ExpectedQuantity] = [
        .init("编号为365", "365", .number, 365),
        .init("he scored seven", "seven", .number, 7),
    ]

    static let approximationsCases: [ExpectedQuantity] = [
        .init("约5亿元", "约5亿元", .money, 5e8, "CNY", .about),
        .init("近20年", "近20年", .duration, 20, "year", .about),
        .init("20分钟左右", "20分钟左右", .duration, 20, "minute", .about),
        .init("300余人", "300余人", .count, 300, "人", .moreThan),
        .init("超过100人", "超过100人", .count, 100, "人", .moreThan),
        .init("不少于100个", "不少于100个", .count, 100, "个", .atLeast),
        .init("至少3家", "至少3家", .count, 3, "家", .atLeast),
        .init("不到10%", "不到10%", .percent, 10, nil, .lessThan),
        .init("50岁以下", "50岁以下", .duration, 50, "year_of_age", .lessThan),
        .init("至多5人", "至多5人", .count, 5, "人", .atMost),
        .init("不超过3天", "不超过3天", .duration, 3, "day", .atMost),
        .init("年龄不小于三十岁", "不小于三十岁", .duration, 30, "year_of_age", .atLeast),
        .init("more than 5 percent", "more than 5 percent", .percent, 5, nil, .moreThan),
        .init("up to 20 days", "up to 20 days", .duration, 20, "day", .atMost),
    ]

    @Test(arguments: moneyCases) func money(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: percentCases) func percent(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: countCases) func count(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: measureCases) func measure(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: durationCases) func duration(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: dateCases) func date(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: ordinalCases) func ordinal(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: rangeCases) func range(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: numberCases) func number(_ expected: ExpectedQuantity) { expected.check() }
    @Test(arguments: approximationsCases) func approximation(_ expected: ExpectedQuantity) {
        expected.check()
    }
}
