import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The article assembler's weights are learned from the development pages only: the shared
/// pages, the seed and the generated development pages (`Tests/Data/pages-zh/dev`). The
/// generated validation pages (`pages-zh/val`, other articles, other layout draws) are
/// measured, never trained on.
@Suite(.tags(.quality)) struct ArticleModelTests {
    static func developmentPages() throws -> [GoldPage] {
        let data = TestData.directory
        return try [GoldPage.load("seed/000_21d0c9da4e890f31.txt")]
            + GoldPage.allPages(in: data.appendingPathComponent("pages"))
            + GoldPage.allPages(in: data.appendingPathComponent("pages-zh/dev"))
    }

    static func validationPages() throws -> [GoldPage] {
        try GoldPage.allPages(in: TestData.url("pages-zh/val"))
    }

    /// Training again gives the shipped table; when it does not (the features or the pages
    /// changed), the test prints the table to paste into `ArticleEvidenceWeights.swift`.
    @Test func shippedWeightsAreTheLearnedOnes() throws {
        let (examples, skipped) = ArticleModelTrainer.examples(try Self.developmentPages())
        let learned = ArticleModelTrainer.train(examples)
        let (validation, _) = ArticleModelTrainer.examples(try Self.validationPages())
        print(
            "article model: \(examples.count) development pages (\(skipped.count) the tokens "
                + "cannot express), read exactly: "
                + "\(ArticleModelTrainer.exactReadings(examples, weights: learned)); "
                + "validation read exactly: "
                + "\(ArticleModelTrainer.exactReadings(validation, weights: learned))/\(validation.count)"
        )
        if learned != ArticleEvidenceWeights.learned {
            let rows = ArticleEvidence.allCases.filter { learned[$0.rawValue] != 0 }.map {
                "(.\($0), \(learned[$0.rawValue]))"
            }
            print("learned table:\n" + rows.joined(separator: ", "))
        }
        #expect(learned == ArticleEvidenceWeights.learned)
        #expect(skipped.count * 10 <= examples.count, "most pages must teach")
    }
}
