import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// `Article.lineMarks` (what the page view marks on the page): on every Chinese page with a
/// gold and the English development pages, each mark lies inside its article, marks do not
/// overlap, a field has a mark exactly when it was found, and the marked lines hold it.
@Suite(.tags(.quality)) struct LineMarkTests {
    /// The configured chain (`pipeline.yaml`) up to the segmenter.
    private static let segmenting = Result { try ProcessorChain(through: "segmenter") }

    private func segmented(_ text: String) throws -> Document {
        try Self.segmenting.get().run(text)
    }

    private func pages() throws -> [(name: String, text: String)] {
        let chinese = try [GoldPage.load(TestData.seedStem + ".txt")] + GoldPage.allPages()
        let folder = TestData.url("pages-en/dev")
        let english = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { name in
                (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        return chinese.map { ($0.name, $0.text) } + english
    }

    /// The characters of a field without spaces (bold doubling and letter spacing repaired
    /// in the field, not on the page: each of its characters is still printed there).
    private func characters(_ text: String) -> Set<Unicode.Scalar> {
        Set(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    @Test func marksStandWhereTheirFieldsArePrinted() throws {
        var checked = 0
        var unparsedBylines: [String] = []
        for page in try pages() {
            let document = try segmented(page.text)
            let lines = SourceLine.split(page.text).map { String(String.UnicodeScalarView($0.raw)) }
            for article in document.articles {
                let inside = Set(article.lines.pieces.flatMap { Array($0) })
                let marked = article.lineMarks.flatMap { Array($0.lines) }
                #expect(marked.allSatisfy(inside.contains), "\(page.name): a mark outside")
                #expect(Set(marked).count == marked.count, "\(page.name): marks overlap")
                let roles = Set(article.lineMarks.map(\.role))
                let fields: [(LineMark.Role, String?)] = [
                    (.headline, article.headline), (.kicker, article.kicker),
                    (.subtitle, article.subtitle), (.dateline, article.dateline),
                ]
                for (role, value) in fields {
                    #expect(roles.contains(role) == (value != nil), "\(page.name): \(role)")
                    guard let value else { continue }
                    let printed = article.lineMarks.filter { $0.role == role }
                        .flatMap { Array($0.lines) }.map { lines[$0 - 1] }.joined()
                    let missing = characters(value).subtracting(characters(printed))
                    #expect(missing.isEmpty, "\(page.name): \(role) \(value) not on its lines")
                    checked += 1
                }
                if roles.contains(.byline), article.bylines.isEmpty {
                    // A line read as a byline whose names could not be parsed: still marked,
                    // since the page view shows what each line was taken for.
                    unparsedBylines.append(page.name)
                }
            }
        }
        #expect(checked > 100)
        print(
            "LineMarkTests: \(checked) fields found on their lines; byline lines without a parsed byline on \(unparsedBylines)"
        )
    }
}
