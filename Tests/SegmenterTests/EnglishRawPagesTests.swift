import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The 200 raw English pages (no gold): every one is read, none long page comes out in one
/// piece, and the number of articles per 100 lines stays in the range real front pages have
/// (the 14 annotated pages hold 1.5 to 3.7 articles per 100 lines).
@Suite(.tags(.quality)) struct EnglishRawPagesTests {
    @Test func everyRawPageSplitsIntoAPlausibleNumberOfArticles() throws {
        let pages = try EnglishGoldPage.rawTexts()
        #expect(pages.count == 200)
        var densities: [Double] = []
        var onePiece: [String] = []
        for page in pages {
            let lines = SourceLine.split(page.text)
            let textLines = lines.filter { !$0.isBlank }.count
            let layout = PageAnalyzer.analyze(page.text)
            #expect(!layout.articles.isEmpty, "\(page.name): no article")
            for article in layout.articles {
                #expect(article.lines.first >= 1 && article.lines.last <= lines.count)
            }
            // In one piece: a long page read as a single article that holds most of it. A
            // page of advertisements with one short item on it is not.
            let covered = layout.articles.first.map { $0.lines.last - $0.lines.first + 1 } ?? 0
            if textLines >= 200 && layout.articles.count < 2 && covered * 2 > lines.count {
                onePiece.append(page.name)
            }
            densities.append(100 * Double(layout.articles.count) / Double(max(textLines, 1)))
        }
        densities.sort()
        let median = densities[densities.count / 2]
        let inBand = densities.filter { (0.5...8).contains($0) }.count
        print(
            "raw pages: articles per 100 lines min \(densities.first!) median \(median) "
                + "max \(densities.last!), \(inBand) of \(densities.count) in 0.5...8")
        #expect(onePiece.isEmpty, "long pages in one piece: \(onePiece)")
        #expect((1.0...4.0).contains(median))
        #expect(inBand * 10 >= densities.count * 9)
    }
}
