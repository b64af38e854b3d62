import Foundation

@testable import Segmenter

/// A page's reading as JSON, for error analysis outside the tests: the articles found (their
/// pieces and headlines) and each non-blank line's label, as decoded and as read off the gold.
enum EnglishLineDump {
    private struct Article: Encodable {
        var pieces: [[Int]]
        var headline: String?
    }
    private struct Line: Encodable {
        var number: Int
        var predicted: String
        var gold: String
    }
    private struct Page: Encodable {
        var articles: [Article]
        /// What the assembly makes of the gold labels: how far the label scheme can go.
        var oracle: [Article]
        var lines: [Line]
    }

    static func write(
        _ page: EnglishGoldPage, _ layout: PageLayout, model: EnglishLineModel, to folder: String
    ) throws {
        let lines = EnglishPageLines(SourceLine.split(page.text))
        let predicted = model.decode(lines.features, continuesSentence: lines.continuesSentence)
        let gold = EnglishLineTrainer.labels(of: page, lines: lines.lines)
        func articles(_ layout: PageLayout) -> [Article] {
            layout.articles.map { article in
                Article(
                    pieces: article.lines.pieces.map { [$0.lowerBound, $0.upperBound] },
                    headline: article.headline)
            }
        }
        let dump = Page(
            articles: articles(layout),
            oracle: articles(EnglishPageReader.layout(lines, labels: gold)),
            lines: lines.lines.indices.map { index in
                Line(
                    number: lines.lines[index].number, predicted: "\(predicted[index])",
                    gold: "\(gold[index])")
            })
        let url = URL(fileURLWithPath: folder).appendingPathComponent(page.name + ".pred.json")
        try JSONEncoder().encode(dump).write(to: url)
    }
}
