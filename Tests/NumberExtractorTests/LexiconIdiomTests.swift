import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Idioms taken from public lexicons by a stated rule (`tools/wiktionary-number-idioms`,
/// `tools/xinhua-number-idioms`): a numeral inside the whole idiom gives nothing, while the
/// same words where the idiom is not whole still count.
@Suite(.tags(.fast)) struct LexiconIdiomTests {
    /// Wiktionary's English idioms: the number word inside the whole phrase is no figure.
    @Test func englishIdiomsGiveNothing() {
        Extraction.expectOnly(
            "The new bridge would kill two birds with one stone, planners said.", [])
        Extraction.expectOnly("Rivals admit the startup is always one step ahead.", [])
        Extraction.expectOnly("Residents were admitted one at a time.", [])
        Extraction.expectOnly("The coach said the team has two left feet.", [])
    }

    /// The same number words outside the whole phrase count what follows them.
    @Test func englishNumbersBesideIdiomWordsStay() {
        Extraction.expectFigure(
            "The storm killed two birds at the zoo.", "two birds", .number(2), "birds")
        Extraction.expectFigure(
            "Hunters shot two birds with one rifle.", "two birds", .number(2), "birds")
    }

    /// The rule keeps idioms made of a quantity out of the table: numbers side by side (a
    /// score, odds), a number before `of` (a part of a group) and a number before a unit the
    /// extractor reads still count.
    @Test func englishQuantityPhrasesStayFigures() {
        Extraction.expectFigure(
            "The bill passed ten to one in committee.", "ten", .number(10), nil)
        Extraction.expectFigure(
            "Six of the best players were injured in the match.", "Six", .number(6), nil)
        Extraction.expectFigure(
            "The crew worked forty minutes of overtime.", "forty minutes", .number(40), "minute")
    }

    /// The Xinhua idioms the lexicon lacks as idioms: a numeral inside the whole idiom is no
    /// figure, wherever the cut puts its words.
    @Test func chineseIdiomsGiveNothing() {
        Extraction.expectOnly("谣言说多了就会三人成虎，大家便信以为真。", [])
        Extraction.expectOnly("这点损失对公司来说不过九牛一毛。", [])
        Extraction.expectOnly("这次实地考察让他明白了千闻不如一见的道理。", [])
        // The idiom's closing numeral would be bound as a count without the table.
        Extraction.expectOnly("教练提醒队员行百里者半于九十，决赛前不能松懈。", [])
    }

    /// The same numerals with their words, not the idiom, still count.
    @Test func chineseNumbersBesideIdiomWordsStay() {
        Extraction.expectFigure("调查组三人成行，于周一出发。", "三人", .number(3), "人")
        Extraction.expectFigure("农场新买了九头奶牛。", "九头", .number(9), "头")
        Extraction.expectFigure("这条山路全长九十公里。", "九十公里", .number(90), "km")
    }
}
