import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The sliding windows of `EnglishLexicalCohesion` give, at every boundary of every English
/// gold page, the cosine that counting both windows afresh gives; and the measure says what
/// it should on a crosshead and on a change of story.
@Suite(.tags(.quality)) struct EnglishLexicalCohesionTests {
    /// The cosine of the content words of lines `before` and lines `after`, counted afresh.
    private static func cosine(
        _ lines: [ArraySlice<Unicode.Scalar>], before: Range<Int>, after: Range<Int>
    ) -> Double {
        func counts(_ range: Range<Int>) -> [UInt64: Int] {
            var counts: [UInt64: Int] = [:]
            for line in range {
                EnglishLexicalCohesion.forEachContentWord(lines[line]) {
                    counts[$0, default: 0] += 1
                }
            }
            return counts
        }
        let a = counts(before)
        let b = counts(after)
        let dot = a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) }
        guard dot > 0 else { return 0 }
        let norms = Double(
            a.values.reduce(0) { $0 + $1 * $1 } * b.values.reduce(0) { $0 + $1 * $1 })
        return Double(dot) / norms.squareRoot()
    }

    @Test func slidingWindowsAgreeWithCountingAfreshOnEveryGoldPage() throws {
        let span = EnglishLexicalCohesion.span
        var boundaries = 0
        for part in ["dev", "dev-extra", "validation", "validation-extra"] {
            for page in try EnglishGoldPage.pages(part) {
                let lines = EnglishPageLines(SourceLine.split(page.text)).lines.map(\.trimmed)
                let cohesion = EnglishLexicalCohesion(lines)
                #expect(cohesion.similarity.count == lines.count)
                for index in lines.indices {
                    let expected = Self.cosine(
                        lines, before: max(index - span, 0)..<index,
                        after: index..<min(index + span, lines.count))
                    #expect(
                        abs(cohesion.similarity[index] - expected) < 1e-12,
                        "\(page.name), line \(index): \(cohesion.similarity[index]) != \(expected)")
                    boundaries += 1
                }
            }
        }
        #expect(boundaries > 30_000)
    }

    @Test func aCrossheadKeepsTheVocabularyAndANewStoryChangesIt() {
        let text = """
            The county road commission met on Monday
            to let the contract for the river bridge.
            The bridge will carry the county road
            over the river below the mill dam.
            BRIDGE CONTRACT LET
            The contract for the bridge went to the
            lowest bidder; the county road will be
            closed while the river bridge is built.
            CHURCH SUPPER FRIDAY
            Ladies of the Methodist church will serve
            supper Friday evening in the parlors,
            with music by the choir and singing.
            """
        let lines = text.split(separator: "\n").map { Array($0.unicodeScalars)[...] }
        let cohesion = EnglishLexicalCohesion(lines)
        // The crosshead (line 4) sits inside one story; the new story starts at line 8.
        #expect(cohesion.similarity[4] > 0.3)
        #expect(cohesion.similarity[8] < 0.1)
        // Plurals count with their singulars: "bridges" is "bridge".
        var singular: [UInt64] = []
        var plural: [UInt64] = []
        EnglishLexicalCohesion.forEachContentWord(Array("bridge".unicodeScalars)[...]) {
            singular.append($0)
        }
        EnglishLexicalCohesion.forEachContentWord(Array("Bridges".unicodeScalars)[...]) {
            plural.append($0)
        }
        #expect(singular == plural && singular.count == 1)
    }
}
