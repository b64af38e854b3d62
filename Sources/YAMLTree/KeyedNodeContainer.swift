/// Reads a mapping: the user's keys first, the defaults for the keys they left out.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let user: [(key: YAMLNode, value: YAMLNode)]?
    let fallback: [(key: YAMLNode, value: YAMLNode)]
    /// The user's mapping as the state knows it, for the unknown-key check.
    let visit: String?

    var codingPath: [any CodingKey] { decoder.codingPath }
    private var state: DecodingState { decoder.state }

    var allKeys: [Key] {
        var names = (user ?? []).compactMap(\.key.scalarText)
        for name in fallback.compactMap(\.key.scalarText) where !names.contains(name) {
            names.append(name)
        }
        return names.compactMap { Key(stringValue: KeyCase.camel($0)) ?? Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        let child = position(of: key)
        return child.user != nil || child.fallback != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        position(of: key).effective?.isNull ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = position(of: key)
        guard child.user != nil || child.fallback != nil else {
            state.record(
                "missing key '\(KeyCase.snake(key.stringValue))'", at: child.mark,
                codingPath: codingPath)
            abort()
            throw DecodingAborted()
        }
        do {
            return try NodeDecoder.decodeValue(
                T.self, at: child, codingPath: codingPath + [key], state: state)
        } catch {
            if let value = defaultValue(T.self, for: child, key: key) { return value }
            abort()
            throw error
        }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let child = position(of: key)
        guard let node = child.effective, !node.isNull else { return nil }
        do {
            return try NodeDecoder.decodeValue(
                T.self, at: child, codingPath: codingPath + [key], state: state)
        } catch {
            // The problem is recorded; nil lets the type go on asking for its other keys.
            return defaultValue(T.self, for: child, key: key)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try childDecoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try childDecoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> any Decoder { childDecoder(key) }

    private func childDecoder(_ key: Key) -> NodeDecoder {
        NodeDecoder(position: position(of: key), codingPath: codingPath + [key], state: state)
    }

    /// The user's and the default value under `key`; asking marks the key as known.
    private func position(of key: Key) -> NodePosition {
        let name = KeyCase.snake(key.stringValue)
        if let visit { state.ask(name, in: visit) }
        let userPair = user?.first { $0.key.scalarText == name }
        let fallbackPair = fallback.first { $0.key.scalarText == name }
        let enclosing = decoder.position.user?.mark ?? decoder.position.mark
        return NodePosition(
            user: userPair?.value, fallback: fallbackPair?.value,
            mark: userPair?.key.mark ?? enclosing)
    }

    /// The default in place of a user value that was wrong (already reported), so decoding
    /// can go on and find the other problems.
    private func defaultValue<T: Decodable>(_ type: T.Type, for child: NodePosition, key: Key)
        -> T?
    {
        guard child.user != nil, let fallback = child.fallback else { return nil }
        let before = state.errorCount
        let defaultOnly = NodePosition(user: nil, fallback: fallback, mark: child.mark)
        guard
            let value = try? NodeDecoder.decodeValue(
                T.self, at: defaultOnly, codingPath: codingPath + [key], state: state)
        else {
            state.dropErrors(after: before)
            return nil
        }
        return value
    }

    private func abort() {
        if let visit { state.abort(visit) }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type, key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try opt(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try opt(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try opt(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try opt(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try opt(type, key)
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try opt(type, key)
    }

    // The fixed-type overloads all go through the generic paths above.
    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try decode(type, forKey: key)
    }

    private func opt<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }
}
