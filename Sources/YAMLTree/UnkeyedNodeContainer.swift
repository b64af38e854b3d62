/// Reads a list, item by item.
struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLNode]
    /// Whether the items are the user's (a list replaces its default as a whole).
    let fromUser: Bool
    private(set) var currentIndex = 0

    init(decoder: NodeDecoder, items: [YAMLNode], fromUser: Bool) {
        self.decoder = decoder
        self.items = items
        self.fromUser = fromUser
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else {
            decoder.state.record(
                "expected more items", at: decoder.position.reportMark, codingPath: codingPath)
            throw DecodingAborted()
        }
        let index = currentIndex
        currentIndex += 1
        do {
            return try decodeItem(T.self, at: index)
        } catch {
            // The whole list falls back to its default; first find what else is wrong in it.
            for later in currentIndex..<items.count { _ = try? decodeItem(T.self, at: later) }
            currentIndex = items.count
            throw error
        }
    }

    private func decodeItem<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        let item = items[index]
        let position =
            fromUser
            ? NodePosition(user: item, fallback: nil, mark: item.mark)
            : NodePosition(user: nil, fallback: item, mark: item.mark)
        return try NodeDecoder.decodeValue(
            T.self, at: position, codingPath: codingPath + [IndexKey(index)],
            state: decoder.state)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try nextDecoder() }

    private mutating func nextDecoder() throws -> NodeDecoder {
        guard !isAtEnd else {
            decoder.state.record(
                "expected more items", at: decoder.position.reportMark, codingPath: codingPath)
            throw DecodingAborted()
        }
        let item = items[currentIndex]
        let position =
            fromUser
            ? NodePosition(user: item, fallback: nil, mark: item.mark)
            : NodePosition(user: nil, fallback: item, mark: item.mark)
        defer { currentIndex += 1 }
        return NodeDecoder(
            position: position, codingPath: codingPath + [IndexKey(currentIndex)],
            state: decoder.state)
    }
}
