/// Scores candidates: term frequency × inverse document frequency, boosted for the headline
/// and the lead, optionally blended with TextRank.
struct CandidateScorer {
    let idf: IDFTable
    let weights: ScoringWeights
    let interner: TermInterner
    let units: [TermUnit]
    /// Headline, kicker and subtitle, as given and case folded.
    let headline: [Unicode.Scalar]
    let foldedHeadline: [Unicode.Scalar]

    func score(_ candidates: inout [Candidate]) {
        let contentCount = max(1, units.reduce(0) { $0 + ($1.role == .content ? 1 : 0) })
        var best = 0.0
        for index in candidates.indices {
            let value = tfidf(candidates[index], contentCount: contentCount)
            candidates[index].score = value
            best = max(best, value)
        }
        guard weights.textRankWeight > 0, best > 0 else { return }
        let rank = textRank()
        let share = weights.textRankWeight
        for index in candidates.indices {
            let parts = candidates[index].parts
            let graph = parts.reduce(0.0) { $0 + rank[Int($1)] } / Double(parts.count)
            candidates[index].score = (1 - share) * candidates[index].score / best + share * graph
        }
    }

    private func tfidf(_ candidate: Candidate, contentCount: Int) -> Double {
        var inverse: Float = 0
        for part in candidate.parts { inverse = max(inverse, idf.idf(interner.texts[Int(part)])) }
        var value = Double(candidate.count) / Double(contentCount) * Double(inverse)
        if weights.headlineBoost != 0 && inHeadline(candidate.text) {
            value *= 1 + weights.headlineBoost
        }
        if candidate.inLead { value *= 1 + weights.leadBoost }
        if candidate.isVerb { value *= weights.verbWeight }
        return value
    }

    private func textRank() -> [Double] {
        let sequence = units.compactMap { $0.role == .content ? $0.id : nil }
        return TextRank().scores(sequence: sequence, idCount: interner.texts.count)
    }

    private func inHeadline(_ text: String) -> Bool {
        let needle = Array(text.unicodeScalars)
        return occurs(needle, in: headline) || occurs(needle, in: foldedHeadline)
    }
}

/// Whether `needle` occurs in `haystack` (scalar for scalar).
func occurs(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    let first = needle[0]
    outer: for start in 0...(haystack.count - needle.count) where haystack[start] == first {
        for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
            continue outer
        }
        return true
    }
    return false
}
