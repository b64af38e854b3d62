import PresswatchCore
import PresswatchTesting
import Testing

@testable import Summarizer

/// How a sentence frames what it says: the signals that tell a scene-setting lede from the
/// sentence that states the point.
@Suite("Summarizer unit framing", .tags(.fast))
struct UnitFramingTests {
    /// The framing of each sentence, one sentence a unit.
    static func framing(_ sentences: [String]) -> UnitFraming {
        let article = MadeUpArticle.make([sentences.map { [$0] }])
        return UnitFraming(
            article: article, units: article.sentences.indices.map { $0..<($0 + 1) })
    }

    @Test("a time, a date or a news source opens the scene")
    func opensWithTime() {
        let framing = Self.framing([
            "8月1日，全国性地方债审计全面开闸。", "2012年全市新增就业3万人。", "近日，有媒体报道称裁员。",
            "“今天是个好日子。”", "新华社北京电，会议召开。", "市政府宣布票价下调。", "2012345人参加。",
        ])
        #expect(framing.opensWithTime == [true, true, true, true, true, false, false])
    }

    @Test("a short first clause ending in a reporting verb is an attribution")
    func opensWithAttribution() {
        let framing = Self.framing([
            "专家认为，天津自贸区将成为试验区。", "韩媒称，油价暴跌。", "卫生部：性传播成主要途径。",
            "他在今天上午举行的全市经济工作会议上明确表示，要稳增长。", "报告称。", "市长说了很多话，大家鼓掌。",
        ])
        #expect(framing.opensWithAttribution == [true, true, false, false, false, false])
    }

    @Test("conclusions and clause counts")
    func conclusionsAndClauses() {
        let framing = Self.framing([
            "这意味着天津将成为试验区。", "一，二，三，四，五，六，七，八。", "English, with a comma.", "无逗号。",
        ])
        #expect(framing.drawsConclusion == [true, false, false, false])
        #expect(framing.clauses == [0, 1, 1.0 / 6, 0])
    }
}
