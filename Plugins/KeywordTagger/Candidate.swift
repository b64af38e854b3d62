/// A term that may become a keyword: a word, or a phrase of adjacent words that recurs.
struct Candidate {
    var text: String
    /// The unit ids it is made of (one for a word).
    var parts: [Int32]
    var count: Int
    var firstStart: Int
    var inLead: Bool
    var isVerb: Bool
    var score = 0.0
}

/// Counts words and recurring phrases of an article's units.
struct CandidateCounter {
    let units: [TermUnit]
    let interner: TermInterner
    let weights: ScoringWeights
    /// Offsets below this are in the first paragraph.
    let leadEnd: Int

    func count() -> [Candidate] {
        var candidates: [Candidate] = []
        var indexOfText: [String: Int] = [:]
        func add(_ candidate: Candidate) {
            if let index = indexOfText[candidate.text] {
                candidates[index].count += candidate.count
                candidates[index].inLead = candidates[index].inLead || candidate.inLead
                candidates[index].firstStart = min(
                    candidates[index].firstStart, candidate.firstStart)
            } else {
                indexOfText[candidate.text] = candidates.count
                candidates.append(candidate)
            }
        }
        words().forEach(add)
        if weights.mergesPhrases { phrases().forEach(add) }
        return candidates
    }

    /// Every content word with its count.
    private func words() -> [Candidate] {
        var slot = [Int](repeating: -1, count: interner.texts.count)
        var result: [Candidate] = []
        for unit in units where unit.role == .content {
            let id = Int(unit.id)
            if slot[id] < 0 {
                slot[id] = result.count
                result.append(
                    Candidate(
                        text: interner.texts[id], parts: [unit.id], count: 0,
                        firstStart: unit.start, inLead: false, isVerb: unit.isVerb))
            }
            result[slot[id]].count += 1
            if unit.start < leadEnd { result[slot[id]].inLead = true }
        }
        return result
    }

    private struct PhraseKey: Hashable {
        var ids: (Int32, Int32, Int32)
        static func == (lhs: Self, rhs: Self) -> Bool { lhs.ids == rhs.ids }
        func hash(into hasher: inout Hasher) {
            hasher.combine(ids.0)
            hasher.combine(ids.1)
            hasher.combine(ids.2)
        }
    }

    private struct PhraseStats {
        var count = 0
        var firstStart: Int
        var inLead = false
        var length: Int
    }

    /// Runs of two or three adjacent units that occur at least `minPhraseCount` times.
    private func phrases() -> [Candidate] {
        let longest = min(max(weights.maxPhraseWords, 2), 3)
        var stats: [PhraseKey: PhraseStats] = [:]
        for first in units.indices {
            var last = first
            while last + 1 < units.count, last - first + 1 < longest, units[last + 1].joinsPrevious
            {
                last += 1
                let key = PhraseKey(
                    ids: (
                        units[first].id, units[first + 1].id,
                        last - first == 2 ? units[last].id : -1
                    ))
                stats[
                    key,
                    default: PhraseStats(firstStart: units[first].start, length: last - first + 1)
                ]
                .count += 1
                if units[first].start < leadEnd { stats[key]!.inLead = true }
            }
        }
        var result: [Candidate] = []
        for (key, stat) in stats where stat.count >= weights.minPhraseCount {
            let parts =
                stat.length == 2 ? [key.ids.0, key.ids.1] : [key.ids.0, key.ids.1, key.ids.2]
            result.append(
                Candidate(
                    text: phraseText(parts), parts: parts, count: stat.count,
                    firstStart: stat.firstStart, inLead: stat.inLead, isVerb: false))
        }
        return result
    }

    /// The parts joined; two latin words get a space between them.
    private func phraseText(_ parts: [Int32]) -> String {
        var text = ""
        for (position, part) in parts.enumerated() {
            if position > 0 && interner.latin[Int(part)] && interner.latin[Int(parts[position - 1])]
            {
                text += " "
            }
            text += interner.texts[Int(part)]
        }
        return text
    }
}
