import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import KeywordTagger

/// What a user of the keyword tagger relies on: terms not fragments, no stop words, no
/// byline names, English, the options and the output.
@Suite(.tags(.fast)) struct KeywordTaggerTests {
    @Test func adjacentWordsThatRecurBecomeOnePhraseWithoutTheirParts() throws {
        let article = Articles.handMade([
            "活性/b", "染料/n", "的/uj", "染色/vn", "性能/n", "，", "活性/b", "染料/n", "用于/v",
            "棉织物/n", "，", "新型/b", "活性/b", "染料/n", "的/uj", "色牢度/n", "。",
        ])
        let terms = keywords(try makeTagger(), article)
        #expect(terms.first == "活性染料")
        #expect(!terms.contains("染料"))
        #expect(!terms.contains("活性"))
    }

    @Test func aPhraseAndAPartAreBothReportedOnlyWhenThePartIsStrongAlone() throws {
        let pieces = [
            "乡贤/n", "云/ns", "诊室/n", "开诊/v", "。", "村民/n", "走进/v", "乡贤/n", "云/ns", "诊室/n",
            "。", "乡贤/n", "云/ns", "诊室/n", "服务/vn", "村民/n", "。", "乡贤/n", "回乡/v", "。",
            "乡贤/n", "捐款/v", "。", "感谢/v", "乡贤/n", "。", "乡贤/n", "文化/n", "。", "表彰/v", "乡贤/n",
            "。",
        ]
        let terms = keywords(try makeTagger(), Articles.handMade(pieces))
        #expect(terms.contains("乡贤云诊室"))
        #expect(terms.contains("乡贤"))
        // Never outside the name: fragments of it are no keywords.
        #expect(!terms.contains("云诊室"))
        #expect(!terms.contains("诊室"))
    }

    @Test func functionWordsNumbersDatesAndSingleCharactersAreDropped() throws {
        let article = Articles.handMade([
            "我们/r", "是/v", "在/p", "2023/m", "年/m", "3月/t", "了/ul", "的/uj", "进行/v", "会议/n",
            "，", "会议/n", "的/uj", "一/m", "次/q", "市/n", "。",
        ])
        let terms = keywords(try makeTagger(), article)
        #expect(terms == ["会议"])
    }

    @Test func theStopwordsOptionAddsWords() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("stop-\(getpid()).txt").path
        try "# the paper's own name\n活性染料\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let article = Articles.make(["活性染料用于棉织物。活性染料色牢度高，棉织物染色均匀。"])
        #expect(keywords(try makeTagger(), article).contains("活性染料"))
        let terms = keywords(try makeTagger { $0.stopwords = file }, article)
        #expect(!terms.contains("活性染料"))
        #expect(terms.contains("棉织物"))
    }

    @Test func bylineNamesAreNoKeywordsButPeopleAndPlacesInTheTextAre() throws {
        let article = Articles.make(
            [
                "本报讯（记者 林旭东）市长周军波昨天在平湖视察征兵工作。周军波指出，征兵工作事关国防建设。林旭东摄。",
                "平湖今年征兵体检合格率高，周军波要求严格把关。",
            ],
            headline: "周军波视察征兵工作",
            bylines: [Byline(role: .reporter, names: ["林旭东"])])
        let terms = keywords(try makeTagger(), article)
        #expect(terms.contains("周军波"))
        #expect(terms.contains("平湖"))
        #expect(terms.contains("征兵工作"))
        // However the segmenter splits the name (林旭 + 东摄), no piece of it is a keyword.
        #expect(!terms.contains { ["林旭", "旭东", "东摄"].contains(where: $0.contains) })
    }

    @Test func englishKeepsNamesTogetherAndFoldsOrdinaryWords() throws {
        let article = Articles.make(
            [
                "The European Central Bank raised interest rates again on Thursday. Inflation in "
                    + "the euro area is still too high, the European Central Bank said.",
                "Christine Lagarde said inflation would fall next year. Economists expect the "
                    + "European Central Bank to keep interest rates high, said John Smith of Reuters.",
            ],
            headline: "European Central Bank raises interest rates",
            bylines: [Byline(role: .reporter, names: ["John Smith"])])
        let terms = keywords(try makeTagger(), article)
        #expect(terms.first == "European Central Bank")
        #expect(terms.contains("interest rates"))
        #expect(terms.contains("inflation"))
        #expect(terms.contains("Christine Lagarde"))
        #expect(!terms.contains("Inflation"))
        #expect(!terms.contains { ["the", "The", "said", "again"].contains($0) })
        #expect(!terms.contains { $0.contains("John") || $0.contains("Smith") })
    }

    @Test func topMinScoreAndMethodShapeTheList() throws {
        let article = try TestData.seedArticles()[0].article
        let all = keywords(try makeTagger(), article)
        #expect(all.count == 10)
        #expect(keywords(try makeTagger { $0.top = 3 }, article) == Array(all.prefix(3)))
        let scored = try scores(try makeTagger(), article)
        let threshold = scored[4]
        let above = keywords(try makeTagger { $0.minScore = threshold }, article)
        #expect(above == Array(all.prefix(above.count)) && above.count >= 5 && above.count < 10)
        let ranked = keywords(try makeTagger { $0.method = .textrank }, article)
        #expect(ranked.count == 10 && ranked != all)
    }

    @Test func theResultIsAnArrayOfTermAndScoreHighestFirstWithAMarkdownLine() throws {
        let article = try TestData.seedArticles()[5].article
        var document = try Document.holding([article])
        try makeTagger().process(&document)
        let found = try #require(document.articles[0].findings[Keywords.self])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(found))
        let items = try #require(json as? [[String: Any]])
        #expect(items.count == 10)
        #expect(items.allSatisfy { $0.keys.sorted() == ["score", "term"] })
        let values = items.compactMap { $0["score"] as? Double }
        #expect(values == values.sorted(by: >))
        let line = try #require(found.markdown(for: article))
        #expect(line == "**Keywords:** " + found.terms.joined(separator: " · "))
        #expect(Keywords.key == "keywords")
    }

    @Test func articlesWithoutWordsGetAnEmptyList() throws {
        let tagger = try makeTagger()
        #expect(keywords(tagger, Articles.make(["。，！"])) == [])
        var broken = Articles.make(["短文"])
        broken.tokens = [Token(span: Span(start: 1, end: 40), kind: .word, tag: .noun)]
        #expect(keywords(tagger, broken) == [])
        #expect(Keywords([]).markdown(for: broken) == nil)
    }

    @Test func malformedTokensNeverCrash() throws {
        let tagger = try makeTagger()
        var article = Articles.make(["European Central Bank 乡贤云诊室 2023年 😀 A B C。", "第二段 Lagarde"])
        let count = article.scalars.count
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let kinds = TokenKind.allCases
        let tags: [PartOfSpeech?] = [nil, .noun, .verb, .numeral, .english, PartOfSpeech("")]
        for _ in 0..<200 {
            article.tokens = (0..<next(40)).map { _ in
                let start = next(count + 3)
                return Token(
                    span: Span(start: start, end: start + next(6)), kind: kinds[next(kinds.count)],
                    tag: tags[next(tags.count)])
            }
            _ = keywords(tagger, article)
        }
    }

    private func scores(_ tagger: KeywordTagger, _ article: Article) throws -> [Double] {
        var document = try Document.holding([article])
        try tagger.process(&document)
        return document.articles[0].findings[Keywords.self]?.keywords.map(\.score) ?? []
    }
}
