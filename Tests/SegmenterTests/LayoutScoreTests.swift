import Foundation
import PresswatchCore
import Testing

@testable import Segmenter

/// The page analysis against the gold pages: the figures the issue sets as targets.
@Suite struct LayoutScoreTests {
    @Test func sharedPagesMeetTheTargets() throws {
        try scoreFolder(GoldPage.dataDirectory.appendingPathComponent("pages"))
    }

    /// Scores another folder of pages with golds in the same format, when
    /// `PRESSWATCH_LAYOUT_PAGES` names one (pages the repository does not hold).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PRESSWATCH_LAYOUT_PAGES"] != nil))
    func morePagesMeetTheTargets() throws {
        let folder = ProcessInfo.processInfo.environment["PRESSWATCH_LAYOUT_PAGES"] ?? ""
        try scoreFolder(URL(fileURLWithPath: folder))
    }

    private func scoreFolder(_ folder: URL) throws {
        var total = PageScore()
        for page in try GoldPage.allPages(in: folder) {
            let score = PageScore.score(page, PageAnalyzer.analyze(page.text))
            print(score.line(page.name))
            total = total + score
        }
        print(total.line("overall"))
        for mistake in total.mistakes { print("  ", mistake) }
        #expect(total.articleF1 >= 0.97)
        #expect(total.headlineRate >= 0.95)
        #expect(total.bylineRate >= 0.95)
        #expect(total.paragraphF1 >= 0.9)
    }

    @Test func seedPageIsExact() throws {
        let page = try GoldPage.load("seed/000_21d0c9da4e890f31.txt")
        let layout = PageAnalyzer.analyze(page.text)
        let score = PageScore.score(page, layout)
        print(score.line(page.name))
        for mistake in score.mistakes { print("  ", mistake) }
        try #require(layout.articles.count == page.articles.count)
        for (gold, article) in zip(page.articles, layout.articles) {
            #expect(article.headline == gold.headline)
            #expect(article.kicker == gold.kicker)
            #expect(article.dateline == gold.dateline)
            #expect(article.kind.rawValue == gold.kind)
            #expect(article.bylines.map(\.role.rawValue) == gold.bylines.map(\.role))
            #expect(article.bylines.map(\.names) == gold.bylines.map(\.names))
            let body = Alignment.withoutSpaces(article.paragraphs.map(\.text).joined())
            #expect(body == Alignment.withoutSpaces(gold.body), "\(gold.headline ?? "")")
        }
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in page.nonArticleLines {
            let text = lines[number - 1].trimmingWhitespaceAtEnds()
            #expect(layout.other.contains { $0.text == text && $0.role != nil })
        }
        #expect(score.paragraphF1 == 1)
    }
}
