/// A set of words with a value each, matched longest-first against the text at a position.
///
/// Latin letters are matched case-insensitively (full-width ones too) and a Latin word must
/// not run on into another letter; Chinese words may have layout spaces between their
/// characters (`个 百 分点`) when the caller allows it.
struct WordTable<Value: Sendable>: Sendable {
    /// Each node's children sit side by side in `keys` and `targets`, sorted by key, from
    /// `firstChild[node]` for `childCount[node]`: a look-up compares a few integers where a
    /// dictionary per node hashed every scalar of every look-up.
    private var firstChild: [Int32] = []
    private var childCount: [Int32] = []
    private var keys: [UInt32] = []
    private var targets: [Int32] = []
    private var values: [Value?] = []

    init(_ entries: [(String, Value)]) {
        // Built breadth first from the words in sorted order, with no dictionary per node
        // (which cost more than the look-ups of a whole page): a node is a run of sorted
        // words sharing its prefix, and its children, numbered as they are met, sit side
        // by side. Equal words keep their given order, so the last one's value wins.
        let words = entries.enumerated().map { offset, entry in
            (
                keys: entry.0.unicodeScalars.map { (Numeral.latinLower($0) ?? $0).value },
                value: entry.1, offset: offset
            )
        }.sorted {
            $0.keys == $1.keys
                ? $0.offset < $1.offset : $0.keys.lexicographicallyPrecedes($1.keys)
        }
        // Each node's words (`words[low..<high]`) and the depth of its key.
        var nodes: [(low: Int, high: Int, depth: Int)] = [(0, words.count, 0)]
        values = [nil]
        var node = 0
        while node < nodes.count {
            let (low, high, depth) = nodes[node]
            firstChild.append(Int32(keys.count))
            var index = low
            // The words that end here come first.
            while index < high, words[index].keys.count == depth {
                values[node] = words[index].value
                index += 1
            }
            var children: Int32 = 0
            while index < high {
                let key = words[index].keys[depth]
                var end = index + 1
                while end < high, words[end].keys[depth] == key { end += 1 }
                keys.append(key)
                targets.append(Int32(nodes.count))
                nodes.append((index, end, depth + 1))
                values.append(nil)
                children += 1
                index = end
            }
            childCount.append(children)
            node += 1
        }
    }

    /// The child of `node` under `key`, if any.
    private func child(_ node: Int, _ key: UInt32) -> Int? {
        var low = Int(firstChild[node])
        var high = low + Int(childCount[node])
        while high - low > 4 {
            let middle = (low + high) / 2
            if keys[middle] <= key { low = middle } else { high = middle }
        }
        while low < high {
            if keys[low] == key { return Int(targets[low]) }
            low += 1
        }
        return nil
    }

    /// The longest word starting at `start`, with the offset just after it.
    func longestMatch(
        in text: [Unicode.Scalar], at start: Int, spaced: Bool = false
    ) -> (value: Value, end: Int)? {
        var node = 0
        var index = start
        var best: (value: Value, end: Int)?
        while index < text.count {
            let scalar = text[index]
            if spaced, index > start, Numeral.isInlineSpace(scalar),
                child(node, scalar.value) == nil
            {
                index += 1
                continue
            }
            guard let next = child(node, (Numeral.latinLower(scalar) ?? scalar).value) else {
                break
            }
            node = next
            index += 1
            if let value = values[node], Self.endsWord(text, at: index) {
                best = (value, index)
            }
        }
        return best
    }

    /// A Latin word ends where no Latin letter follows its last letter.
    private static func endsWord(_ text: [Unicode.Scalar], at end: Int) -> Bool {
        guard end < text.count, Numeral.latinLower(text[end - 1]) != nil else { return true }
        return Numeral.latinLower(text[end]) == nil
    }
}

extension Array where Element == Unicode.Scalar {
    /// The first offset at or after `index` that is not a layout space.
    func skippingSpaces(from index: Int) -> Int {
        var index = index
        while index < count, Numeral.isInlineSpace(self[index]) { index += 1 }
        return index
    }

    /// Whether `word` is spelled at `index` (Latin case-insensitively), and where it ends.
    func match(_ word: String, at index: Int, spaced: Bool = false) -> Int? {
        var position = index
        for scalar in word.unicodeScalars {
            if spaced, position > index { position = skippingSpaces(from: position) }
            guard position < count else { return nil }
            let here = self[position]
            guard here == scalar || Numeral.latinLower(here) == scalar else { return nil }
            position += 1
        }
        return position
    }

    /// The text between two offsets, encoded to UTF-8 in one buffer: appending scalars to a
    /// `String.UnicodeScalarView` cost thousands of instructions per figure.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
                var count = 0
                for index in start..<end {
                    let value = scalars[index].value
                    if value < 0x80 {
                        buffer[count] = UInt8(value)
                        count += 1
                    } else if value < 0x800 {
                        buffer[count] = UInt8(0xC0 | (value >> 6))
                        buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                        count += 2
                    } else if value < 0x10000 {
                        buffer[count] = UInt8(0xE0 | (value >> 12))
                        buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                        count += 3
                    } else {
                        buffer[count] = UInt8(0xF0 | (value >> 18))
                        buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                        buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                        count += 4
                    }
                }
                return count
            }
        }
    }
}
