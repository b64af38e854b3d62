import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

@Suite(.tags(.fast)) struct SentenceTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: scalars).map { Array(scalars[$0.range]).string }
    }

    @Test func chineseSentencesEndAtStopsAndKeepTheirClosingQuotes() {
        #expect(
            sentences("他说：“今天天气很好。”我们出发吧！真的吗？！好……走吧") == [
                "他说：“今天天气很好。”", "我们出发吧！", "真的吗？！", "好……", "走吧",
            ])
    }

    @Test func decimalsAndPercentagesDoNotEndASentence() {
        #expect(
            sentences("全年实际利用外资 4.14亿美元。同比增长3.5%，好于预期。") == ["全年实际利用外资 4.14亿美元。", "同比增长3.5%，好于预期。"])
    }

    @Test func aFullWidthSemicolonEndsAClauseThatStandsAsASentence() {
        #expect(
            sentences("围绕新能源汽车，实施“强链”行动；围绕碳三，实施“补链”行动。") == [
                "围绕新能源汽车，实施“强链”行动；", "围绕碳三，实施“补链”行动。",
            ])
    }

    @Test func aParagraphEndAlwaysEndsASentence() {
        #expect(sentences("第一段没有句号\n第二段。\n") == ["第一段没有句号", "第二段。"])
    }

    @Test func englishSentencesSurviveAbbreviationsInitialsAndDecimals() {
        let text =
            "Mr. Smith met Dr. Jones in the U.S. capital on Monday. Prices rose 3.14 percent, e.g. for bread. "
            + "J. R. Smith agreed! Did he? \"Yes.\" She left at 5 p.m. and went home. Apple Inc. said so. The end"
        #expect(
            sentences(text) == [
                "Mr. Smith met Dr. Jones in the U.S. capital on Monday.",
                "Prices rose 3.14 percent, e.g. for bread.", "J. R. Smith agreed!", "Did he?",
                "\"Yes.\"", "She left at 5 p.m. and went home.", "Apple Inc. said so.", "The end",
            ])
    }

    @Test func spansAreTrimmedAndCoverNoWhiteSpaceOnlyText() {
        let scalars = Array("  好。  \n\n   ".unicodeScalars)
        #expect(SentenceSplitter.sentences(in: scalars) == [Span(start: 2, end: 4)])
    }
}
