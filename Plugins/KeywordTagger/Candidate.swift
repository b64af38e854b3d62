/// A term that may become a keyword: a word, or a phrase of adjacent words that recurs.
struct Candidate {
    var parts: TermParts
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
        var slot = [Int32](repeating: -1, count: interner.count)
        var candidates = words(&slot)
        guard weights.mergesPhrases else { return candidates }
        var buffer: [UInt32] = []
        for phrase in phrases() {
            // A phrase spelled like a word (云 + 诊室 and 云诊室) is that word.
            interner.scalars(of: phrase.parts, into: &buffer)
            let same = buffer.withUnsafeBufferPointer { interner.existing($0) }
            if let same, slot[Int(same)] >= 0 {
                let index = Int(slot[Int(same)])
                candidates[index].count += phrase.count
                candidates[index].inLead = candidates[index].inLead || phrase.inLead
                candidates[index].firstStart = min(candidates[index].firstStart, phrase.firstStart)
            } else {
                candidates.append(phrase)
            }
        }
        return candidates
    }

    /// Every content word with its count; `slot` maps word ids to candidate indices.
    private func words(_ slot: inout [Int32]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(interner.count)
        for unit in units where unit.role == .content {
            let id = Int(unit.id)
            if slot[id] < 0 {
                slot[id] = Int32(result.count)
                result.append(
                    Candidate(
                        parts: TermParts(unit.id), count: 0, firstStart: unit.start,
                        inLead: false, isVerb: unit.isVerb))
            }
            let index = Int(slot[id])
            result[index].count += 1
            if unit.start < leadEnd { result[index].inLead = true }
        }
        return result
    }

    /// Runs of adjacent units, up to `maxPhraseWords`, that occur at least `minPhraseCount`
    /// times, neither start with a generic word (`今年上半年征兵`) nor end in a generic verb
    /// (`征兵工作开展`).
    private func phrases() -> [Candidate] {
        let longest = min(max(weights.maxPhraseWords, 2), TermParts.capacity)
        var found = PhraseTable(capacity: units.count * (longest - 1))
        for first in units.indices
        where !(weights.trimsGenericEnds && units[first].isGeneric) {
            var parts = TermParts(units[first].id)
            var last = first
            while last + 1 < units.count, last - first + 1 < longest, units[last + 1].joinsPrevious
            {
                last += 1
                parts.append(units[last].id)
                if weights.trimsGenericEnds && units[last].isGenericVerb { continue }
                found.count(parts, start: units[first].start, inLead: units[first].start < leadEnd)
            }
        }
        return found.candidates.filter { $0.count >= weights.minPhraseCount }
    }
}

/// Phrases counted in an open-addressing table (the standard dictionary's SipHash costs more
/// than the rest of the counting).
private struct PhraseTable {
    private(set) var candidates: [Candidate] = []
    private var slots: [Int32]
    private let mask: Int
    private let shift: UInt64

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        candidates.reserveCapacity(capacity / 2)
    }

    mutating func count(_ parts: TermParts, start: Int, inLead: Bool) {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for place in 0..<parts.count {
            hash = (hash ^ UInt64(UInt32(bitPattern: parts[place]))) &* 0xbf58_476d_1ce4_e5b9
        }
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if candidates[index].parts == parts {
                candidates[index].count += 1
                if inLead { candidates[index].inLead = true }
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(candidates.count)
        candidates.append(
            Candidate(parts: parts, count: 1, firstStart: start, inLead: inLead, isVerb: false))
    }
}
