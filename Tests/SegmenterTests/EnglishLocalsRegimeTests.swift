import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The regime of locals (`EnglishLocalsRegime`): its readings of how a paragraph opens and
/// which words are names, the forward-backward over paragraphs, and the shipped regime on a
/// column of local items against a story (both written here, not from any page).
@Suite struct EnglishLocalsRegimeTests {
    private static func scalars(_ text: String) -> ArraySlice<Unicode.Scalar> {
        ArraySlice(Array(text.unicodeScalars))
    }

    @Test func aTitleOrAnInitialOpensLikeAnItemAboutAPerson() {
        for text in [
            "Mrs. W. S. Mann and son Billy", "Col. W. D. Henry, of this", "'L. V. Calkins",
        ] {
            #expect(EnglishLocalsRegime.opensWithAbbreviation(Self.scalars(text)), "\(text)")
        }
        for text in ["The council met on", "Washington. Dec. 4", "Denver. The train"] {
            #expect(!EnglishLocalsRegime.opensWithAbbreviation(Self.scalars(text)), "\(text)")
        }
        #expect(EnglishLocalsRegime.opensWithTwoCapitals(Self.scalars("Ed Buschke and family")))
        #expect(!EnglishLocalsRegime.opensWithTwoCapitals(Self.scalars("Ed and family")))
    }

    @Test func namesAreCapitalisedWordsThatDoNotOpenASentence() {
        var count = 0
        EnglishLocalsRegime.forEachName(
            Self.scalars("Moved to Buffalo Creek. Then Mrs. Henry left."), afterSentence: true
        ) { _ in count += 1 }
        // Buffalo, Creek and Henry; "Moved" and "Then" open sentences, "Mrs." is a title.
        #expect(count == 3)
    }

    @Test func theRegimeOfAParagraphIsWhatTheRunAroundItSays() {
        let regime = EnglishLocalsRegime(
            weights: [], mean: [], scale: [], prior: 0.2, stay: 0.9)
        let lone = regime.posterior([0.1, 0.1, 0.6, 0.1, 0.1])
        #expect(lone[2] < 0.6)
        let run = regime.posterior([0.1, 0.6, 0.6, 0.6, 0.6, 0.6, 0.1])
        #expect(run[3] > 0.6)
        #expect(regime.posterior([]).isEmpty)
    }

    @Test func theShippedRegimeReadsAColumnOfLocalsApartFromAStory() {
        let locals = """
            Mrs. W. S. Mann and son Billy, who
            have been visiting in Denver, returned
            home Tuesday.
            Ed Buschke and family moved this
            week to their new farm near Elk Creek.
            Col. W. D. Henry, of this county, has
            sold his ranch to Frank Oster.
            Miss Ruth Abbott spent Sunday with
            friends at Red Lodge.
            J. T. Hardy was a county seat
            visitor Monday.
            """
        let story = """
            The county commissioners met on Monday to consider the new bridge over
            the river, and the engineers laid before them the plans for its piers.
            The bridge will cost the county about forty thousand dollars.
            The commissioners asked the engineers whether the piers of the bridge
            could stand the spring floods, and the engineers said that they could.
            The plans for the bridge were approved, and the county will call for
            bids on the piers next month.
            The engineers expect the bridge to be finished before the floods.
            """
        func mean(_ text: String) -> Double {
            let page = EnglishPageLines(SourceLine.split(text))
            let reading = EnglishLocalsRegime.shipped.read(
                page.lines, traits: page.traits, column: page.column)
            return reading.locals.reduce(0, +) / Double(max(reading.locals.count, 1))
        }
        #expect(mean(locals) > mean(story) + 0.2)
    }
}
