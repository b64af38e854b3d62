import Foundation

/// The lexicon as a trie over Unicode scalars in one flat array of nodes, in breadth-first
/// order.
///
/// Breadth-first order puts a node's children next to each other: node `n`'s children are the
/// block `nodes[n].firstChild..<nodes[n + 1].firstChild`. A small block holds the children in
/// order; a large one (the children of 中, of 国 ...) is an open-addressing hash table of its
/// own, with empty nodes for the free slots. Each 16-byte node holds its label and its word's
/// log probability, so finding a child is one probe that lands on the very cache line the
/// best-path search reads next. The root's children, however many, stay in order: a direct
/// table indexed by scalar finds them. No dictionaries, no strings.
struct LexiconTrie: Sendable {
    struct Node: Sendable {
        /// `log(frequency) - log(total)` of the word ending here; positive when no word does.
        var logProbability: Double
        /// The scalar on the edge from the parent in the low 21 bits, the word's tag (an index
        /// in the word list's tags) in the top 8: the tag is at hand when a token is made.
        var labelAndTag: UInt32
        var firstChild: Int32

        init(logProbability: Double, label: UInt32, firstChild: Int32) {
            self.logProbability = logProbability
            self.labelAndTag = label | UInt32(WordList.noTag) << 24
            self.firstChild = firstChild
        }

        @inline(__always) var hasWord: Bool { logProbability <= 0 }

        @inline(__always) var label: UInt32 {
            get { labelAndTag & 0x1F_FFFF }
            set { labelAndTag = labelAndTag & 0xFF00_0000 | newValue }
        }

        @inline(__always) var tag: UInt8 {
            get { UInt8(truncatingIfNeeded: labelAndTag >> 24) }
            set { labelAndTag = labelAndTag & 0x1F_FFFF | UInt32(newValue) << 24 }
        }
    }

    /// Root children for scalars below this bound are read straight from `rootChildren`.
    static let directLimit = 0x32000
    static let root: Int32 = 0
    static let none: Int32 = -1
    static let noWord = 1.0

    /// One more record than there are nodes: the last holds only `firstChild`.
    private(set) var nodes: [Node]
    /// Per node: the word (an index in the word list) ending there, or -1.
    private(set) var nodeWord: [Int32]
    private(set) var rootChildren: [Int32]
    /// The sum of the frequencies of the words in the trie.
    private(set) var total: Double = 0

    var nodeCount: Int { nodeWord.count }

    /// Builds the trie of `words`, taken in `order` (sorted by scalars). Of equal words the
    /// last in `order` counts; a word whose frequency is zero is left out.
    init(words: WordList, order: [Int32]) {
        (nodes, nodeWord) = LexiconTrieBuilder.build(words: words, order: order)
        rootChildren = Array(repeating: Self.none, count: Self.directLimit)
        for child in Int(nodes[0].firstChild)..<Int(nodes[1].firstChild)
        where nodes[child].label != Self.emptyLabel && nodes[child].label < Self.directLimit {
            rootChildren[Int(nodes[child].label)] = Int32(child)
        }
        setWords(words)
    }

    /// Puts each word's log probability and tag into its node.
    private mutating func setWords(_ words: WordList) {
        total = 0
        for word in nodeWord where word >= 0 { total += words.frequencies[Int(word)] }
        let logTotal = log(max(total, 1))
        for (node, word) in nodeWord.enumerated() where word >= 0 {
            nodes[node].logProbability = log(max(words.frequencies[Int(word)], 1)) - logTotal
            nodes[node].tag = words.tagIDs[Int(word)]
        }
    }

    /// Up to this many children are kept in order and searched one by one; more children get
    /// a hashed block twice their number, rounded up to a power of two.
    static let linearLimit = 8
    /// The label of an unused node in a hashed block (no word holds U+0000).
    static let emptyLabel: UInt32 = 0

    static func blockSize(forChildren count: Int) -> Int {
        guard count > linearLimit else { return count }
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }

    @inline(__always)
    static func hash(_ scalar: UInt32) -> Int {
        Int(truncatingIfNeeded: (scalar &* 0x9E37_79B1) >> 7)
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    func child(of node: Int32, _ scalar: UInt32) -> Int32 {
        if node == Self.root {
            if scalar < Self.directLimit { return rootChildren[Int(scalar)] }
            // Beyond the direct table (never an ideograph): the root's ordered block.
            let children = Int(nodes[0].firstChild)..<Int(nodes[1].firstChild)
            return children.first { nodes[$0].label == scalar }.map(Int32.init) ?? Self.none
        }
        return nodes.withUnsafeBufferPointer { nodes in
            Self.child(of: Int(node), scalar, in: nodes)
        }
    }

    /// The child of `node` (not the root) whose label is `scalar`, or -1: one probe or two in a
    /// hashed block, a short scan in a small one.
    @inline(__always)
    static func child(of node: Int, _ scalar: UInt32, in nodes: UnsafeBufferPointer<Node>)
        -> Int32
    {
        let lower = Int(nodes[node].firstChild)
        let size = Int(nodes[node + 1].firstChild) - lower
        if size > linearLimit {
            let mask = size - 1
            var slot = hash(scalar) & mask
            while true {
                let label = nodes[lower + slot].label
                if label == scalar { return Int32(lower + slot) }
                if label == emptyLabel { return none }
                slot = (slot + 1) & mask
            }
        }
        for child in lower..<(lower + size) where nodes[child].label == scalar {
            return Int32(child)
        }
        return none
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
}
