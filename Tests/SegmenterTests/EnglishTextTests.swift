import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// The parts of an English article: line-end hyphens, datelines, bylines, pieces.
@Suite(.tags(.fast)) struct EnglishTextTests {
    private func joined(_ lines: [String], page: [String] = []) -> String {
        let hyphenation = EnglishHyphenation(lines: page.map { Array($0.unicodeScalars)[...] })
        return SpaceRepair.joinEnglishLines(
            lines.map { Array($0.unicodeScalars)[...] }, hyphenation: hyphenation
        ).string
    }

    @Test func aWordBrokenAtTheLineEndIsJoined() {
        #expect(joined(["a develop-", "ment of note"]) == "a development of note")
    }

    @Test func aCompoundKeepsItsHyphen() {
        #expect(joined(["his self-", "respect and"]) == "his self-respect and")
        #expect(joined(["the Anglo-", "American treaty"]) == "the Anglo-American treaty")
    }

    @Test func thePageDecidesWhenItPrintsTheWordEitherWay() {
        let page = ["a well known to-day report", "the cooperation of all"]
        #expect(joined(["reported to-", "day that"], page: page) == "reported to-day that")
        #expect(joined(["the co-", "operation of"], page: page) == "the cooperation of")
    }

    @Test func datelinesAreFoundAtTheStartOfABody() {
        func dateline(_ text: String) -> String? {
            let scalars = Array(text.unicodeScalars)[...]
            return EnglishDateline.match(scalars).map { scalars[..<$0].string }
        }
        #expect(dateline("WASHINGTON, Jan. 19.—The president said") == "WASHINGTON, Jan. 19.—")
        #expect(
            dateline("CHEYENNE, Wy., February 10 A lone bandit") == "CHEYENNE, Wy., February 10")
        #expect(dateline("LONDON. Jan. 5. The British gov") == "LONDON. Jan. 5.")
        #expect(dateline("On Monday, Jan. 3, the council met") == nil)
        #expect(dateline("The council met in May 12 times") == nil)
    }

    @Test func bylinesAndWireCredits() {
        func byline(_ text: String) -> Byline? {
            EnglishByline.parse(Array(text.unicodeScalars)[...])
        }
        #expect(byline("By JOHN SMITH.") == Byline(role: .reporter, names: ["JOHN SMITH"]))
        #expect(
            byline("By Jane Doe and John Roe")
                == Byline(role: .reporter, names: ["Jane Doe", "John Roe"]))
        #expect(
            byline("(By Associated Press.)") == Byline(role: .other, names: ["Associated Press"]))
        #expect(byline("Byron Smith was here") == nil)
    }

    @Test func anArticleInPiecesListsThemAndOnePieceDoesNot() {
        let pieces = LineRange(pieces: [3...9, 14...20])
        #expect(pieces.first == 3 && pieces.last == 20)
        #expect(pieces.ranges == [3...9, 14...20])
        #expect(LineRange(pieces: [3...9]).ranges == nil)
        #expect(LineRange(pieces: [3...9]) == LineRange(first: 3, last: 9))
    }

    /// A story interrupted by furniture and taken up again is one article in two pieces.
    @Test func furnitureBetweenTwoBodyRunsSplitsTheArticleIntoPieces() {
        let lines = (1...8).map { SourceLine(number: $0, raw: Array("line \($0)".unicodeScalars)) }
        let labels: [EnglishLineLabel] = [
            .headline, .body, .body, .furniture, .furniture, .body, .headline, .body,
        ]
        let (articles, furniture) = EnglishArticleAssembly.assemble(lines, labels: labels)
        #expect(articles.count == 2)
        #expect(articles[0].pieces == [1...3, 6...6])
        #expect(articles[1].pieces == [7...8])
        #expect(furniture.map { $0.map(\.number) } == [[4, 5]])
    }
}
