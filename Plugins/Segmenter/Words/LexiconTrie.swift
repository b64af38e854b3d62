/// The lexicon as a trie over Unicode scalars, kept in a few flat arrays.
///
/// A node's children are found through one open-addressing hash table keyed by
/// `(parent << 21) | scalar` (a scalar needs 21 bits), and the root's children through a
/// direct table for the scalars most text uses, so a lookup is an array read or a short probe:
/// no dictionaries of `String`, nothing to hash but an integer.
struct LexiconTrie: Sendable {
    /// Root children for scalars below this bound are read straight from `rootChildren`.
    static let directLimit = 0x32000
    static let root: Int32 = 0
    static let none: Int32 = -1

    private(set) var rootChildren: [Int32]
    private(set) var keys: [UInt64]
    private(set) var children: [Int32]
    private var mask: Int
    private var edgeCount = 0
    /// Per node: the index of the word ending there, or -1 (a mere prefix).
    private(set) var nodeWord: [Int32]
    /// Per node: whether any longer word continues through it.
    private(set) var nodeHasChildren: [Bool]

    init(expectedEdges: Int) {
        rootChildren = Array(repeating: Self.none, count: Self.directLimit)
        var capacity = 1024
        while capacity < expectedEdges * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        children = Array(repeating: Self.none, count: capacity)
        mask = capacity - 1
        nodeWord = [Self.none]
        nodeHasChildren = [false]
    }

    @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int {
        // Fibonacci hashing: the multiply spreads the low scalar bits over the whole word.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    func child(of node: Int32, _ scalar: UInt32) -> Int32 {
        if node == Self.root && scalar < Self.directLimit {
            return rootChildren[Int(scalar)]
        }
        let key = (UInt64(UInt32(bitPattern: node)) << 21) | UInt64(scalar)
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return children[slot] }
            if found == 0 { return Self.none }
            slot = (slot + 1) & mask
        }
    }

    /// The node reached by `scalars` from the root, creating missing nodes.
    mutating func insert<S: Sequence>(_ scalars: S) -> Int32 where S.Element == UInt32 {
        var node = Self.root
        for scalar in scalars {
            let next = child(of: node, scalar)
            if next != Self.none {
                node = next
                continue
            }
            let created = Int32(nodeWord.count)
            nodeWord.append(Self.none)
            nodeHasChildren.append(false)
            nodeHasChildren[Int(node)] = true
            if node == Self.root && scalar < Self.directLimit {
                rootChildren[Int(scalar)] = created
            } else {
                addEdge(from: node, scalar, to: created)
            }
            node = created
        }
        return node
    }

    mutating func setWord(_ word: Int32, at node: Int32) {
        nodeWord[Int(node)] = word
    }

    /// The node for exactly `scalars`, or -1.
    func find<C: Collection>(_ scalars: C) -> Int32 where C.Element == UInt32 {
        var node = Self.root
        for scalar in scalars {
            node = child(of: node, scalar)
            if node == Self.none { return Self.none }
        }
        return node
    }

    private mutating func addEdge(from node: Int32, _ scalar: UInt32, to child: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let key = (UInt64(UInt32(bitPattern: node)) << 21) | UInt64(scalar)
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        children = Array(repeating: Self.none, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = Self.slot(of: oldKeys[index], mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            children[slot] = oldChildren[index]
        }
    }
}
