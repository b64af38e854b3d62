/// A set of words with a value each, matched longest-first against the text at a position.
///
/// Latin letters are matched case-insensitively (full-width ones too) and a Latin word must
/// not run on into another letter; Chinese words may have layout spaces between their
/// characters (`个 百 分点`) when the caller allows it.
struct WordTable<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [Unicode.Scalar: Int] = [:]
        var value: Value?
    }

    private var nodes = [Node()]

    init(_ entries: [(String, Value)]) {
        for (word, value) in entries { insert(word, value) }
    }

    private mutating func insert(_ word: String, _ value: Value) {
        var node = 0
        for scalar in word.unicodeScalars {
            let key = Numeral.latinLower(scalar) ?? scalar
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].value = value
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
                nodes[node].children[scalar] == nil
            {
                index += 1
                continue
            }
            guard let next = nodes[node].children[Numeral.latinLower(scalar) ?? scalar] else {
                break
            }
            node = next
            index += 1
            if let value = nodes[node].value, Self.endsWord(text, at: index) {
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

    /// The text between two offsets.
    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[start..<end])
        return String(view)
    }
}
