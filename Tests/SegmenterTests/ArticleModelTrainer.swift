import Foundation

@testable import Segmenter

/// Learns the weights of `ArticleEvidence` from gold pages: an averaged structured
/// perceptron (Collins 2002) over the page readings `ArticleAssembler` decodes.
///
/// Each gold page gives the reading its annotation implies: every token goes to the article
/// that owns its lines (a headline token inside a body is a subheading), and runs of tokens
/// with one owner make the spans. Where the page's tokens cannot express the gold (a block
/// that spans two articles), the page teaches nothing and is counted as skipped.
enum ArticleModelTrainer {
    struct Example {
        var name: String
        var facts: [TokenFacts]
        var gold: PageReading
    }

    static let epochs = 20

    /// The examples the pages give, and the names of the pages that give none.
    static func examples(_ pages: [GoldPage]) -> (examples: [Example], skipped: [String]) {
        var examples: [Example] = []
        var skipped: [String] = []
        for page in pages {
            let tokens = PageAnalyzer.tokens(PageScanner.items(of: SourceLine.split(page.text)))
            let facts = TokenFacts.facts(of: tokens)
            if let gold = goldReading(tokens.tokens, facts, page) {
                examples.append(Example(name: page.name, facts: facts, gold: gold))
            } else {
                skipped.append(page.name)
            }
        }
        return (examples, skipped)
    }

    /// Averaged weights after `epochs` passes, rounded to a thousandth so the table stays
    /// readable; the pages go in name order, so the result is reproducible.
    static func train(_ examples: [Example]) -> [Double] {
        var weights = [Double](repeating: 0, count: ArticleEvidence.count)
        var sum = weights
        var steps = 0.0
        for _ in 0..<epochs {
            for example in examples {
                let first = ArticleAssembler.bestReading(
                    example.facts, weights: weights, prior: 0.5)
                let prior = ArticleAssembler.headlineBeforeShare(first, example.facts)
                let predicted = ArticleAssembler.bestReading(
                    example.facts, weights: weights, prior: prior)
                if predicted != example.gold {
                    let gold = features(example.gold, example.facts, prior: prior)
                    let wrong = features(predicted, example.facts, prior: prior)
                    for index in weights.indices { weights[index] += gold[index] - wrong[index] }
                }
                for index in weights.indices { sum[index] += weights[index] }
                steps += 1
            }
        }
        return sum.map { ($0 / steps * 1000).rounded() / 1000 }
    }

    /// The summed features of a reading.
    static func features(_ reading: PageReading, _ facts: [TokenFacts], prior: Double) -> [Double] {
        var total = [Double](repeating: 0, count: ArticleEvidence.count)
        for span in reading.spans {
            let features =
                span.isArticle
                ? SpanEvidence.article(span.range, facts, prior: prior)
                : SpanEvidence.orphan(span.range.lowerBound, facts)
            for (index, value) in (features ?? []).enumerated() { total[index] += value }
        }
        return total
    }

    /// How many pages the weights read exactly as the gold does.
    static func exactReadings(_ examples: [Example], weights: [Double]) -> Int {
        examples.filter { ArticleAssembler.read($0.facts, weights: weights) == $0.gold }.count
    }

    /// The reading the gold implies, or nil when the tokens cannot express it.
    private static func goldReading(
        _ tokens: [PageToken], _ facts: [TokenFacts], _ page: GoldPage
    ) -> PageReading? {
        let owners = lineOwners(page)
        var tokenOwner: [Int?] = []
        for token in tokens {
            let lines = lineNumbers(of: token)
            let found = Set(lines.map { owners[$0] ?? -1 })
            guard found.count == 1 else { return nil }
            let owner = found.first!
            tokenOwner.append(owner < 0 ? nil : owner)
        }
        var spans: [PageReading.Span] = []
        var seen = Set<Int>()
        var start = 0
        while start < tokens.count {
            guard let owner = tokenOwner[start] else {
                // Body text outside every article cannot be read: the page teaches nothing.
                if case .body = tokens[start] { return nil }
                spans.append(.init(range: start..<(start + 1), isArticle: false))
                start += 1
                continue
            }
            guard !seen.contains(owner) else { return nil }
            seen.insert(owner)
            var end = start + 1
            while end < tokens.count, tokenOwner[end] == owner { end += 1 }
            let range = start..<end
            guard SpanEvidence.article(range, facts, prior: 0.5) != nil,
                headlinesPlayTheirGoldRole(range, tokens, facts, page.articles[owner])
            else { return nil }
            spans.append(.init(range: range, isArticle: true))
            start = end
        }
        return PageReading(spans: spans)
    }

    /// Whether the span's headline tokens outside its bodies are the gold's headline, and
    /// those between bodies are body lines (subheadings).
    private static func headlinesPlayTheirGoldRole(
        _ range: Range<Int>, _ tokens: [PageToken], _ facts: [TokenFacts],
        _ article: GoldPage.Article
    ) -> Bool {
        let bodies = range.filter {
            if case .body = tokens[$0] { return true }
            return false
        }
        for index in range {
            guard case .headline = tokens[index] else { continue }
            let first = lineNumbers(of: tokens[index])[0]
            let inBody = first >= article.bodyLines[0] && first <= article.bodyLines[1]
            let between =
                (index > bodies[0] && index < bodies[bodies.count - 1])
                || index == SpanEvidence.leadingFragment(range, facts)
            if inBody != between { return false }
        }
        return true
    }

    /// For each gold line, the article that owns it.
    private static func lineOwners(_ page: GoldPage) -> [Int: Int] {
        var owners: [Int: Int] = [:]
        for (index, article) in page.articles.enumerated() {
            var ranges = [article.bodyLines]
            if let lines = article.headlineLines { ranges.append(lines) }
            if let lines = article.kickerLines { ranges.append(lines) }
            ranges += article.bylineLines ?? []
            for range in ranges where range.count == 2 {
                for line in range[0]...range[1] { owners[line] = index }
            }
        }
        return owners
    }

    private static func lineNumbers(of token: PageToken) -> [Int] {
        switch token {
        case .body(let blocks): return blocks.flatMap { $0.lines.map(\.number) }
        case .byline(let block): return block.lines.map(\.number)
        case .headline(let group):
            return [group.kicker, group.headline, group.subtitle].compactMap { $0 }
                .flatMap { $0.lines.map(\.number) }
        }
    }
}
