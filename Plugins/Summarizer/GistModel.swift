/// The deletion labeller's weights, read once per process from `GistWeights.table`: a word's
/// score is the sum of its features' weights, the log-odds that a sub-editor keeps it.
struct GistModel: Sendable {
    let weights: [UInt64: Double]
    /// Log-odds below which a word is deleted even when the budget has room.
    let threshold: Double

    static let shipped = GistModel(table: GistWeights.table, threshold: GistWeights.threshold)

    init(weights: [UInt64: Double], threshold: Double) {
        self.weights = weights
        self.threshold = threshold
    }

    /// Lines of `name<TAB>weight`.
    init(table: String, threshold: Double) {
        var weights: [UInt64: Double] = [:]
        for line in table.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t"),
                let weight = Double(line[line.index(after: tab)...])
            else { continue }
            weights[GistFeatures.id(of: line[..<tab])] = weight
        }
        self.init(weights: weights, threshold: threshold)
    }

    func scores(_ features: GistFeatures) -> [Double] {
        features.ids.map { ids in ids.reduce(0) { $0 + (weights[$1] ?? 0) } }
    }
}
