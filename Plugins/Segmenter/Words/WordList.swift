import PresswatchCore

/// The lexicon's words as read, in file order: their scalars in one pool, and per word its
/// frequency and tag. The trie is built from it, and a user dictionary extends a copy of it.
struct WordList: Sendable {
    static let noTag: UInt8 = 255

    private(set) var scalars: [UInt32] = []
    /// Word `i` is `scalars[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [Int32] = [0]
    private(set) var frequencies: [Double] = []
    private(set) var tagIDs: [UInt8] = []
    /// The distinct tags, in order of first appearance; a word's tag is an index here.
    private(set) var tagNames: [PartOfSpeech] = []
    /// The tags packed into integers (up to 8 ASCII bytes), parallel to `tagNames`.
    private var packedTags: [UInt64] = []

    var count: Int { frequencies.count }

    mutating func reserve(words: Int, scalars scalarCount: Int) {
        scalars.reserveCapacity(scalarCount)
        starts.reserveCapacity(words + 1)
        frequencies.reserveCapacity(words)
        tagIDs.reserveCapacity(words)
    }

    /// Appends a word. A later entry for the same word replaces an earlier one; a frequency of
    /// zero removes the word.
    mutating func append(_ word: [UInt32], frequency: Double, packedTag: UInt64) {
        scalars.append(contentsOf: word)
        starts.append(Int32(scalars.count))
        frequencies.append(frequency)
        tagIDs.append(packedTag == 0 ? Self.noTag : tagID(packed: packedTag))
    }

    @inline(__always)
    func length(of word: Int) -> Int { Int(starts[word + 1] - starts[word]) }

    func tag(of word: Int) -> PartOfSpeech? {
        let id = tagIDs[word]
        return id == Self.noTag ? nil : tagNames[Int(id)]
    }

    func packedTag(of word: Int) -> UInt64 {
        let id = tagIDs[word]
        return id == Self.noTag ? 0 : packedTags[Int(id)]
    }

    /// Word indices sorted by their scalars; equal words keep their file order.
    func sortedOrder() -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        scalars.withUnsafeBufferPointer { pool in
            starts.withUnsafeBufferPointer { starts in
                func precedes(_ a: Int32, _ b: Int32) -> Bool {
                    var i = Int(starts[Int(a)])
                    var j = Int(starts[Int(b)])
                    let aEnd = Int(starts[Int(a) + 1])
                    let bEnd = Int(starts[Int(b) + 1])
                    while i < aEnd && j < bEnd {
                        if pool[i] != pool[j] { return pool[i] < pool[j] }
                        i += 1
                        j += 1
                    }
                    if (aEnd - i) != (bEnd - j) { return i == aEnd }
                    return a < b
                }
                // The lexicon comes sorted already: check before paying for a sort.
                let isSorted = zip(order, order.dropFirst()).allSatisfy { precedes($0, $1) }
                if !isSorted { order.sort(by: precedes) }
            }
        }
        return order
    }

    /// The tag's index, registering a new tag.
    private mutating func tagID(packed: UInt64) -> UInt8 {
        if let index = packedTags.firstIndex(of: packed) { return UInt8(index) }
        guard packedTags.count < Int(Self.noTag) else { return Self.noTag }
        packedTags.append(packed)
        var bytes: [UInt8] = []
        var rest = packed
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        tagNames.append(PartOfSpeech(String(decoding: bytes, as: UTF8.self)))
        return UInt8(packedTags.count - 1)
    }
}
