import Testing

@testable import NumberExtractor

/// Idioms taken from a public lexicon by a stated rule (`tools/wiktionary-number-idioms`): a
/// number word inside the whole idiom gives nothing, while the same words where the idiom is
/// not whole still count.
@Suite struct LexiconIdiomTests {
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

    /// The rule keeps idioms made of a quantity out of the table: a number before a unit the
    /// extractor reads, and numbers side by side (a score, odds), still count.
    @Test func englishQuantityPhrasesStayFigures() {
        Extraction.expectFigure(
            "The bill passed ten to one in committee.", "ten", .number(10), nil)
        Extraction.expectFigure(
            "The crew worked forty minutes of overtime.", "forty minutes", .number(40), "minute")
    }
}
