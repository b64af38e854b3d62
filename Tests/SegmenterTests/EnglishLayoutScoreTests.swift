import Foundation
import Testing

@testable import Segmenter

/// The English page reader on real 1916 pages, scored as `page-score` scores line gold. The
/// development pages trained the model; the validation pages were never tuned on (split:
/// `Tests/Data/pages-en/README.md`). Targets (issue 12): article F1 >= 0.75, headlines >= 0.60
/// on validation.
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

    /// The pages the model was trained on: a floor against regressions.
    @Test func developmentPages() throws {
        let total = try Self.score("dev")
        #expect(total.f1 >= 0.65)
        #expect(total.headlineRate >= 0.38)
    }

    @Test func validationPagesMeetTheTargets() throws {
        let total = try Self.score("validation")
        // A floor against regressions, just under today's figures (F1 0.50, headlines 0.21);
        // the 30-line heuristic of the issue reaches F1 0.49.
        #expect(total.f1 >= 0.45)
        #expect(total.headlineRate >= 0.15)
        // Issue 12's targets are not reached yet. They stay asserted, as a known issue: every
        // run shows the shortfall, and once they are met this wrapper fails and must go.
        withKnownIssue("issue 12: validation article F1 >= 0.75 and headlines >= 0.60 not reached")
        {
            #expect(total.f1 >= 0.75)
            #expect(total.headlineRate >= 0.60)
        }
    }
}
