/// Turns any `Encodable` (a processor's finding) into a `JSONValue`, keeping keys in the
/// order the type encodes them, so a finding's JSON is as deterministic as the rest.
///
/// Optional properties encoded with `encodeIfPresent` (the synthesised default) are left
/// out; non-finite numbers are refused, since JSON has no way to write them.
public struct JSONValueEncoder: Sendable {
    public init() {}

    public func encode(_ value: some Encodable) throws -> JSONValue {
        let root = EncodingNode()
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        return root.resolved()
    }
}

/// A value being built: empty until a container or a scalar is written into it.
private final class EncodingNode {
    enum Content {
        case empty
        case scalar(JSONValue)
        case object([(key: String, node: EncodingNode)])
        case array([EncodingNode])
    }

    var content: Content = .empty

    func resolved() -> JSONValue {
        switch content {
        case .empty: return .object([])
        case .scalar(let value): return value
        case .object(let members): return .object(members.map { ($0.key, $0.node.resolved()) })
        case .array(let items): return .array(items.map { $0.resolved() })
        }
    }

    /// The child node under `key`, replacing an earlier value under the same key.
    func member(_ key: String) -> EncodingNode {
        let child = EncodingNode()
        guard case .object(var members) = content else {
            content = .object([(key, child)])
            return child
        }
        // Let go of the enum's reference first, or the change below copies every member.
        content = .empty
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = child
        } else {
            members.append((key, child))
        }
        content = .object(members)
        return child
    }

    func appended() -> EncodingNode {
        let child = EncodingNode()
        guard case .array(var items) = content else {
            content = .array([child])
            return child
        }
        // As in `member`: without this, every append copied the array (quadratic time).
        content = .empty
        items.append(child)
        content = .array(items)
        return child
    }

    /// Replaces a finished subtree by its value. A value passed to `encode` is finished
    /// when the call returns, so its nodes (a class instance per value, beside the value
    /// itself) need not wait for the whole tree: without this, a finding of a million
    /// numbers held both trees at once, about 600 bytes a number.
    func collapse() {
        switch content {
        case .object, .array: content = .scalar(resolved())
        case .empty, .scalar: break
        }
    }

    var arrayCount: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }
}

private struct TreeEncoder: Encoder {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

/// Writes one value into a node: scalars directly, anything else through its `encode(to:)`.
private func encodeValue(
    _ value: some Encodable, into node: EncodingNode, codingPath: [any CodingKey]
) throws {
    switch value {
    case let flag as Bool: node.content = .scalar(.bool(flag))
    case let text as String: node.content = .scalar(.string(text))
    case let number as Double: node.content = .scalar(try finite(number, codingPath))
    case let number as Float: node.content = .scalar(try finite(Double(number), codingPath))
    case let number as any BinaryInteger:
        guard let exact = Int(exactly: number) else {
            throw EncodingError.invalidValue(
                number, .init(codingPath: codingPath, debugDescription: "integer out of range"))
        }
        node.content = .scalar(.int(exact))
    default:
        try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
    }
}

private func finite(_ number: Double, _ codingPath: [any CodingKey]) throws -> JSONValue {
    guard number.isFinite else { throw nonFiniteNumberError(number, codingPath) }
    return .double(number)
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.member(key.stringValue).content = .scalar(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let child = node.member(key.stringValue)
        try encodeValue(value, into: child, codingPath: codingPath + [key])
        child.collapse()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
            .unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var count: Int { node.arrayCount }

    private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(count)] }

    mutating func encodeNil() throws { node.appended().content = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        let child = node.appended()
        try encodeValue(value, into: child, codingPath: path)
        child.collapse()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return TreeEncoder(node: node.appended(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return TreeEncoder(node: node.appended(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return TreeEncoder(node: node.appended(), codingPath: path)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node, codingPath: codingPath)
    }
}
