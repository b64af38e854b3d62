/// The deletion labeller's weights, read once per process from `GistWeights.table`: a word's
/// score is the sum of its features' weights, the log-odds that a sub-editor keeps it.
struct GistModel: Sendable {
    let weights: [UInt64: Double]
    /// Log-odds below which a word is deleted even when the budget has room.
    let threshold: Double
    /// How much of its clause's mean score each word gets on top of its own: sub-editors
    /// delete whole clauses more often than scattered words, so a word in a clause worth
    /// keeping is worth more.
    let clauseWeight: Double
    /// How much of the best word's log-odds is added to the threshold: a sentence whose
    /// labeller is sure of some words (`习近平` `会见` `泰国` `总理`) keeps fewer of the
    /// doubtful rest than one where nothing stands out, so the gist's length follows how
    /// headline-like the sentence reads rather than filling the budget.
    let bestWordShare: Double

    static let shipped = GistModel(
        table: GistWeights.table, threshold: GistWeights.threshold,
        clauseWeight: GistWeights.clauseWeight, bestWordShare: GistWeights.bestWordShare)

    init(
        weights: [UInt64: Double], threshold: Double, clauseWeight: Double,
        bestWordShare: Double
    ) {
        self.weights = weights
        self.threshold = threshold
        self.clauseWeight = clauseWeight
        self.bestWordShare = bestWordShare
    }

    /// Lines of `name<TAB>weight`.
    init(table: String, threshold: Double, clauseWeight: Double, bestWordShare: Double) {
        var weights: [UInt64: Double] = [:]
        for line in table.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t"),
                let weight = Double(line[line.index(after: tab)...])
            else { continue }
            weights[GistFeatures.id(of: line[..<tab])] = weight
        }
        self.init(
            weights: weights, threshold: threshold, clauseWeight: clauseWeight,
            bestWordShare: bestWordShare)
    }

    /// Each word's log-odds of being kept, plus `clauseWeight` times its clause's mean over
    /// the words that are not punctuation.
    func scores(_ features: GistFeatures, words: GistWords) -> [Double] {
        let own = features.ids.map { ids in ids.reduce(0) { $0 + (weights[$1] ?? 0) } }
        guard clauseWeight != 0 else { return own }
        let clauses = words.clauseFirst.count
        var sums = [Double](repeating: 0, count: clauses)
        var counts = [Double](repeating: 0, count: clauses)
        for (position, word) in words.words.enumerated() where word.token.kind != .punct {
            sums[word.clause] += own[position]
            counts[word.clause] += 1
        }
        return words.words.indices.map { position in
            let clause = words.words[position].clause
            let mean = counts[clause] > 0 ? sums[clause] / counts[clause] : 0
            return own[position] + clauseWeight * mean
        }
    }

    /// The log-odds a word needs to be kept in a sentence whose best word (not punctuation)
    /// scores `best`.
    func cut(best: Double) -> Double {
        threshold + bestWordShare * best
    }
}
