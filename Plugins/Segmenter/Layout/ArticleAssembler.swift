/// An article's parts as found on the page, before they become text.
struct ArticleDraft: Sendable {
    var body: [TextBlock]
    var headline: HeadlineGroup?
    var bylines: [BylineBlock] = []
    /// First lines of the body blocks that are subheadings (小标题): paragraphs of their own.
    var subheadingLines: Set<Int> = []
}

/// One reading of the page: its tokens cut into consecutive spans, each an article or a
/// token that belongs to none.
struct PageReading: Sendable, Equatable {
    struct Span: Sendable, Equatable {
        var range: Range<Int>
        var isArticle: Bool
    }
    var spans: [Span]
}

/// Puts the page's tokens together into articles by weighing the evidence of every way to
/// cut them, article by article, and taking the page's best reading as a whole.
///
/// Each span of tokens that can be one article (a body, maybe with subheadings, at most one
/// headline above or below it, bylines around it) gets a score from its evidence
/// (`SpanEvidence`, weights learned from annotated pages); dynamic programming over the
/// token sequence finds the tiling with the highest total. No page-wide rule decides where
/// headlines go: the page's other articles only add a prior, in a second pass.
enum ArticleAssembler {
    static func assemble(_ page: PageTokens) -> (
        articles: [ArticleDraft], orphans: [PageToken]
    ) {
        let facts = TokenFacts.facts(of: page)
        let reading = read(facts, weights: ArticleEvidenceWeights.learned)
        return drafts(page.tokens, facts, reading)
    }

    /// The best reading under `weights`: a first pass without the page prior, then one with
    /// the share of headlines the first pass put before their bodies.
    static func read(_ facts: [TokenFacts], weights: [Double]) -> PageReading {
        let first = bestReading(facts, weights: weights, prior: 0.5)
        return bestReading(facts, weights: weights, prior: headlineBeforeShare(first, facts))
    }

    static func headlineBeforeShare(_ reading: PageReading, _ facts: [TokenFacts]) -> Double {
        var before = 0.0
        var headlined = 0.0
        // Which side each article's headline stands on is what its evidence says.
        for span in reading.spans where span.isArticle {
            guard let features = SpanEvidence.article(span.range, facts, prior: 0.5) else {
                continue
            }
            before += features[ArticleEvidence.headlineBefore.rawValue]
            headlined +=
                features[ArticleEvidence.headlineBefore.rawValue]
                + features[ArticleEvidence.headlineAfter.rawValue]
        }
        return headlined == 0 ? 0.5 : before / headlined
    }

    /// Dynamic programming over cut points: the best total for the first `end` tokens is the
    /// best over the last span's start. Spans are at most `SpanEvidence.maximumTokens` long,
    /// so the cost is linear in the tokens.
    static func bestReading(_ facts: [TokenFacts], weights: [Double], prior: Double) -> PageReading
    {
        let count = facts.count
        var best = [Double](repeating: -.infinity, count: count + 1)
        var choice = [PageReading.Span?](repeating: nil, count: count + 1)
        best[0] = 0
        for end in 1...max(count, 1) where end <= count {
            let lowest = max(0, end - SpanEvidence.maximumTokens)
            for start in stride(from: end - 1, through: lowest, by: -1)
            where best[start] > -.infinity {
                let range = start..<end
                var candidates: [(PageReading.Span, [Double])] = []
                if let features = SpanEvidence.article(range, facts, prior: prior) {
                    candidates.append((.init(range: range, isArticle: true), features))
                }
                if range.count == 1, let features = SpanEvidence.orphan(start, facts) {
                    candidates.append((.init(range: range, isArticle: false), features))
                }
                for (span, features) in candidates {
                    let total = best[start] + dot(features, weights)
                    if total > best[end] {
                        best[end] = total
                        choice[end] = span
                    }
                }
            }
        }
        var spans: [PageReading.Span] = []
        var end = count
        while end > 0, let span = choice[end] {
            spans.append(span)
            end = span.range.lowerBound
        }
        return PageReading(spans: spans.reversed())
    }

    static func dot(_ features: [Double], _ weights: [Double]) -> Double {
        var total = 0.0
        for (feature, weight) in zip(features, weights) where feature != 0 {
            total += feature * weight
        }
        return total
    }

    /// The articles of a reading, and the tokens no article took.
    static func drafts(_ tokens: [PageToken], _ facts: [TokenFacts], _ reading: PageReading) -> (
        articles: [ArticleDraft], orphans: [PageToken]
    ) {
        var articles: [ArticleDraft] = []
        var orphans: [PageToken] = []
        for span in reading.spans {
            guard span.isArticle else {
                orphans += span.range.map { tokens[$0] }
                continue
            }
            let bodies = span.range.filter {
                if case .body = tokens[$0] { return true }
                return false
            }
            var draft = ArticleDraft(body: [])
            let fragment = SpanEvidence.leadingFragment(span.range, facts)
            for index in span.range {
                switch tokens[index] {
                case .body(let blocks): draft.body += blocks
                case .byline(let block): draft.bylines.append(block)
                case .headline(let group):
                    if index == fragment {
                        draft.body += [group.kicker, group.headline, group.subtitle].compactMap {
                            $0
                        }
                    } else if index > bodies[0] && index < bodies[bodies.count - 1] {
                        // Between bodies: a subheading, or a column-wide fragment that is
                        // just the next paragraph's first lines.
                        let blocks = [group.kicker, group.headline, group.subtitle].compactMap {
                            $0
                        }
                        if !group.isColumnWide {
                            draft.subheadingLines.formUnion(blocks.map(\.firstLine))
                        }
                        draft.body += blocks
                    } else {
                        draft.headline = group
                    }
                }
            }
            articles.append(draft)
        }
        return (articles, orphans)
    }
}
