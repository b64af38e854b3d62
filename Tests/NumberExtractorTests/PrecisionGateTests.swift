import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The precision gate (`EnglishBinding`, `QuantityReader.isBound`): a numeral that nothing
/// binds as a quantity gives no figure, while the same numeral with a unit, a counted noun or
/// in a quantity position stays. Sentences written for these tests, none from a held-out file.
@Suite(.tags(.fast)) struct PrecisionGateTests {
    /// A numeral word of the lexicon whose tail the lexicon writes after one or two numerals
    /// only (两会 the two sessions, 一会 a while) is a name or a set phrase, no count; a tail
    /// it writes after many (步, 出头) is a measure word or a hedge, and counts.
    @Test func numeralWordsWithAFewNumeralsOnlyAreNoCounts() {
        Extraction.expectOnly("省里的两会今天开幕，代表们带来了五份提案。", [("五份", 5, "份")])
        Extraction.expectOnly("聚焦两会", [])
        Extraction.expectOnly("他在门口等了一会，才见到两位记者。", [("两位", 2, "位")])
        Extraction.expectOnly("他每天走两万步。", [("两万步", 20000, "步")])
        Extraction.expectOnly("新来的教练才三十出头。", [("三十出头", 30, nil)])
        // 行 follows one digit in the lexicon (七行): 三百六十行, all trades, is a saying.
        Extraction.expectOnly("俗话说三百六十行，他已经干了二十年。", [("二十年", 20, "year")])
        // A number of the lexicon's numeral words from a hundred up that is not round, with a
        // tail the tables lack, is a saying (十万八千里); small ones are counts (十五分).
        Extraction.expectOnly("两种说法差了十万八千里。", [("两种", 2, "种")])
        Extraction.expectOnly("客队落后十五分。", [("十五分", 15, "分")])
    }

    /// A number word inside a set phrase of WordNet (`EnglishNumberPhrases`) is no figure,
    /// even where the gate would bind it (after a determiner, before a noun); the same word
    /// beside the phrase, or where the phrase is only its first words, still counts.
    @Test func englishNumberWordsInLexiconPhrasesGiveNothing() {
        Extraction.expectOnly("The striker felt a sixth sense for goal.", [])
        Extraction.expectOnly("Investors say she has a sixth sense for risk.", [])
        Extraction.expectOnly("The ministry promised zero tolerance for fraud.", [])
        Extraction.expectOnly(
            "At one time the mill employed three hundred men.", [("three hundred", 300, nil)])
        Extraction.expectOnly("I, for one, will vote for one candidate.", [("one", 1, nil)])
        Extraction.expectOnly("Police said a third party was involved.", [("third", 3, nil)])
        Extraction.expectOnly("The mayor said he would take the fifth.", [])
    }

    /// An English number word after a noun or a content verb, with nothing to count, is part
    /// of a phrase.
    @Test func englishNumberWordsInPhrasesGiveNothing() {
        Extraction.expectOnly("The reforms were back at square one by spring.", [])
        Extraction.expectOnly("Fans of the club were on cloud nine last night.", [])
        Extraction.expectOnly("The engineers said a stitch in time saves nine.", [])
        Extraction.expectOnly("The vase arrived in one piece.", [])
        Extraction.expectOnly(
            "The plan will hit two targets with one blow.", [("two targets", 2, "targets")])
    }

    /// The same words where English puts a quantity stay figures.
    @Test func englishNumberWordsInQuantityPositionsStay() {
        Extraction.expectOnly(
            "The motion passed by six votes to five.",
            [("six votes", 6, "votes"), ("five", 5, nil)])
        Extraction.expectOnly(
            "The jury split nine to three.", [("nine", 9, nil), ("three", 3, nil)])
        Extraction.expectOnly(
            "Unemployment fell to seven in the survey's index.", [("seven", 7, nil)])
        Extraction.expectOnly("Eight were rescued from the river.", [("Eight", 8, nil)])
        Extraction.expectOnly(
            "Guards detained one woman and two men.", [("one", 1, nil), ("two", 2, nil)])
        Extraction.expectOnly(
            "Three of the four bridges reopened.",
            [("Three", 3, nil), ("four bridges", 4, "bridges")])
    }

    /// An ordinal word ranks after a determiner or a verb of ranking; elsewhere it is a phrase.
    @Test func englishOrdinalWordsRankOnlyWhereSomethingIsRanked() {
        Extraction.expectOnly("For her, public speaking is second nature.", [])
        Extraction.expectOnly("The fans were in seventh heaven.", [])
        Extraction.expectOnly("The club finished sixth in the league.", [("sixth", 6, nil)])
        Extraction.expectOnly("It was their eighth straight win.", [("eighth", 8, nil)])
        Extraction.expectOnly(
            "She taught the fifth and sixth grades.", [("fifth", 5, nil), ("sixth", 6, nil)])
    }

    /// English numbers follow place value: a digit after a ten, any after a scale, `and`
    /// only after a scale.
    @Test func englishPlaceValue() {
        Extraction.expectOnly("The hotline runs twenty-four seven.", [])
        Extraction.expectOnly(
            "The hall seats one hundred and twenty people.",
            [("one hundred and twenty people", 120, "people")])
        Extraction.expectOnly("Residents put two and two together.", [])
        Extraction.expectOnly(
            "The bill was passed by sixty-one votes.", [("sixty-one votes", 61, "votes")])
    }

    /// A lone Chinese digit with no unit gives nothing unless it stands where a quantity goes.
    @Test func aLoneChineseDigitNeedsABinding() {
        Extraction.expectOnly("全市对酒驾实行零容忍。", [])
        Extraction.expectOnly("工地全年实现零事故。", [])
        Extraction.expectOnly("全年新增病例降至零。", [("零", 0, nil)])
        Extraction.expectOnly("这道题的答案是七。", [("七", 7, nil)])
        Extraction.expectOnly("该品牌销量排名前五。", [("五", 5, nil)])
        Extraction.expectOnly("姐弟俩考上了同一所大学。", [("俩", 2, nil)])
        Extraction.expectOnly("他们仨是发小。", [("仨", 3, nil)])
        // Written Chinese counts a noun with a digit from two up and no measure word.
        Extraction.expectOnly("双方重申了互利共赢三原则。", [("三", 3, nil)])
        Extraction.expectOnly("工地全年实现零事故。", [])
        // Digits read one by one with no unit name a brand, a road or a group.
        Extraction.expectOnly("三一集团的新工厂投产。", [])
        Extraction.expectOnly("游客涌入五一广场附近的商圈。", [])
        #expect(Extraction.entries("工厂建于一九九八年。").map(\.value) == [.date("1998")])
        // A unit the cut glued to the next word still binds the digit (两|吨重).
        Extraction.expectOnly("工人把三吨重的设备运进了车间。", [("三", 3, nil)])
    }

    /// A digit with 类 straight before a noun is a grade (Class I water), no count; with 两,
    /// or closing a list after 等, it counts kinds.
    @Test func classGradesAreNoCounts() {
        Extraction.expectOnly("这片海域的水质达到二类标准。", [])
        Extraction.expectOnly("全市有两类企业可以申请补贴。", [("两类", 2, "类")])
        Extraction.expectOnly("市里发放餐饮、家电等三类消费券。", [("三类", 3, "类")])
    }

    /// A digit before a name the segmenter only guessed (五|菱宏光) is the name's; before a
    /// noun of the lexicon it counts it (三原则).
    @Test func aDigitBeforeAGuessedNameIsTheName() {
        Extraction.expectOnly("五菱宏光销量第一。", [("第一", 1, nil)])
        Extraction.expectOnly("会议确定了三原则。", [("三", 3, nil)])
    }
}
