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

    /// For each candidate, whether it occurs only inside a longer phrase: some phrase that
    /// holds it as a run of its parts occurs at least as often.
    private func fragmentFlags(_ candidates: [Candidate]) -> [Bool] {
        // Each phrase records its shorter runs (at most nine: phrases have up to four parts)
        // with its count, keeping the largest, so each candidate is one look-up. Comparing
        // every candidate with every phrase grew with the square of the input: 77% of the
        // whole chain's time on 1 MB of Chinese on one line.
        var holderCount: [TermParts: Int] = [:]
        for outer in candidates where outer.parts.count > 1 {
            let parts = outer.parts
            for length in 1..<parts.count {
                for start in 0...(parts.count - length) {
                    var run = TermParts(parts, prefix: 0)
                    for place in start..<(start + length) { run.append(parts[place]) }
                    holderCount[run] = max(holderCount[run] ?? 0, outer.count)
                }
            }
        }
        return candidates.map { candidate in
            guard let held = holderCount[candidate.parts] else { return false }
            return held >= candidate.count
        }
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
