import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

@Suite(.tags(.fast)) struct WordSegmenterTests {
    let segmenter: WordSegmenter

    init() throws {
        segmenter = try WordTestSupport.segmenter()
    }

    func words(_ text: String) -> [String] { WordTestSupport.words(text, segmenter) }

    @Test func chineseFollowsTheLexiconsBestPath() {
        #expect(
            words("然而，这样的处理也衍生了一些问题。") == [
                "然而", "，", "这样", "的", "处理", "也", "衍生", "了", "一些", "问题", "。",
            ])
        #expect(words("我来到北京清华大学") == ["我", "来到", "北京", "清华大学"])
    }

    @Test func lexiconWordsCarryTheirTags() {
        let text = "我来到北京清华大学"
        #expect(WordTestSupport.token("北京", in: text, segmenter)?.tag == PartOfSpeech("ns"))
        #expect(WordTestSupport.token("来到", in: text, segmenter)?.tag == PartOfSpeech("v"))
        #expect(WordTestSupport.token("北京", in: text, segmenter)?.kind == .word)
    }

    @Test func numbersStayWhole() {
        #expect(words("增长4.14%，共1,234人") == ["增长", "4.14%", "，", "共", "1,234", "人"])
        #expect(words("占30%") == ["占", "30%"])
        #expect(words("下降-3.9个百分点") == ["下降", "-3.9", "个", "百分点"])
        #expect(words("第１２３号") == ["第１２３", "号"])
        #expect(words("共有 300多名") == ["共有", "300多", "名"])
        #expect(words("投资25亿元") == ["投资", "25亿", "元"])
        #expect(words("跑了3千米") == ["跑", "了", "3", "千米"])
        #expect(words("9:00开始") == ["9:00", "开始"])
        #expect(words("二〇二三年三月") == ["二〇二三", "年", "三月"])
        // A comma not followed by exactly three digits is punctuation.
        #expect(words("1,23") == ["1", ",", "23"])
        // Hyphens between words are not minus signs.
        #expect(words("3-2获胜") == ["3-2", "获胜"])
    }

    @Test func numbersAreTaggedAsNumerals() {
        let token = WordTestSupport.token("4.14%", in: "增长4.14%", segmenter)
        #expect(token?.kind == .number)
        #expect(token?.tag == PartOfSpeech("m"))
    }

    @Test func latinWordsStayWhole() {
        #expect(
            words("the Navy's AK-47 and U.S. policy") == [
                "the", "Navy's", "AK-47", "and", "U.S.", "policy",
            ])
        #expect(words("使用5G和C++编程") == ["使用", "5G", "和", "C++", "编程"])
        let token = WordTestSupport.token("Navy's", in: "the Navy's", segmenter)
        #expect(token?.kind == .latin)
        #expect(token?.tag == PartOfSpeech("eng"))
    }

    @Test func addressesStayWhole() {
        #expect(
            words("详见https://www.example.com/a?b=1。") == [
                "详见", "https://www.example.com/a?b=1", "。",
            ])
        #expect(
            words("请访问www.gov.cn，或发邮件至news.desk@example.com.cn。") == [
                "请", "访问", "www.gov.cn", "，", "或", "发邮件", "至", "news.desk@example.com.cn", "。",
            ])
        #expect(words("邮箱12345@qq.com") == ["邮箱", "12345@qq.com"])
    }

    @Test func punctuationAndSymbolsHaveTheirKinds() {
        let text = "他说：“好……”——完了！¥5 ©"
        let scalars = Array(text.unicodeScalars)
        let tokens = segmenter.tokenize(text)
        let pieces = tokens.map {
            (String(String.UnicodeScalarView(scalars[$0.span.range])), $0.kind)
        }
        #expect(
            pieces.map(\.0) == [
                "他", "说", "：", "“", "好", "……", "”", "——", "完", "了", "！", "¥", "5", "©",
            ])
        #expect(pieces.first { $0.0 == "……" }?.1 == .punct)
        #expect(pieces.first { $0.0 == "¥" }?.1 == .symbol)
        #expect(pieces.first { $0.0 == "©" }?.1 == .symbol)
        #expect(tokens.filter { $0.kind == .punct }.allSatisfy { $0.tag == PartOfSpeech("x") })
    }

    @Test func whiteSpaceMakesNoToken() {
        #expect(words("  \t\u{3000}\n ").isEmpty)
        #expect(words("北京 \u{3000}上海") == ["北京", "上海"])
    }

    @Test func unknownNamesAreFoundByTheHMM() {
        // 韩冰 is not in the lexicon: the HMM joins the two characters into a name.
        #expect(segmenter.lexicon.word(Array("韩冰".unicodeScalars.map(\.value))) == nil)
        #expect(words("记者韩冰报道") == ["记者", "韩冰", "报道"])
        // A very common character stays a word of its own.
        #expect(words("杜鹃花为温带植物").contains("为"))
    }

    @Test func unknownWordsGetAGuessedTag() {
        let text = "记者韩冰报道，洛马纳说"
        #expect(WordTestSupport.token("韩冰", in: text, segmenter)?.tag == PartOfSpeech("nr"))
        #expect(WordTestSupport.token("洛马纳", in: text, segmenter)?.tag == PartOfSpeech("nz"))
    }

    @Test func lexiconWordsMixingLatinAndIdeographsStayWhole() {
        #expect(words("A股市场和T恤，IP地址") == ["A股", "市场", "和", "T恤", "，", "IP地址"])
        #expect(WordTestSupport.token("A股", in: "A股市场", segmenter)?.kind == .word)
        // A Latin word that starts no such lexicon word stays apart.
        #expect(words("NBA球星") == ["NBA", "球星"])
    }

    @Test func spansPointIntoTheWholeArrayForASubrange() {
        let scalars = Array("前言。北京欢迎你".unicodeScalars)
        var tokens: [Token] = []
        segmenter.tokenize(scalars, in: 3..<scalars.count, into: &tokens)
        #expect(tokens.first?.span == Span(start: 3, end: 5))
        #expect(tokens.last?.span.end == scalars.count)
        // Appends, keeping what was there.
        segmenter.tokenize(scalars, in: 0..<2, into: &tokens)
        #expect(tokens.last?.span == Span(start: 0, end: 2))
    }

    @Test func otherScriptsBecomeWholeWords() {
        #expect(words("東京とソウル서울") == ["東京", "と", "ソウル", "서울"])
    }

    @Test func loadingTwiceGivesTheSameSegmenter() throws {
        let again = try WordTestSupport.segmenter()
        #expect(again === segmenter)
    }
}
