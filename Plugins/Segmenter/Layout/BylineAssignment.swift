/// Shares out the byline blocks that stand between one article's headline and the next
/// article's body.
///
/// With two blocks there, the first closes the article above and the second opens the one
/// below. One block may be either; the choice over the whole page gives as many articles
/// as possible a byline (an article rarely has two, a brief has none). The page often
/// leaves that open; then, measured on the shared pages: where three or more articles are
/// chained by single bylines, the first block closes the article above it (the brief
/// without byline sits inside the chain); otherwise a block opens the article below, the
/// more common layout. This is a preference, not a certainty: the text itself does not say.
enum BylineAssignment {
    static func share(gaps: [[BylineBlock]], into drafts: inout [ArticleDraft]) {
        var single: [Int: BylineBlock] = [:]
        for (gap, blocks) in gaps.enumerated() {
            if blocks.count == 1 {
                single[gap] = blocks[0]
            } else if let first = blocks.first {
                drafts[gap].bylines.append(first)
                drafts[gap + 1].bylines += blocks.dropFirst()
            }
        }
        guard !single.isEmpty else { return }
        let hasByline = drafts.map { draft in
            !draft.bylines.isEmpty
                || Dateline.detect(Array(draft.body.lazy.flatMap(\.lines).prefix(3)))?.bylines
                    .isEmpty
                    == false
        }
        let choices = bestChoices(single: single, hasByline: hasByline)
        for (gap, toNext) in choices {
            guard let block = single[gap] else { continue }
            drafts[toNext ? gap + 1 : gap].bylines.append(block)
        }
    }

    private struct Score: Comparable {
        var covered = 0
        var chainStartsClosed = 0
        var openings = 0
        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.covered, lhs.chainStartsClosed, lhs.openings)
                < (rhs.covered, rhs.chainStartsClosed, rhs.openings)
        }
    }

    /// Gaps that open a chain of at least two single-byline gaps in a row.
    private static func chainStarts(_ single: [Int: BylineBlock]) -> Set<Int> {
        Set(single.keys.filter { single[$0 - 1] == nil && single[$0 + 1] != nil })
    }

    /// For each single-byline gap, whether the block goes to the article below (true) or
    /// above. Dynamic programming over the articles; the state is whether the current
    /// article already has a byline.
    private static func bestChoices(single: [Int: BylineBlock], hasByline: [Bool]) -> [Int: Bool] {
        let count = hasByline.count
        let starts = chainStarts(single)
        // best[state] for the article being walked; paths keep the choices made.
        var best: [Bool: (Score, [Int: Bool])] = [hasByline[0]: (Score(), [:])]
        for article in 0..<count {
            var next: [Bool: (Score, [Int: Bool])] = [:]
            for (has, (score, path)) in best {
                let options: [Bool?] = single[article] == nil ? [nil] : [false, true]
                for toNext in options {
                    var score = score
                    var path = path
                    var covered = has
                    var nextHas = article + 1 < count ? hasByline[article + 1] : false
                    if let toNext {
                        path[article] = toNext
                        if toNext {
                            nextHas = true
                            score.openings += 1
                        } else {
                            covered = true
                            if starts.contains(article) && !has { score.chainStartsClosed += 1 }
                        }
                    }
                    if covered { score.covered += 1 }
                    if let current = next[nextHas], current.0 >= score { continue }
                    next[nextHas] = (score, path)
                }
            }
            best = next
        }
        return best.values.max { $0.0 < $1.0 }?.1 ?? [:]
    }
}
