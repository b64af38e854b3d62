/// One step of the best path: from a position, the end of the word taken there, its trie node,
/// and the best log probability of the rest of the run.
struct RouteStep {
    var score: Double
    var end: Int32
    /// The trie node of the lexicon word taken, or -1 for a character the lexicon lacks.
    var node: Int32
}

/// jieba's `cut` without the HMM: every lexicon word that starts at each position forms a
/// graph, and the path with the largest sum of log frequencies wins.
enum WordGraph {
    /// Fills `route[0...n]` for the scalars `run` (n of them), right to left. On equal scores
    /// the longer word wins, as in jieba.
    static func route(
        _ run: UnsafeBufferPointer<UInt32>, lexicon: Lexicon,
        into route: UnsafeMutableBufferPointer<RouteStep>
    ) {
        let count = run.count
        route[count] = RouteStep(score: 0, end: Int32(count), node: -1)
        let trie = lexicon.trie
        let unknown = lexicon.unknownLogProbability
        trie.nodes.withUnsafeBufferPointer { nodes in
            for start in stride(from: count - 1, through: 0, by: -1) {
                var best = RouteStep(score: -Double.infinity, end: -1, node: -1)
                var node = trie.child(of: LexiconTrie.root, run[start])
                var index = start
                while node >= 0 {
                    let record = nodes[Int(node)]
                    if record.hasWord {
                        let score = record.logProbability + route[index + 1].score
                        if score >= best.score {
                            best = RouteStep(score: score, end: Int32(index + 1), node: node)
                        }
                    }
                    index += 1
                    guard index < count else { break }
                    node = LexiconTrie.child(of: Int(node), run[index], in: nodes)
                }
                if best.end < 0 {
                    best = RouteStep(
                        score: unknown + route[start + 1].score, end: Int32(start + 1), node: -1)
                }
                route[start] = best
            }
        }
    }

    /// The best path's log probability through `word` (its own entry included).
    static func bestScore(of word: [UInt32], lexicon: Lexicon) -> Double {
        guard !word.isEmpty else { return 0 }
        return word.withUnsafeBufferPointer { run in
            withUnsafeTemporaryAllocation(of: RouteStep.self, capacity: run.count + 1) { steps in
                route(run, lexicon: lexicon, into: steps)
                return steps[0].score
            }
        }
    }
}
