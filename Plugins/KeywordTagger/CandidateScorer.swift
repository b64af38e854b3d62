import Foundation

/// Scores candidates: term frequency × inverse document frequency, boosted for the headline
/// and the lead, optionally blended with TextRank.
struct CandidateScorer {
    let weights: ScoringWeights
    let interner: TermInterner
    let units: [TermUnit]
    /// Headline, kicker and subtitle, as given and with ASCII letters lowered.
    let headline: [UInt32]
    let foldedHeadline: [UInt32]

    func score(_ candidates: inout [Candidate]) {
        let contentCount = max(1, units.reduce(0) { $0 + ($1.role == .content ? 1 : 0) })
        var best = 0.0
        var buffer: [UInt32] = []
        for index in candidates.indices {
            let value = tfidf(candidates[index], contentCount: contentCount, buffer: &buffer)
            candidates[index].score = value
            best = max(best, value)
        }
        guard weights.textRankWeight > 0, best > 0 else { return }
        let rank = textRank()
        let share = weights.textRankWeight
        for index in candidates.indices {
            let parts = candidates[index].parts
            var graph = 0.0
            for place in 0..<parts.count { graph += rank[Int(parts[place])] }
            graph /= Double(parts.count)
            candidates[index].score = (1 - share) * candidates[index].score / best + share * graph
        }
    }

    private func tfidf(_ candidate: Candidate, contentCount: Int, buffer: inout [UInt32])
        -> Double
    {
        let parts = candidate.parts
        var inverse: Float = 0
        for place in 0..<parts.count { inverse = max(inverse, interner.idf[Int(parts[place])]) }
        let frequency =
            weights.sublinearFrequency
            ? 1 + log(Double(candidate.count)) : Double(candidate.count)
        var value = frequency / Double(contentCount) * Double(inverse)
        if weights.headlineBoost != 0 && !headline.isEmpty {
            interner.scalars(of: parts, into: &buffer)
            if occurs(buffer, in: headline) || occurs(buffer, in: foldedHeadline) {
                value *= 1 + weights.headlineBoost
            }
        }
        if candidate.inLead { value *= 1 + weights.leadBoost }
        if candidate.isVerb { value *= weights.verbWeight }
        return value
    }

    private func textRank() -> [Double] {
        let sequence = units.compactMap { $0.role == .content ? $0.id : nil }
        return TextRank().scores(sequence: sequence, idCount: interner.count)
    }
}

/// Whether `needle` occurs in `haystack`, value for value.
func occurs<T: Equatable>(_ needle: [T], in haystack: [T]) -> Bool {
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
