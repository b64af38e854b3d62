import Foundation

/// The lexicon as a trie over Unicode scalars in flat arrays, nodes in breadth-first order.
///
/// Breadth-first order puts a node's children next to each other, sorted by scalar: node `n`'s
/// children are the nodes `firstChild[n]..<firstChild[n + 1]`, and `labels` holds the scalar
/// leading to each node. The root's children are also in a direct table indexed by scalar. A
/// lookup is an array read or a short search in one small contiguous block: no dictionaries,
/// no hashing. What the best-path search reads of a node sits in one 16-byte record.
struct LexiconTrie: Sendable {
    struct Node: Sendable {
        /// `log(frequency) - log(total)` of the word ending here (meaningless without a word).
        var logProbability: Double
        /// The word (an index in the word list) ending here, or -1.
        var word: Int32
        var firstChild: Int32
    }

    /// Root children for scalars below this bound are read straight from `rootChildren`.
    static let directLimit = 0x32000
    static let root: Int32 = 0
    static let none: Int32 = -1

    private(set) var labels: [UInt32]
    /// One more entry than there are nodes, so that `firstChild[n + 1]` always exists.
    private(set) var firstChild: [Int32]
    /// Per node: the word (an index in the word list) ending there, or -1.
    private(set) var nodeWord: [Int32]
    private(set) var rootChildren: [Int32]
    /// One more record than there are nodes (the last holds only `firstChild`).
    private(set) var nodes: [Node] = []
    /// The sum of the frequencies of the words in the trie.
    private(set) var total: Double = 0

    var nodeCount: Int { labels.count }

    /// Builds the trie of `words`, taken in `order` (sorted by scalars). Of equal words the
    /// last in `order` counts; a word whose frequency is zero is left out.
    init(words: WordList, order: [Int32]) {
        labels = [0]
        firstChild = []
        rootChildren = Array(repeating: Self.none, count: Self.directLimit)
        nodeWord = [Self.none]
        labels.reserveCapacity(words.scalars.count / 2)
        nodeWord.reserveCapacity(words.scalars.count / 2)
        firstChild.reserveCapacity(words.scalars.count / 2)
        // Per node while building: the span of `order` holding the words below it, and depth.
        var spans: [(lower: Int32, upper: Int32, depth: Int32)] = [(0, Int32(order.count), 0)]
        words.scalars.withUnsafeBufferPointer { pool in
            words.starts.withUnsafeBufferPointer { starts in
                var node = 0
                while node < spans.count {
                    let span = spans[node]
                    firstChild.append(Int32(labels.count))
                    addChildren(
                        of: node, span, order: order, pool: pool, starts: starts, words: words,
                        spans: &spans)
                    node += 1
                }
            }
        }
        firstChild.append(Int32(labels.count))
        for child in Int(firstChild[0])..<Int(firstChild[1]) where labels[child] < Self.directLimit
        {
            rootChildren[Int(labels[child])] = Int32(child)
        }
        makeRecords(frequencies: words.frequencies)
    }

    private mutating func makeRecords(frequencies: [Double]) {
        total = 0
        for word in nodeWord where word >= 0 { total += frequencies[Int(word)] }
        let logTotal = log(max(total, 1))
        nodes = (0..<firstChild.count).map { node in
            let word = node < nodeWord.count ? nodeWord[node] : Self.none
            let logProbability =
                word >= 0 ? log(max(frequencies[Int(word)], 1)) - logTotal : -logTotal
            return Node(logProbability: logProbability, word: word, firstChild: firstChild[node])
        }
    }

    private mutating func addChildren(
        of node: Int, _ span: (lower: Int32, upper: Int32, depth: Int32), order: [Int32],
        pool: UnsafeBufferPointer<UInt32>, starts: UnsafeBufferPointer<Int32>, words: WordList,
        spans: inout [(lower: Int32, upper: Int32, depth: Int32)]
    ) {
        let depth = Int(span.depth)
        var index = Int(span.lower)
        let upper = Int(span.upper)
        // Words ending at this node sort first among those below it.
        while index < upper {
            let word = Int(order[index])
            guard Int(starts[word + 1] - starts[word]) == depth else { break }
            nodeWord[node] = words.frequencies[word] > 0 ? Int32(word) : Self.none
            index += 1
        }
        while index < upper {
            let label = pool[Int(starts[Int(order[index])]) + depth]
            var next = index + 1
            while next < upper && pool[Int(starts[Int(order[next])]) + depth] == label {
                next += 1
            }
            labels.append(label)
            nodeWord.append(Self.none)
            spans.append((Int32(index), Int32(next), Int32(depth + 1)))
            index = next
        }
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    func child(of node: Int32, _ scalar: UInt32) -> Int32 {
        if node == Self.root && scalar < Self.directLimit {
            return rootChildren[Int(scalar)]
        }
        return labels.withUnsafeBufferPointer { labels in
            Self.search(labels, Int(firstChild[Int(node)])..<Int(firstChild[Int(node) + 1]), scalar)
        }
    }

    /// The node among `children` (a block of sorted labels) whose label is `scalar`, or -1.
    @inline(__always)
    static func search(
        _ labels: UnsafeBufferPointer<UInt32>, _ children: Range<Int>, _ scalar: UInt32
    ) -> Int32 {
        var lower = children.lowerBound
        var upper = children.upperBound
        while upper - lower > 8 {
            let middle = (lower + upper) >> 1
            if labels[middle] <= scalar { lower = middle } else { upper = middle }
        }
        while lower < upper {
            if labels[lower] == scalar { return Int32(lower) }
            lower += 1
        }
        return Self.none
    }

    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool {
        firstChild[Int(node) + 1] > firstChild[Int(node)]
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
