import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The English page reader on real 1916 pages, scored as `page-score` scores line gold. The
/// development pages (`dev`, and `dev-extra` annotated by the team) trained the model; the
/// validation pages (`validation`, annotated with the shared data, and `validation-extra`,
/// annotated by the team) were never tuned on (split: `Tests/Data/pages-en/README.md`).
/// Targets (issue 12): article F1 >= 0.75, headlines >= 0.60 on validation.
@Suite(.tags(.quality)) struct EnglishLayoutScoreTests {
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
        let total = try Self.score("dev") + Self.score("dev-extra")
        print(total.line("all development pages"))
        #expect(total.f1 >= 0.57)  // session 6: 0.60; session 8 (start stage): 0.61
        #expect(total.headlineRate >= 0.33)  // session 6: 0.375; session 8: 0.45
    }

    @Test func validationPagesMeetTheTargets() throws {
        let shared = try Self.score("validation")
        let team = try Self.score("validation-extra")
        let total = shared + team
        print(total.line("all validation pages"))
        // Floors against regressions, just under today's figures, asserted on all the held-out
        // pages together (32 pages, 464 articles): five pages alone move by a few articles.
        // The 30-line heuristic of the issue reaches F1 0.49 on the shared pages.
        // Session 6: shared F1 0.55, team 0.62, headlines 0.38 and 0.42. Session 8, with the
        // start stage (measured once): shared 0.51, team (10) 0.63, headlines 0.39 and 0.50.
        // Session 9 (110 training pages, the length prior by kind; measured once): shared
        // 0.469, team (27 pages) 0.646, all 0.619, headlines 0.380, 0.455 and 0.444. Session
        // 8's build on the same 32 pages: shared 0.507, team 0.633, all 0.613, headlines
        // 0.394, 0.468 and 0.457, so session 9 is level on held-out pages, not better.
        #expect(total.f1 >= 0.59)
        #expect(total.headlineRate >= 0.41)
        #expect(shared.f1 >= 0.45)
        // Issue 12's targets are not reached yet. They stay asserted, as a known issue: every
        // run shows the shortfall, and once they are met this wrapper fails and must go.
        withKnownIssue("issue 12: validation article F1 >= 0.75 and headlines >= 0.60 not reached")
        {
            #expect(shared.f1 >= 0.75)
            #expect(shared.headlineRate >= 0.60)
            #expect(team.f1 >= 0.75)
            #expect(team.headlineRate >= 0.60)
        }
    }
}
