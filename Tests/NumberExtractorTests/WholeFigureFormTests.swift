import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Forms whose figure came out cut or with the wrong value or currency, read whole now: each
/// figure once, with the value the text says, and nothing beside it. Sentences written for
/// these tests, none from a held-out file.
@Suite(.tags(.fast)) struct WholeFigureFormTests {
    /// 负 glued by the segmenter's guess to the character before it (仅负, 为负三) still signs
    /// the numeral after it.
    @Test func aSignInAGuessedWordSignsTheNumeral() {
        Extraction.expectOnly("山顶的气温仅负十八点六摄氏度。", [("负十八点六摄氏度", -18.6, "celsius")])
        Extraction.expectOnly("夜间气温为负三十二点八度。", [("负三十二点八度", -32.8, "degree")])
        // 胜负, a word of the lexicon, keeps its 负.
        Extraction.expectOnly("这场比赛的胜负三天后揭晓。", [("三天", 3, "day")])
    }

    /// Two or three Arabic digits after 秒 are the second's decimals (hundredths,
    /// thousandths), never a number of their own.
    @Test func thousandthsOfASecondBelongToTheTime() {
        Extraction.expectOnly("她以1分28秒506的成绩打破纪录。", [("1分28秒506", 88.506, "second")])
        Extraction.expectOnly("他跑出了9秒83。", [("9秒83", 9.83, "second")])
    }

    /// A currency's name right after 元 says which currency the 元 is.
    @Test func aCurrencyNameAfterYuanNamesTheCurrency() {
        Extraction.expectOnly("这张门票卖到了六百元港币。", [("六百元港币", 600, "HKD")])
        Extraction.expectOnly("一份套餐卖九十元新台币。", [("一份", 1, "份"), ("九十元新台币", 90, "TWD")])
        Extraction.expectOnly("他手里有八十元人民币。", [("八十元人民币", 80, "CNY")])
    }

    /// A code or a sign after a measure word opens the amount after it: 一笔 counts the
    /// payment, the code goes with the digits.
    @Test func aCodeAfterAMeasureWordOpensTheNextAmount() {
        Extraction.expectOnly(
            "公司收到一笔EUR 3,500,000的投资。", [("一笔", 1, "笔"), ("EUR 3,500,000", 3_500_000, "EUR")])
        Extraction.expectOnly("他持有三枚比特币。", [("三枚比特币", 3, "BTC")])
    }

    /// 块 with a hedge of two characters after it (左右, 上下) is money where it would be
    /// without the hedge; pieces cut stay pieces.
    @Test func spokenMoneyWithAHedgeIsMoney() {
        Extraction.expectOnly("一只老母鸡卖一百二十块左右。", [("一只", 1, "只"), ("一百二十块左右", 120, "CNY")])
        Extraction.expectOnly("这种茶叶一斤卖五十块上下。", [("一斤", 1, "jin"), ("五十块上下", 50, "CNY")])
        Extraction.expectOnly("蛋糕被切成八块左右。", [("八块左右", 8, "块")])
    }

    /// 零 right before a verb, an adjective or a noun is "zero-", no figure, even after a
    /// character that ends a change (行为 ends in 为); the zero a change ends at stays.
    @Test func zeroAsAPrefixIsNoFigure() {
        Extraction.expectOnly("公司对贪腐行为零容忍。", [])
        Extraction.expectOnly("这台机床可以做到零误差。", [])
        Extraction.expectOnly("失业率降至零。", [("零", 0, nil)])
    }

    /// An English ordinal word before `century` names the century, as `the 19th century`.
    @Test func anOrdinalWordBeforeCenturyIsACentury() {
        Extraction.expectFigure(
            "The church was rebuilt in the fourteenth century.", "fourteenth century",
            .date("13"), nil)
        Extraction.expectFigure(
            "A sixteenth-century map sold for 9,000 pounds.", "sixteenth-century", .date("15"), nil)
        Extraction.expectFigure(
            "Cities of the twenty-first century need more trains.", "twenty-first century",
            .date("20"), nil)
    }

    /// 球 counts goals; a word it opens (球迷) keeps its numeral bare.
    @Test func goalsAreCountedWith球() {
        Extraction.expectOnly("他在下半场打进一球。", [("一球", 1, "球")])
        Extraction.expectOnly("主队连进三球。", [("三球", 3, "球")])
        Extraction.expectOnly("一球迷在场外等了很久。", [])
    }

    /// A numeral other than 一 with a unit, which the lexicon tags an adverb (十度), counts:
    /// the adverbs of a measure word are made with 一 (一度, once), which stays no figure.
    @Test func aLexiconAdverbOfAnotherNumeralWithAUnitCounts() {
        Extraction.expectOnly("气温一下子降了十度。", [("十度", 10, "degree")])
        Extraction.expectOnly("他一度想放弃。", [])
    }

    /// ¥ is the yen where the sentence names a designated city of Japan, the yuan elsewhere.
    @Test func theYenByAJapaneseCity() {
        Extraction.expectOnly("在名古屋，一份鳗鱼饭卖¥3,200。", [("一份", 1, "份"), ("¥3,200", 3200, "JPY")])
        Extraction.expectOnly("A bowl of ramen in Sapporo costs ¥950.", [("¥950", 950, "JPY")])
        Extraction.expectOnly("门票价格为¥80。", [("¥80", 80, "CNY")])
    }

    /// X日 before 年 or bounding a span (内, 以内, 之内) counts days; before anything else it
    /// stays the day of the month.
    @Test func daysThatCountAreNoDates() {
        Extraction.expectOnly("这只基金的七日年化收益率为2.1%。", [("七日", 7, "day"), ("2.1%", 2.1, nil)])
        Extraction.expectOnly("申请人应在十五日内提交材料。", [("十五日", 15, "day")])
        Extraction.expectFigure("本月七日上午召开会议。", "七日", .date("---07"), nil)
    }
}
