import Foundation
import Testing

@testable import Segmenter

@Suite struct DebugReadingTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DEBUG_PAGE"] != nil))
    func printReading() throws {
        let path = ProcessInfo.processInfo.environment["DEBUG_PAGE"]!
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let page = PageAnalyzer.tokens(PageScanner.items(of: SourceLine.split(text)))
        let facts = TokenFacts.facts(of: page)
        let reading = ArticleAssembler.read(facts, weights: ArticleEvidenceWeights.learned)
        for span in reading.spans {
            let parts = span.range.map { index -> String in
                let kind: String
                let lines: [Int]
                switch page.tokens[index] {
                case .body(let blocks): kind = "B"; lines = blocks.flatMap { $0.lines.map(\.number) }
                case .headline(let group): kind = "H"; lines = [group.kicker, group.headline, group.subtitle].compactMap { $0 }.flatMap { $0.lines.map(\.number) }
                case .byline(let block): kind = "Y"; lines = block.lines.map(\.number)
                }
                return "\(kind)\(lines.first!)"
            }
            let score = (span.isArticle ? SpanEvidence.article(span.range, facts, prior: 0.5) : SpanEvidence.orphan(span.range.lowerBound, facts)).map { ArticleAssembler.dot($0, ArticleEvidenceWeights.learned) } ?? 0
            print(span.isArticle ? "ARTICLE" : "ORPHAN", parts.joined(separator: " "), String(format: "%.2f", score))
        }
    }
}
