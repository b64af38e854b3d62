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
    ///
    /// Two passes: the first counts each run's hash in a small saturating table, the second
    /// keeps only the runs whose hash came often enough. Most runs occur once (on a list of
    /// short lines, nearly all of them), and a table entry for each was 64 bytes a run: 140 MB
    /// for 4 MB of Chinese. A run that recurs always passes the first test (hashes that
    /// collide only let more through), and its count in the second pass is exact, so the
    /// phrases found, their counts and their order are as before.
    private func phrases() -> [Candidate] {
        let longest = min(max(weights.maxPhraseWords, 2), TermParts.capacity)
        // The counts saturate at 255: a higher minimum asks only that much of the hash.
        let minimum = min(max(weights.minPhraseCount, 1), 255)
        var seen = HashCounts(runs: units.count * (longest - 1))
        forEachRun(longest: longest) { parts, _ in seen.add(PhraseTable.hash(parts)) }
        var found = PhraseTable()
        forEachRun(longest: longest) { parts, first in
            guard seen.count(PhraseTable.hash(parts)) >= minimum else { return }
            found.count(parts, start: units[first].start, inLead: units[first].start < leadEnd)
        }
        return found.candidates.filter { $0.count >= weights.minPhraseCount }
    }

    /// Calls `visit` with each run of two or more adjacent units that may be a phrase, with
    /// the index of its first unit.
    private func forEachRun(longest: Int, _ visit: (TermParts, Int) -> Void) {
        for first in units.indices
        where !(weights.trimsGenericEnds && units[first].isGeneric) {
            var parts = TermParts(units[first].id)
            var last = first
            while last + 1 < units.count, last - first + 1 < longest, units[last + 1].joinsPrevious
            {
                last += 1
                parts.append(units[last].id)
                if weights.trimsGenericEnds && units[last].isGenericVerb { continue }
                visit(parts, first)
            }
        }
    }
}

/// How often each hash was seen, saturating at 255, in one byte a slot: an upper bound of
/// how often any one run with that hash occurs.
private struct HashCounts {
    private var counts: [UInt8]
    private let shift: UInt64

    init(runs: Int) {
        var size = 16
        while size < runs * 2 { size *= 2 }
        counts = [UInt8](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    mutating func add(_ hash: UInt64) {
        let slot = Int(truncatingIfNeeded: hash >> shift)
        if counts[slot] < 255 { counts[slot] += 1 }
    }

    func count(_ hash: UInt64) -> Int { Int(counts[Int(truncatingIfNeeded: hash >> shift)]) }
}

/// Phrases counted in an open-addressing table (the standard dictionary's SipHash costs more
/// than the rest of the counting).
private struct PhraseTable {
    private(set) var candidates: [Candidate] = []
    private var slots = [Int32](repeating: -1, count: 16)
    private var mask = 15
    private var shift = UInt64(60)

    static func hash(_ parts: TermParts) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for place in 0..<parts.count {
            hash = (hash ^ UInt64(UInt32(bitPattern: parts[place]))) &* 0xbf58_476d_1ce4_e5b9
        }
        return hash
    }

    mutating func count(_ parts: TermParts, start: Int, inLead: Bool) {
        let hash = Self.hash(parts)
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
        if candidates.count * 2 > slots.count { grow() }
    }

    /// Twice the slots, every candidate placed again: the table stays at most half full.
    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for index in candidates.indices {
            var slot = Int(truncatingIfNeeded: Self.hash(candidates[index].parts) >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
