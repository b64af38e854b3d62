/// PageRank over a graph of words that occur near each other (within `window` content words),
/// edges weighted by how often they do. Scores are scaled so the best word has 1.
struct TextRank {
    var window = 5
    var damping = 0.85
    var iterations = 20

    /// Scores per unit id (0 for ids not in the sequence).
    func scores(sequence: [Int32], idCount: Int) -> [Double] {
        var neighbours = [[(Int, Double)]](repeating: [], count: idCount)
        var pairWeights: [Int: Double] = [:]
        for (position, id) in sequence.enumerated() {
            for other in sequence[(position + 1)..<min(position + window, sequence.count)]
            where other != id {
                let (low, high) = id < other ? (Int(id), Int(other)) : (Int(other), Int(id))
                pairWeights[low * idCount + high, default: 0] += 1
            }
        }
        var strength = [Double](repeating: 0, count: idCount)
        for (pair, weight) in pairWeights {
            let (low, high) = (pair / idCount, pair % idCount)
            neighbours[low].append((high, weight))
            neighbours[high].append((low, weight))
            strength[low] += weight
            strength[high] += weight
        }
        var rank = [Double](repeating: 0, count: idCount)
        for id in sequence { rank[Int(id)] = 1 }
        for _ in 0..<iterations {
            var next = [Double](repeating: 0, count: idCount)
            for node in 0..<idCount where !neighbours[node].isEmpty {
                var sum = 0.0
                for (other, weight) in neighbours[node] {
                    sum += weight / strength[other] * rank[other]
                }
                next[node] = (1 - damping) + damping * sum
            }
            rank = next
        }
        let best = rank.max() ?? 0
        return best > 0 ? rank.map { $0 / best } : rank
    }
}
