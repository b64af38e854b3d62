import Foundation

/// BM25-weighted similarity between the units of one article, each unit scored as a query
/// against the other and the two averaged, so the matrix is symmetric.
struct SentenceSimilarity {
    static let k1 = 1.2
    static let b = 0.75

    let count: Int
    /// Row-major `count × count`, zero on the diagonal.
    private(set) var values: [Double]
    /// Inverse unit frequency of each term (units are the documents).
    let idf: [Double]

    init(terms: ContentTerms, lengths: [Int]) {
        count = terms.ids.count
        var frequency = [Int](repeating: 0, count: terms.termCount)
        for unit in terms.ids { for id in unit { frequency[Int(id)] += 1 } }
        let n = Double(count)
        idf = frequency.map { log((n - Double($0) + 0.5) / (Double($0) + 0.5) + 1) }
        let termTotals = terms.counts.map { Double($0.reduce(0, +)) }
        let average = max(termTotals.reduce(0, +) / max(n, 1), 1)
        values = [Double](repeating: 0, count: count * count)
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) {
                let forward = bm25(terms, query: i, document: j, length: termTotals[j], average)
                let backward = bm25(terms, query: j, document: i, length: termTotals[i], average)
                let similarity = (forward + backward) / 2
                values[i * count + j] = similarity
                values[j * count + i] = similarity
            }
        }
    }

    subscript(i: Int, j: Int) -> Double { values[i * count + j] }

    var maximum: Double { values.max() ?? 0 }

    private func bm25(
        _ terms: ContentTerms, query: Int, document: Int, length: Double, _ average: Double
    ) -> Double {
        let queryIDs = terms.ids[query]
        let documentIDs = terms.ids[document]
        let documentCounts = terms.counts[document]
        let norm = Self.k1 * (1 - Self.b + Self.b * length / average)
        var score = 0.0
        var q = 0
        var d = 0
        while q < queryIDs.count && d < documentIDs.count {
            if queryIDs[q] < documentIDs[d] {
                q += 1
            } else if queryIDs[q] > documentIDs[d] {
                d += 1
            } else {
                let f = Double(documentCounts[d])
                score += idf[Int(queryIDs[q])] * f * (Self.k1 + 1) / (f + norm)
                q += 1
                d += 1
            }
        }
        return score
    }

    /// How much of what unit `i` says unit `j` already says: the idf weight of their shared
    /// terms over that of `i`'s terms, from 0 (nothing) to 1 (all of it).
    func containment(of i: Int, in j: Int, terms: ContentTerms) -> Double {
        let a = terms.ids[i]
        let b = terms.ids[j]
        var shared = 0.0
        var own = 0.0
        var q = 0
        var d = 0
        while q < a.count {
            let id = a[q]
            own += idf[Int(id)]
            while d < b.count && b[d] < id { d += 1 }
            if d < b.count && b[d] == id { shared += idf[Int(id)] }
            q += 1
        }
        return own > 0 ? shared / own : 0
    }

    /// How much two units say the same, either way round: a short restatement chosen first
    /// makes the fuller sentence it restates redundant too.
    func overlap(_ i: Int, _ j: Int, terms: ContentTerms) -> Double {
        max(containment(of: i, in: j, terms: terms), containment(of: j, in: i, terms: terms))
    }

    /// LexRank: PageRank over the similarity graph, scaled so the most central unit is 1.
    func centrality(iterations: Int = 20, damping: Double = 0.85) -> [Double] {
        guard count > 0 else { return [] }
        var degree = [Double](repeating: 0, count: count)
        for i in 0..<count {
            for j in 0..<count { degree[i] += values[i * count + j] }
        }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = rank
        for _ in 0..<iterations {
            for i in 0..<count {
                var sum = 0.0
                for j in 0..<count where degree[j] > 0 {
                    sum += values[j * count + i] / degree[j] * rank[j]
                }
                next[i] = (1 - damping) / Double(count) + damping * sum
            }
            swap(&rank, &next)
        }
        let top = rank.max() ?? 1
        return rank.map { top > 0 ? $0 / top : 0 }
    }
}
