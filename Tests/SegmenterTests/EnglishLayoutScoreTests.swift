import Foundation
import Testing

@testable import Segmenter

/// The English page reader on real 1916 pages, scored as `page-score` scores line gold. The
/// development pages trained the model; the validation pages were never tuned on (split:
/// `Tests/Data/pages-en/README.md`). Targets (issue 12): article F1 >= 0.75, headlines >= 0.60.
@Suite struct EnglishLayoutScoreTests {
    static func score(_ part: String) throws -> EnglishLineScore {
        var total = EnglishLineScore()
        for page in try EnglishGoldPage.pages(part) {
            let score = EnglishLineScore.score(page, PageAnalyzer.analyze(page.text))
            print(score.line("  \(page.name)"))
            total = total + score
        }
        print(total.line(part))
        return total
    }

    @Test func developmentPages() throws {
        let total = try Self.score("dev")
        #expect(total.f1 >= 0.75)
    }

    @Test func validationPagesMeetTheTargets() throws {
        let total = try Self.score("validation")
        #expect(total.f1 >= 0.75)
        #expect(total.headlineRate >= 0.60)
    }
}
