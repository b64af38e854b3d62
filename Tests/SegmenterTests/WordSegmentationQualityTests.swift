import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// Word F1 on the Universal Dependencies Chinese GSD (simplified) sets, scored as
/// tools/cws-score does: words as character spans, over all lines.
@Suite(.tags(.quality)) struct WordSegmentationQualityTests {
    struct Score {
        var correct = 0
        var gold = 0
        var predicted = 0
        var precision: Double { Double(correct) / Double(max(predicted, 1)) }
        var recall: Double { Double(correct) / Double(max(gold, 1)) }
        var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// Character spans of white-space separated words.
    static func spans(_ words: [String]) -> Set<Range<Int>> {
        var spans = Set<Range<Int>>()
        var position = 0
        for word in words {
            let length = word.unicodeScalars.count
            spans.insert(position..<position + length)
            position += length
        }
        return spans
    }

    static func score(set name: String) throws -> Score {
        let segmenter = try WordTestSupport.segmenter()
        let folder = TestData.url("cws")
        let raw = try String(
            contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let gold = try String(
            contentsOf: folder.appendingPathComponent("\(name).gold.txt"), encoding: .utf8)
        let rawLines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        let goldLines = gold.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rawLines.count == goldLines.count)
        var score = Score()
        for (line, goldLine) in zip(rawLines, goldLines) {
            let predicted = spans(WordTestSupport.words(String(line), segmenter))
            let expected = spans(goldLine.split(separator: " ").map(String.init))
            score.correct += predicted.intersection(expected).count
            score.gold += expected.count
            score.predicted += predicted.count
        }
        print(
            String(
                format: "word segmentation %@: precision %.4f recall %.4f f1 %.4f", name,
                score.precision, score.recall, score.f1))
        return score
    }

    @Test func theUDTestSetBeatsJieba() throws {
        let score = try Self.score(set: "ud-gsdsimp-test")
        #expect(score.f1 >= 0.80)
    }

    @Test func theUDDevSetBeatsJiebaToo() throws {
        let score = try Self.score(set: "ud-gsdsimp-dev")
        #expect(score.f1 >= 0.80)
    }
}
