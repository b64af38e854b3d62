import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Numeral characters inside words and names are no numbers (issue 5's list).
@Suite(.tags(.fast)) struct NotQuantityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var word: String
        var testDescription: String { word }
    }

    static let cases: [Case] = [
        Case(sentence: "市领导带领各招商主体一把手去招商。", word: "一把手"),
        Case(sentence: "全力推进招商引资“一号工程”。", word: "一号工程"),
        Case(sentence: "为申报单位提供“一对一”服务。", word: "一对一"),
        Case(sentence: "深入推进“最多跑一次”改革。", word: "最多跑一次"),
        Case(sentence: "验收组成员统一行动，一次性提出反馈问题。", word: "一次性"),
        Case(sentence: "实行监管验收服务一体化。", word: "一体化"),
        Case(sentence: "统一受理、统一组织、限时办理。", word: "统一"),
        Case(sentence: "我市作为嘉兴唯一一个试点地。", word: "唯一"),
        Case(sentence: "不断营造一流的营商环境。", word: "一流"),
        Case(sentence: "在基层一线搭建平台。", word: "一线"),
        Case(sentence: "乡贤文化一直以来发挥重要作用。", word: "一直"),
        Case(sentence: "迅速实现认识、思路、行动的高度一致。", word: "一致"),
        Case(sentence: "进一步激发创新主体活力。", word: "进一步"),
        Case(sentence: "两岸与大陆的往来日益密切。", word: "大陆"),
        Case(sentence: "这个人很放肆。", word: "放肆"),
        Case(sentence: "锅里放了三颗八角和一块姜。", word: "八角"),
        Case(sentence: "他俩一块买了票。", word: "一块"),
        Case(sentence: "与上一次相比，价格有所下降。", word: "一次"),
        Case(sentence: "下一步将扩大试点范围。", word: "一步"),
        Case(sentence: "小明拾起石子。", word: "拾起"),
        Case(sentence: "他一到会场就发言。", word: "一到"),
        Case(sentence: "大家一起努力，十分重要。", word: "一起"),
        Case(sentence: "这不是四川。", word: "四川"),
        // A lexicon word opening with a numeral: 零 with a classifier counts nothing; an
        // adverb, adjective or pronoun is no quantity; a bare place before a verb is an adverb.
        Case(sentence: "仓库里堆满了各种机器零件。", word: "零件"),
        Case(sentence: "他们俩的做法一样。", word: "一样"),
        Case(sentence: "大家千万别大意。", word: "千万"),
        Case(sentence: "订单号 A202107211321363588510367 可用作凭证", word: "A202107211321363588510367"),
        Case(sentence: "下载指南V1.0版本", word: "V1.0"),
        Case(sentence: "访问 https://www.test.com/search?q=30%25%2020% 查看", word: "30%25%2020%"),
    ]

    @Test(arguments: cases) func isNoNumber(_ testCase: Case) {
        let entries = Extraction.entries(testCase.sentence)
        let scalars = Array(testCase.sentence.unicodeScalars)
        let occurrences = SeedPageTests.occurrences(
            of: Array(testCase.word.unicodeScalars), in: scalars)
        #expect(!occurrences.isEmpty)
        for occurrence in occurrences {
            let overlapping = entries.filter {
                $0.start < occurrence.upperBound && occurrence.lowerBound < $0.end
            }
            #expect(overlapping.isEmpty, "\(testCase.word) reported as \(overlapping.map(\.text))")
        }
    }

    /// The same characters as numbers where they are numbers.
    @Test func numeralsOutsideWordsAreStillNumbers() {
        let texts = Extraction.entries("排名第一，一个周末，肆拾肆元，唯一的3家").map(\.text)
        #expect(texts == ["第一", "一个", "肆拾肆元", "3家"])
    }
}
