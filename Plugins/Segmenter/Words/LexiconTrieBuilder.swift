/// Lays out the trie breadth-first from the sorted word list, straight into raw buffers: the
/// lexicon's half a million nodes are placed in a few tens of milliseconds at start-up.
struct LexiconTrieBuilder {
    typealias Node = LexiconTrie.Node
    /// The words below a node: a span of the sorted order, and the node's depth.
    struct Span {
        var lower: Int32
        var upper: Int32
        var depth: Int32
    }
    struct Child {
        var label: UInt32
        var lower: Int32
        var upper: Int32
    }

    private let pool: UnsafeBufferPointer<UInt32>
    private let starts: UnsafeBufferPointer<Int32>
    private let order: UnsafeBufferPointer<Int32>
    private let frequencies: UnsafeBufferPointer<Double>
    private let nodes: UnsafeMutablePointer<Node>
    private let nodeWord: UnsafeMutablePointer<Int32>
    private let spans: UnsafeMutablePointer<Span>
    private let children: UnsafeMutablePointer<Child>
    private var count = 0

    /// The nodes (with a final record holding only `firstChild`) and each node's word.
    static func build(words: WordList, order: [Int32]) -> ([Node], [Int32]) {
        // Every real node adds at most four slots (a hashed block is under four times its
        // children), so this bounds the node count; untouched capacity costs no memory.
        let capacity = 4 * words.scalars.count + 2
        var nodeWord: [Int32] = []
        let spans = UnsafeMutablePointer<Span>.allocate(capacity: capacity)
        let children = UnsafeMutablePointer<Child>.allocate(capacity: max(order.count, 1))
        defer {
            spans.deallocate()
            children.deallocate()
        }
        let nodes = [Node](unsafeUninitializedCapacity: capacity) { nodeBuffer, nodeCount in
            nodeWord = [Int32](unsafeUninitializedCapacity: capacity) { wordBuffer, wordCount in
                words.scalars.withUnsafeBufferPointer { pool in
                    words.starts.withUnsafeBufferPointer { starts in
                        order.withUnsafeBufferPointer { order in
                            words.frequencies.withUnsafeBufferPointer { frequencies in
                                var builder = LexiconTrieBuilder(
                                    pool: pool, starts: starts, order: order,
                                    frequencies: frequencies, nodes: nodeBuffer.baseAddress!,
                                    nodeWord: wordBuffer.baseAddress!, spans: spans,
                                    children: children)
                                builder.run()
                                wordCount = builder.count - 1
                                nodeCount = builder.count
                            }
                        }
                    }
                }
            }
        }
        return (nodes, nodeWord)
    }

    private mutating func run() {
        appendNode(label: 0, Span(lower: 0, upper: Int32(order.count), depth: 0))
        var node = 0
        while node < count {
            nodes[node].firstChild = Int32(count)
            addChildren(of: node)
            node += 1
        }
        // The closing record: only its `firstChild` is read, as the end of the last block.
        nodes[count] = Node(logProbability: LexiconTrie.noWord, label: 0, firstChild: Int32(count))
        count += 1
    }

    @inline(__always)
    private mutating func appendNode(label: UInt32, _ span: Span) {
        nodes[count] = Node(logProbability: LexiconTrie.noWord, label: label, firstChild: 0)
        nodeWord[count] = LexiconTrie.none
        spans[count] = span
        count += 1
    }

    @inline(__always)
    private func scalar(ofWordAt position: Int, depth: Int) -> UInt32 {
        pool[Int(starts[Int(order[position])]) + depth]
    }

    private mutating func addChildren(of node: Int) {
        let span = spans[node]
        let depth = Int(span.depth)
        var index = Int(span.lower)
        let upper = Int(span.upper)
        // Words ending at this node sort first among those below it; the last one counts.
        while index < upper {
            let word = Int(order[index])
            guard Int(starts[word + 1] - starts[word]) == depth else { break }
            nodeWord[node] = frequencies[word] > 0 ? Int32(word) : LexiconTrie.none
            index += 1
        }
        var childCount = 0
        while index < upper {
            let label = scalar(ofWordAt: index, depth: depth)
            var next = index + 1
            while next < upper && scalar(ofWordAt: next, depth: depth) == label { next += 1 }
            children[childCount] = Child(label: label, lower: Int32(index), upper: Int32(next))
            childCount += 1
            index = next
        }
        // The root's children are found through the direct table: kept in order, they sit
        // densely together instead of spread over a hashed block.
        placeChildren(childCount, depth: Int32(depth + 1), hashed: node != 0)
    }

    /// A small block in order; a large one hashed, with empty nodes in the free slots.
    private mutating func placeChildren(_ childCount: Int, depth: Int32, hashed: Bool) {
        let blockSize = hashed ? LexiconTrie.blockSize(forChildren: childCount) : childCount
        guard hashed && blockSize > LexiconTrie.linearLimit else {
            for index in 0..<childCount {
                let child = children[index]
                appendNode(
                    label: child.label, Span(lower: child.lower, upper: child.upper, depth: depth))
            }
            return
        }
        let blockStart = count
        for _ in 0..<blockSize {
            appendNode(label: LexiconTrie.emptyLabel, Span(lower: 0, upper: 0, depth: 0))
        }
        let mask = blockSize - 1
        for index in 0..<childCount {
            let child = children[index]
            var slot = LexiconTrie.hash(child.label) & mask
            while nodes[blockStart + slot].label != LexiconTrie.emptyLabel {
                slot = (slot + 1) & mask
            }
            nodes[blockStart + slot].label = child.label
            spans[blockStart + slot] = Span(lower: child.lower, upper: child.upper, depth: depth)
        }
    }
}
