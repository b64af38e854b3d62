import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Session 8's forms (issue 13): words of the lexicon the best cut split, grades with 等, the
/// classical 有 of a sum, 俩 after a word of kin, a classifier glued to its noun by the
/// segmenter, and English part words as the size of a change.
@Suite(.tags(.fast)) struct LexiconWordAndRankTests {
    /// 评价|不|一: the cut split 不一 (varied); the lexicon still knows the word.
    @Test func aNumeralOfAWordTheCutSplitIsNoFigure() {
        Extraction.expectOnly("对于这项新政策，专家们的评价不一。", [])
        Extraction.expectOnly("各地的收费标准不一，最高的相差三倍。", [("三倍", 3, "倍")])
        // The score's 一 stays: 三比|一 is read as a score before any word is asked.
        Extraction.expectOnly("两队比分为三比一。", [("两队", 2, "队"), ("三", 3, nil), ("一", 1, nil)])
    }

    /// 一年|级新生: the lexicon's 一年级 (first grade), split after 一年, is no year.
    @Test func aQuantityOpeningAWordTheCutSplitIsNoFigure() {
        Extraction.expectOnly("本次活动面向全体一年级新生。", [])
        Extraction.expectOnly("他们连续三年获得冠军。", [("三年", 3, "year")])
    }

    /// Without the lexicon (an article whose tokens came with none) the same 一 is bare; the
    /// precision gate refuses it all the same (a lone digit that nothing binds), so the two
    /// mechanisms back each other up.
    @Test func withoutTheLexiconTheGateStillRefusesTheBareOne() throws {
        var article = Extraction.article(["对于这项新政策，专家们的评价不一。"])
        article.lexicon = nil
        let entries = try NumberExtractor(context: Extraction.context).extract(from: article)
        #expect(entries.isEmpty)
    }

    @Test func gradesWithDengAreRanks() {
        let found = Extraction.entries("本届比赛共评出一等奖5名、二等奖10名、三等奖20名。")
        let grades = found.filter { $0.kind == .ordinal }
        #expect(grades.map(\.text) == ["一等", "二等", "三等"])
        #expect(grades.map(\.value) == [.number(1), .number(2), .number(3)])
        #expect(grades.allSatisfy { $0.unit == "等" })
        Extraction.expectOnly("这名消防员荣立二等功。", [("二等", 2, "等")])
        Extraction.expectOnly("他买了两张一等座车票。", [("两张", 2, "张"), ("一等", 1, "等")])
        // 一等 before no noun is "once one waits".
        Extraction.expectOnly("我在门口一等就是三个小时。", [("三个小时", 3, "hour")])
    }

    /// 一家 after its people and before a verb counts the family; 一口 there is a manner.
    @Test func oneFamilyAfterItsPeopleCounts() {
        Extraction.expectOnly("我们一家去了海南。", [("一家", 1, "家")])
        Extraction.expectOnly("他一口答应了。", [])
    }

    @Test func theClassicalAndOfASum() {
        Extraction.expectOnly("老人今年已九十有三，仍然每天读报。", [("九十有三", 93, nil)])
        Extraction.expectOnly("这位老教授享年八十有五。", [("八十有五", 85, nil)])
        Extraction.expectOnly("这个消息十有八九是真的。", [])
        Extraction.expectOnly("班上有四十人，有三人请假。", [("四十人", 40, "人"), ("三人", 3, "人")])
    }

    @Test func liaAfterAWordOfKinCountsTwo() {
        Extraction.expectOnly("娘俩相依为命。", [("俩", 2, nil)])
        Extraction.expectOnly("警方很快识破了骗子的伎俩。", [])
    }

    /// 三|封信: the segmenter guessed 封信 as a name; 封 is the count's classifier.
    @Test func aClassifierOpeningAGuessedWordIsTheUnit() {
        Extraction.expectOnly("他给市长写了三封信。", [("三封", 3, "封")])
        Extraction.expectOnly("他给她寄了3封信。", [("3封", 3, "封")])
        // 五|本书: the lexicon's pronoun 本书 ("this book") opens with the classifier 本.
        Extraction.expectOnly("他写了五本书。", [("五本", 5, "本")])
    }

    /// `second` ranks unless it is the unit of time or the idiom `second to none`.
    @Test func englishSecondIsAnOrdinal() {
        Extraction.expectOnly(
            "She finished second in the 400 metres.",
            [("second", 2, nil), ("400 metres", 400, "m")])
        Extraction.expectOnly("He won a second term as mayor.", [("second", 2, nil)])
        Extraction.expectOnly("The plan is second to none in Europe.", [])
        Extraction.expectOnly("Wait a second, the minister said.", [])
        Extraction.expectOnly("It lasted a split second.", [])
        Extraction.expectOnly(
            "He finished in 9.8 seconds, a second behind the winner.",
            [("9.8 seconds", 9.8, "second")])
        Extraction.expectOnly("Every second counts in a fire.", [])
    }

    /// `twenty-first` is one ordinal; the teens and tens have theirs.
    @Test func englishCompoundOrdinals() {
        Extraction.expectOnly(
            "It was the club's twenty-first title and its thirty-second final.",
            [("twenty-first", 21, nil), ("thirty-second", 32, nil)])
        Extraction.expectOnly(
            "The fifteenth round fell on the fortieth anniversary.",
            [("fifteenth", 15, nil), ("fortieth", 40, nil)])
    }

    @Test func englishDozens() {
        Extraction.expectOnly("A dozen people were hurt.", [("A dozen people", 12, "people")])
        Extraction.expectOnly("Half a dozen shops closed.", [("Half a dozen shops", 6, "shops")])
        Extraction.expectOnly("Two dozen eggs were sold.", [("Two dozen eggs", 24, "eggs")])
    }

    /// South Asia's lakh and crore, the rupee's `Rs`, and British `pc` for per cent.
    @Test func englishLakhCroreRupeesAndPc() {
        Extraction.expectOnly(
            "The state will spend Rs 500 crore on roads.", [("Rs 500 crore", 5e9, "INR")])
        Extraction.expectOnly(
            "The firm paid Rs. 2.5 lakh in fines in Karachi.", [("Rs. 2.5 lakh", 250_000, "PKR")])
        Extraction.expectOnly("The firm's shares fell 12pc on Friday.", [("12pc", 12, nil)])
        Extraction.expectOnly("He bought 12 pcs of chalk.", [("12 pcs", 12, "pcs")])
    }

    @Test func englishPartWordsAsTheSizeOfAChange() {
        Extraction.expectOnly(
            "The council will cut its budget by a third next year.", [("a third", 1 / 3.0, nil)])
        Extraction.expectOnly(
            "Profits fell by almost a third over the year.", [("a third", 1 / 3.0, nil)])
        Extraction.expectOnly(
            "Exports shrank by a tenth, the company said.", [("a tenth", 0.1, nil)])
        Extraction.expectOnly(
            "The company sold 3 million units, a third more than last year.",
            [("3 million units", 3e6, "units"), ("a third", 1 / 3.0, nil)])
        // A part word before a noun after `by` is a rank: `a third party`.
        let party = Extraction.entries("The firm was bought by a third party.")
        #expect(party.map(\.text) == ["third"] && party.first?.kind == .ordinal)
    }
}
