import PresswatchCore
import PresswatchTesting
import Summarizer
import Testing

/// Ranking on small made-up articles whose right answer is plain.
@Suite("Summarizer ranking", .tags(.fast))
struct SummarizerRankingTests {
    static func summarizer(sentences: Int = 2, maxChars: Int? = nil) -> Summarizer {
        var options = SummarizerOptions()
        options.sentences = sentences
        options.maxChars = maxChars
        options.minArticleChars = 10
        return Summarizer(options: options)
    }

    /// A fare cut (0), the same fare cut said again (1), longer metro hours (2), filler.
    static let fares = MadeUpArticle.make([
        [
            ["市政府/nt", "今天/t", "宣布/v", "，", "全市/n", "公交/n", "票价/n", "下调/v", "两成/m", "。"],
            ["全市/n", "公交/n", "票价/n", "将/d", "下调/v", "两成/m", "。"],
            [
                "同时/c", "，", "地铁/n", "运营/vn", "时间/n", "延长/v", "到/v", "午夜/t", "，", "夜班/n", "列车/n",
                "加密/v", "。",
            ],
        ],
        [
            ["记者/n", "在/p", "车站/n", "看到/v", "，", "候车/v", "乘客/n", "不少/a", "。"],
            ["天气/n", "晴朗/a", "，", "街道/n", "整洁/a", "。"],
        ],
    ])

    @Test("of a redundant pair only one is chosen; the next new fact comes instead")
    func redundantPair() throws {
        let summary = try #require(Self.summarizer().summarize(Self.fares))
        #expect(summary.sentences == [0, 2] || summary.sentences == [1, 2])
    }

    /// The lead, a neutral sentence, and a later one that alone matches the headline.
    static func library(headline: String?) -> Article {
        MadeUpArticle.make(
            [
                [
                    [
                        "本周/t", "，", "城区/n", "多/a", "项/q", "民生/n", "工程/n", "进入/v", "收尾/vn", "阶段/n",
                        "。",
                    ],
                    ["施工/vn", "单位/n", "表示/v", "，", "各/r", "工地/n", "安全/a", "有序/a", "。"],
                    ["新建/v", "的/u", "少儿/n", "图书馆/n", "将/d", "于/p", "下月/t", "开放/v", "借阅/v", "。"],
                    ["道路/n", "绿化/vn", "同步/vd", "推进/v", "，", "预计/v", "年底/t", "完成/v", "。"],
                ]
            ], headline: headline)
    }

    @Test("the sentence that matches the headline is preferred to a neutral one")
    func headlineMatch() throws {
        let with = try #require(
            Self.summarizer().summarize(Self.library(headline: "少儿图书馆下月开放")))
        let without = try #require(Self.summarizer().summarize(Self.library(headline: nil)))
        #expect(with.sentences == [0, 2])
        #expect(without.sentences != [0, 2])
    }

    /// A quotation opened in sentence 1 and closed in sentence 2.
    static let quoted = MadeUpArticle.make([
        [
            ["市长/n", "周/nr", "军/n", "视察/v", "征兵/v", "体检/vn", "工作/vn", "。"],
            ["他/r", "说/v", "：", "“", "征兵/v", "体检/vn", "要/v", "严格/a", "把关/v", "。"],
            ["体检/vn", "质量/n", "关系/v", "兵员/n", "质量/n", "。", "”"],
            ["今年/t", "共有/v", "300/m", "名/q", "应征/vn", "青年/n", "参加/v", "体检/vn", "。"],
            ["计划/n", "3月/t", "初/f", "定兵/v", "。"],
        ]
    ])

    @Test("a quote split across sentences is chosen whole or not at all", arguments: 1...4)
    func splitQuote(sentences: Int) throws {
        let summary = try #require(Self.summarizer(sentences: sentences).summarize(Self.quoted))
        #expect(summary.sentences.contains(1) == summary.sentences.contains(2))
        let opened = summary.text.unicodeScalars.filter { $0 == "\u{201C}" }.count
        let closed = summary.text.unicodeScalars.filter { $0 == "\u{201D}" }.count
        #expect(opened == closed)
    }

    @Test("a sentence ending in a colon goes with the one it introduces")
    func danglingColon() throws {
        let article = MadeUpArticle.make([
            [
                ["平湖/ns", "招商/vn", "引资/vn", "成效/n", "明显/a", "："],
                ["全年/n", "利用/v", "外资/n", "4.14/m", "亿/m", "美元/q", "。"],
                ["项目/n", "18/m", "个/q", "完成/v", "签约/v", "。"],
            ]
        ])
        let summary = try #require(Self.summarizer(sentences: 1).summarize(article))
        #expect(summary.sentences == [0, 1])
        #expect(summary.text.unicodeScalars.last == "。")
    }

    @Test("a short question goes with the sentence that answers it")
    func questionAndAnswer() throws {
        let article = MadeUpArticle.make([
            [
                ["谁/r", "去/v", "招商/vn", "？"],
                ["市/n", "领导/n", "带领/v", "各/r", "单位/n", "负责人/n", "去/v", "招商/vn", "。"],
                ["去/v", "哪里/r", "招商/vn", "？"],
                ["去/v", "上海/ns", "、", "杭州/ns", "等/u", "高科技/n", "集聚地/n", "。"],
            ]
        ])
        let summary = try #require(Self.summarizer(sentences: 1).summarize(article))
        #expect(summary.sentences == [0, 1])
    }

    @Test("a summary whose last sentence ended in a semicolon ends in a full stop")
    func semicolonEnd() throws {
        let article = MadeUpArticle.make([
            [
                ["全市/n", "公交/n", "票价/n", "下调/v", "两成/m", "；"],
                ["地铁/n", "运营/vn", "时间/n", "延长/v", "到/v", "午夜/t", "。"],
            ]
        ])
        let summary = try #require(Self.summarizer(sentences: 1).summarize(article))
        #expect(summary.sentences == [0])
        #expect(summary.text == "全市公交票价下调两成。")
    }

    @Test("reading order, whatever the rank")
    func readingOrder() throws {
        let summary = try #require(Self.summarizer(sentences: 3).summarize(Self.fares))
        #expect(summary.sentences == summary.sentences.sorted())
        #expect(summary.sentences.count == 3)
    }
}
