import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// Inputs that are not newspaper pages: one article, with or without a title; English.
@Suite(.tags(.fast)) struct PlainInputTests {
    @Test func aSingleArticleWithoutATitleIsOneArticleWithItsParagraphs() {
        let text = "今天天气很好，我们去公园散步。\n公园里的花都开了，游客很多。\n\n傍晚我们回家了。\n"
        let page = PageAnalyzer.analyze(text)
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == nil)
        #expect(
            page.articles[0].paragraphs.map(\.text) == [
                "今天天气很好，我们去公园散步。", "公园里的花都开了，游客很多。", "傍晚我们回家了。",
            ])
    }

    @Test func aSingleArticleWithATitleLine() {
        let text = "春天来了\n\n今天天气很好，我们去公园散步。公园里的花都开了。\n"
        let page = PageAnalyzer.analyze(text)
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == "春天来了")
        #expect(page.articles[0].paragraphs.map(\.text) == ["今天天气很好，我们去公园散步。公园里的花都开了。"])
    }

    @Test func aTitleRightAboveAParagraphPerLineIsStillATitle() {
        let text = "春天来了\n今天天气很好，我们去公园散步。\n公园里的花都开了。\n"
        let page = PageAnalyzer.analyze(text)
        #expect(page.articles[0].headline == "春天来了")
        #expect(page.articles[0].paragraphs.map(\.text) == ["今天天气很好，我们去公园散步。", "公园里的花都开了。"])
    }

    @Test func aHeadingBetweenParagraphsOfALineEachStaysAParagraphOfItsOwn() {
        let text = "今天天气很好，我们去公园散步。\n公园里的花\n花都开了，游客很多。\n傍晚我们回家了。\n"
        let page = PageAnalyzer.analyze(text)
        #expect(
            page.articles[0].paragraphs.map(\.text) == [
                "今天天气很好，我们去公园散步。", "公园里的花", "花都开了，游客很多。", "傍晚我们回家了。",
            ])
    }

    @Test func oneShortLineIsABodyNotALoneHeadline() {
        let page = PageAnalyzer.analyze("只有一行字")
        #expect(page.articles.count == 1)
        #expect(page.articles[0].paragraphs.map(\.text) == ["只有一行字"])
    }

    @Test func englishParagraphsComeFromBlankLinesWithHyphensAndLineBreaksRepaired() {
        let text = """
            City Opens Twelve New Parks

            By Jane Doe and John Roe

            The city opened twelve new parks this year, a develop-
            ment that residents of the Old Town
            welcomed warmly.

            Officials said more are planned for 2025.
            """
        let page = PageAnalyzer.analyze(text)
        #expect(page.articles.count == 1)
        let article = page.articles[0]
        #expect(article.headline == "City Opens Twelve New Parks")
        #expect(article.bylines == [Byline(role: .reporter, names: ["Jane Doe", "John Roe"])])
        #expect(
            article.paragraphs.map(\.text) == [
                "The city opened twelve new parks this year, a development that residents of the Old Town welcomed warmly.",
                "Officials said more are planned for 2025.",
            ])
        #expect(ScriptMix.measure(text).language == .en)
    }

    @Test func languageFollowsTheScriptMix() {
        #expect(ScriptMix.measure("市政府昨天召开常务会议。").language == .zh)
        #expect(ScriptMix.measure("The council met yesterday.").language == .en)
        #expect(
            ScriptMix.measure("市政府昨天召开会议 The council met yesterday and agreed.").language == .mixed)
        #expect(ScriptMix.measure("。，！？ 123").language == .unknown)
        #expect(ScriptMix.measure("").language == .unknown)
        #expect(ScriptMix.measure("单位GDP能耗同比下降0.4%，新能源汽车产量增长。").language == .zh)
    }
}
