/// A read-only hash table from words (as Unicode scalar values) to a 32-bit payload, looked
/// up straight from an article's scalars: no `String` is made, hashed or compared per token.
///
/// Built for the 270,000-word IDF table, where a lookup is a cache miss or two: each entry
/// keeps its payload and length beside its scalars in one pool, and each slot keeps a check
/// of the hash and length, so a lookup reads one slot and (when the check agrees) one place
/// in the pool.
struct ScalarTable: Sendable {
    /// Entries one after another: payload, length, then the scalars.
    private var pool: [UInt32] = []
    /// Where each entry starts in `pool`, in the order added.
    private var starts: [Int32] = []
    /// Open addressing, the size a power of two: 0 for empty, else the entry's place in the
    /// pool + 1 in the low 32 bits and a check (length and hash bits) in the high 32.
    private var slots: [UInt64] = []
    private var mask = 0
    /// The slot of a hash is its top bits: the well-mixed ones.
    private var shift: UInt64 = 63

    var count: Int { starts.count }

    /// The payload of a word in the table, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64) -> UInt32? {
        guard mask > 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash >> shift)
        let check = Self.check(hash: hash, length: key.count)
        while true {
            let packed = slots[slot]
            if packed == 0 { return nil }
            let start = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
            if packed >> 32 == check && equals(start, key) { return pool[start] }
            slot = (slot + 1) & mask
        }
    }

    func find(_ word: String) -> UInt32? {
        let key = word.unicodeScalars.map(\.value)
        return key.withUnsafeBufferPointer { find($0, hash: scalarHash($0)) }
    }

    /// The scalars of the entry added `index`-th.
    func key(_ index: Int) -> ArraySlice<UInt32> {
        let start = Int(starts[index])
        return pool[(start + 2)..<(start + 2 + Int(pool[start + 1]))]
    }

    /// Adds a word (no check for duplicates: use `find` first).
    mutating func append(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64, payload: UInt32) {
        let start = pool.count
        starts.append(Int32(start))
        pool.append(payload)
        pool.append(UInt32(key.count))
        pool.append(contentsOf: key)
        if starts.count * 3 > slots.count * 2 {
            rehash(capacity: max(16, slots.count * 2))
        } else {
            place(start, hash: hash, length: key.count)
        }
    }

    /// Changes the payload of the entry at the word's place (found with `find`).
    mutating func update(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64, payload: UInt32) {
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 {
            let start = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
            if equals(start, key) {
                pool[start] = payload
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Room for `count` entries of about `scalars` scalars in all without growing.
    mutating func reserve(_ count: Int, scalars: Int) {
        pool.reserveCapacity(count * 2 + scalars)
        starts.reserveCapacity(count)
        var size = 16
        while size * 2 < count * 3 { size *= 2 }
        if size > slots.count { rehash(capacity: size) }
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for index in starts.indices {
            let start = Int(starts[index])
            let length = Int(pool[start + 1])
            let hash = pool.withUnsafeBufferPointer {
                scalarHash(UnsafeBufferPointer(rebasing: $0[(start + 2)..<(start + 2 + length)]))
            }
            place(start, hash: hash, length: length)
        }
    }

    private mutating func place(_ start: Int, hash: UInt64, length: Int) {
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.check(hash: hash, length: length) << 32 | UInt64(start + 1)
    }

    /// The length (up to 255) and 24 low bits of the hash, which the slot index does not use.
    @inline(__always)
    private static func check(hash: UInt64, length: Int) -> UInt64 {
        UInt64(min(length, 255)) << 24 | (hash & 0xFF_FFFF)
    }

    @inline(__always)
    private func equals(_ start: Int, _ key: UnsafeBufferPointer<UInt32>) -> Bool {
        guard Int(pool[start + 1]) == key.count else { return false }
        for offset in 0..<key.count where pool[start + 2 + offset] != key[offset] { return false }
        return true
    }
}

/// FNV-1a over the scalar values, finished with a multiply so the top bits mix well.
@inline(__always)
func scalarHash(_ key: UnsafeBufferPointer<UInt32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in key {
        hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
    }
    return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
}
