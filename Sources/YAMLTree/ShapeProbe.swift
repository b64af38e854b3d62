/// The decoder behind `ValueShape.of`: it hands a type's `init(from:)` a sample for every
/// value asked (`false`, `0`, `""`, an enum's first case, a list of one sample) and records
/// the type asked for each key, so the shape comes from the type's own decoding code.
final class ShapeProbe: Decoder {
    /// What this position turned out to hold, as the type asked for it.
    private enum Found {
        case nothing
        case fixed(ValueShape)
        case mapping([(key: String, probe: ShapeProbe, isOptional: Bool)])
        case list(element: ShapeProbe?)
    }

    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var found = Found.nothing

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    /// A sample of `type` and its shape.
    static func sample<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) throws -> (
        value: T, shape: ValueShape
    ) {
        let probe = ShapeProbe(codingPath: codingPath)
        let value = try probe.sample(T.self)
        return (value, probe.shape)
    }

    /// The shape recorded here; a type that asked for nothing reads an empty mapping.
    var shape: ValueShape {
        switch found {
        case .nothing: return .mapping([])
        case .fixed(let shape): return shape
        case .mapping(let fields):
            return .mapping(
                fields.map {
                    ShapeField(key: $0.key, shape: $0.probe.shape, isOptional: $0.isOptional)
                })
        case .list(let element): return .list(element?.shape ?? .node)
        }
    }

    /// A sample of `type`, recording its shape at this position. The special cases are those
    /// `NodeDecoder.decodeValue` makes: a node, a string-keyed dictionary, an enum.
    private func sample<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == YAMLNode.self {
            found = .fixed(.node)
            return YAMLNode.scalar("", quoted: false, mark: Mark(line: 1, column: 1)) as! T
        }
        if let dictionaryType = T.self as? any ShapedDictionary.Type {
            found = .fixed(.dictionary(try dictionaryType.valueShape(codingPath: codingPath)))
            return dictionaryType.empty as! T
        }
        if let enumType = T.self as? any (CaseIterable & RawRepresentable).Type,
            let first = Self.firstCase(of: enumType)
        {
            found = .fixed(.oneOf(Self.rawValues(of: enumType)))
            return first as! T
        }
        return try T(from: self)
    }

    private func record(_ shape: ValueShape) {
        found = .fixed(shape)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if case .mapping = found {
        } else {
            found = .mapping([])
        }
        return KeyedDecodingContainer(KeyedShapeContainer<Key>(probe: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        found = .list(element: nil)
        return UnkeyedShapeContainer(probe: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleShapeContainer(probe: self)
    }

    /// A child probe for `key` of the mapping here, recorded in the order asked.
    fileprivate func field(_ key: any CodingKey, isOptional: Bool) -> ShapeProbe {
        let child = ShapeProbe(codingPath: codingPath + [key])
        if case .mapping(var fields) = found {
            let name = KeyCase.snake(key.stringValue)
            fields.removeAll { $0.key == name }
            fields.append((name, child, isOptional))
            found = .mapping(fields)
        }
        return child
    }

    /// A child probe for the items of the list here.
    fileprivate func element() -> ShapeProbe {
        let child = ShapeProbe(codingPath: codingPath + [IndexKey(0)])
        found = .list(element: child)
        return child
    }

    fileprivate func sampleScalar<T>(_ shape: ValueShape, _ value: T) -> T {
        record(shape)
        return value
    }

    fileprivate static func child<T: Decodable>(_ type: T.Type, in probe: ShapeProbe) throws -> T {
        try probe.sample(T.self)
    }

    private static func firstCase<E: CaseIterable>(of type: E.Type) -> E? {
        type.allCases.first
    }

    private static func rawValues<E: CaseIterable & RawRepresentable>(of type: E.Type) -> [String] {
        type.allCases.map { "\($0.rawValue)" }
    }
}

/// A string-keyed dictionary: its keys are data, so its shape is the shape of its values.
protocol ShapedDictionary {
    static var empty: Self { get }
    static func valueShape(codingPath: [any CodingKey]) throws -> ValueShape
}

extension Dictionary: ShapedDictionary where Key == String, Value: Decodable {
    static var empty: Self { [:] }
    static func valueShape(codingPath: [any CodingKey]) throws -> ValueShape {
        try ShapeProbe.sample(Value.self, codingPath: codingPath + [EntryKey("*")]).shape
    }
}

private struct KeyedShapeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let probe: ShapeProbe
    var codingPath: [any CodingKey] { probe.codingPath }
    // Every key is there: the type asks for all it reads, and each answer is a sample.
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ShapeProbe.child(T.self, in: probe.field(key, isOptional: false))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try ShapeProbe.child(T.self, in: probe.field(key, isOptional: true))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try probe.field(key, isOptional: false).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try probe.field(key, isOptional: false).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { probe }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        probe.field(key, isOptional: false)
    }

    // The fixed-type requirements all go through the generic paths above.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(type, key) }

    // Without these the standard library's defaults would answer `decodeIfPresent` through
    // `decode`, and an optional would read as required.
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

    private func value<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try decode(type, forKey: key)
    }

    private func opt<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }
}

/// A list of one sample item: enough for the type to ask for its element once.
private struct UnkeyedShapeContainer: UnkeyedDecodingContainer {
    let probe: ShapeProbe
    private(set) var currentIndex = 0

    init(probe: ShapeProbe) {
        self.probe = probe
    }

    var codingPath: [any CodingKey] { probe.codingPath }
    var count: Int? { 1 }
    var isAtEnd: Bool { currentIndex >= 1 }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try ShapeProbe.child(T.self, in: probe.element())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        currentIndex += 1
        return try probe.element().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try probe.element().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        currentIndex += 1
        return probe.element()
    }
}

/// One scalar: records its type and answers with a neutral sample.
private struct SingleShapeContainer: SingleValueDecodingContainer {
    let probe: ShapeProbe
    var codingPath: [any CodingKey] { probe.codingPath }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { probe.sampleScalar(.boolean, false) }
    func decode(_ type: String.Type) throws -> String { probe.sampleScalar(.string, "") }
    func decode(_ type: Double.Type) throws -> Double { probe.sampleScalar(.number, 0) }
    func decode(_ type: Float.Type) throws -> Float { probe.sampleScalar(.number, 0) }
    func decode(_ type: Int.Type) throws -> Int { probe.sampleScalar(.integer, 0) }
    func decode(_ type: Int8.Type) throws -> Int8 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: Int16.Type) throws -> Int16 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: Int32.Type) throws -> Int32 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: Int64.Type) throws -> Int64 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: UInt.Type) throws -> UInt { probe.sampleScalar(.integer, 0) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { probe.sampleScalar(.integer, 0) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { probe.sampleScalar(.integer, 0) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try ShapeProbe.child(T.self, in: probe)
    }
}
