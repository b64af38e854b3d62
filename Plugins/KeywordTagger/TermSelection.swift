/// Picks the keywords from scored candidates, best first.
///
/// A word or phrase that never occurs outside a longer phrase is a fragment (`乡贤云` of
/// `乡贤云诊室`, `一号` of `一号工程`) and goes. A word inside a phrase already chosen is
/// reported too only when it also stands strongly alone (`乡贤` beside `乡贤云诊室`), so a
/// phrase and its parts both appear only when both are strong.
struct TermSelection {
    let weights: ScoringWeights
    let top: Int
    let minScore: Double

    func choose(from candidates: [Candidate]) -> [Candidate] {
        let fragments = fragmentFlags(candidates)
        var ranked = candidates.indices.filter { !fragments[$0] }
        ranked.sort { left, right in
            let lhs = candidates[left]
            let rhs = candidates[right]
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            if lhs.firstStart != rhs.firstStart { return lhs.firstStart < rhs.firstStart }
            return lhs.parts.count > rhs.parts.count
        }
        var chosen: [Candidate] = []
        for index in ranked {
            let candidate = candidates[index]
            if chosen.count >= top || displayedScore(candidate.score) < minScore
                || candidate.score <= 0
            {
                break
            }
            if candidate.parts.count == 1 && isWeakPart(candidate, of: chosen) { continue }
            chosen.append(candidate)
        }
        return chosen
    }

    /// For each candidate, whether it occurs only inside a longer phrase.
    private func fragmentFlags(_ candidates: [Candidate]) -> [Bool] {
        var flags = [Bool](repeating: false, count: candidates.count)
        let phrases = candidates.indices.filter { candidates[$0].parts.count > 1 }
        guard !phrases.isEmpty else { return flags }
        // Only words that some phrase holds can be fragments.
        var largestID: Int32 = 0
        for candidate in candidates where candidate.parts.count == 1 {
            largestID = max(largestID, candidate.parts[0])
        }
        var inPhrase = [Bool](repeating: false, count: Int(largestID) + 1)
        for phrase in phrases {
            let parts = candidates[phrase].parts
            for place in 0..<parts.count where parts[place] <= largestID {
                inPhrase[Int(parts[place])] = true
            }
        }
        for inner in candidates.indices
        where candidates[inner].parts.count > 1 || inPhrase[Int(candidates[inner].parts[0])] {
            for outer in phrases
            where candidates[outer].count >= candidates[inner].count
                && candidates[outer].parts.holds(candidates[inner].parts)
            {
                flags[inner] = true
                break
            }
        }
        return flags
    }

    /// Whether a word lies inside a chosen phrase and seldom occurs outside it.
    private func isWeakPart(_ word: Candidate, of chosen: [Candidate]) -> Bool {
        let needed = max(2.0, weights.ownShare * Double(word.count))
        for phrase in chosen where phrase.parts.count > 1 && phrase.parts.contains(word.parts[0]) {
            if Double(word.count - phrase.count) < needed { return true }
        }
        return false
    }
}
