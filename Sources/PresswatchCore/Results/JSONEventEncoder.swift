/// Encodes any `Encodable` (a processor's finding) as JSON events into a sink, as it goes:
/// the same JSON as `JSONValueEncoder` (keys in the order the type encodes them, optionals
/// left out by `encodeIfPresent`, non-finite numbers refused), without building the value.
///
/// `Encoder` has no call that closes a container: a container is closed when its value's
/// `encode(to:)` returns, or when its parent writes its next child. So containers must be
/// used in order, a child finished before its parent goes on, as synthesised conformances
/// and every finding of ours do; a container used after its parent has moved on is refused
/// (`EncodingError.invalidValue`), never written out of place. A key written twice is
/// written twice (the value tree kept the last).
public struct JSONEventEncoder {
    public init() {}

    /// Writes `value` as one value into `sink`, which is where the value belongs (at the top,
    /// after a key, or as an array element).
    public func encode(_ value: some Encodable, into sink: any JSONEventSink) throws {
        let state = EventEncodingState(sink: sink)
        state.awaitingValue = true
        try state.encodeValue(value, level: 0, path: [], key: nil)
        try state.close(to: 0)
    }
}

/// What one `encode` call shares among its encoders and containers.
private final class EventEncodingState {
    let sink: any JSONEventSink
    /// The containers this encoding opened and has not closed, outermost first, each by a
    /// number that is never reused: a container holds its level and number, and is stale
    /// when that level now holds another one.
    var open: [Int] = []
    /// How many values each open container holds so far (an unkeyed container's `count`).
    var counts: [Int] = []
    var nextNumber = 0
    /// A key (or element place) was given and no value yet.
    var awaitingValue = false
    /// A misuse found where `Encoder` gives no way to throw, thrown at the next chance.
    var failure: EncodingError?

    init(sink: any JSONEventSink) { self.sink = sink }

    /// Closes the containers above `level`; a place left without a value gets `{}`, as an
    /// `encode(to:)` that writes nothing does in `JSONValueEncoder`.
    func close(to level: Int) throws {
        if let failure { throw failure }
        fillAwaited()
        while open.count > level {
            sink.end()
            open.removeLast()
            counts.removeLast()
        }
    }

    func fillAwaited() {
        guard awaitingValue else { return }
        awaitingValue = false
        sink.beginObject()
        sink.end()
    }

    /// Opens a container at `level` (the place is the value's: `level` containers are
    /// open around it), or finds the one a repeated `container(...)` call asks for again.
    func openContainer(object: Bool, level: Int, codingPath: [any CodingKey]) -> Int {
        if open.count > level {
            // `container(keyedBy:)` called again by the same `encode(to:)`: the same container.
            try? close(to: level + 1)
            return open[level]
        }
        if open.count < level {
            failure =
                failure
                ?? EncodingError.invalidValue(
                    level,
                    .init(codingPath: codingPath, debugDescription: "a container used out of order")
                )
        }
        awaitingValue = false
        object ? sink.beginObject() : sink.beginArray()
        nextNumber += 1
        open.append(nextNumber)
        counts.append(0)
        return nextNumber
    }

    /// Makes the container numbered `number` at `level` the innermost open one, closing
    /// its finished children; refuses a stale container.
    func resume(level: Int, number: Int, codingPath: [any CodingKey]) throws {
        guard level < open.count, open[level] == number else {
            throw failure
                ?? EncodingError.invalidValue(
                    number,
                    .init(
                        codingPath: codingPath,
                        debugDescription: "a container used after its parent went on"))
        }
        try close(to: level + 1)
    }

    /// The place for the next child of the container at `level`: its key, if any.
    func place(level: Int, key: String?) {
        if let key { sink.key(key) }
        counts[level] += 1
        awaitingValue = true
    }

    func scalar(_ value: JSONValue) {
        awaitingValue = false
        sink.scalar(value)
    }

    /// Writes one value at `level`: scalars directly, anything else through its
    /// `encode(to:)`, whose containers are closed when it returns. Its coding path is
    /// `path` and `key`, put together only when needed (an error, a container): one array
    /// a value was the encoder's largest cost.
    func encodeValue(
        _ value: some Encodable, level: Int, path: [any CodingKey], key: (any CodingKey)?
    ) throws {
        func codingPath() -> [any CodingKey] { key.map { path + [$0] } ?? path }
        switch value {
        case let flag as Bool: scalar(.bool(flag))
        case let text as String: scalar(.string(text))
        case let number as Double:
            guard number.isFinite else { throw nonFiniteNumberError(number, codingPath()) }
            scalar(.double(number))
        case let number as Float:
            guard number.isFinite else { throw nonFiniteNumberError(Double(number), codingPath()) }
            scalar(.double(Double(number)))
        case let number as any BinaryInteger:
            guard let exact = Int(exactly: number) else {
                throw EncodingError.invalidValue(
                    number,
                    .init(codingPath: codingPath(), debugDescription: "integer out of range"))
            }
            scalar(.int(exact))
        default:
            try value.encode(to: EventEncoder(state: self, level: level, codingPath: codingPath()))
            try close(to: level)
        }
    }
}

private struct EventEncoder: Encoder {
    let state: EventEncodingState
    /// How many containers are open around this encoder's value.
    let level: Int
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let number = state.openContainer(object: true, level: level, codingPath: codingPath)
        return KeyedEncodingContainer(
            KeyedEvents<Key>(state: state, level: level, number: number, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let number = state.openContainer(object: false, level: level, codingPath: codingPath)
        return UnkeyedEvents(state: state, level: level, number: number, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueEvents(state: state, level: level, codingPath: codingPath)
    }
}

private struct KeyedEvents<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: EventEncodingState
    let level: Int
    let number: Int
    var codingPath: [any CodingKey]

    /// Makes this container current and gives the place for `key`'s value.
    private func place(_ key: Key) throws {
        try state.resume(level: level, number: number, codingPath: codingPath)
        state.place(level: level, key: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try place(key)
        state.scalar(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try place(key)
        try state.encodeValue(value, level: level + 1, path: codingPath, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nestedEncoder(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        nestedEncoder(nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        nestedEncoder(key)
    }

    /// An encoder for the value of `key` (`super` when nil), whose place stays awaited until
    /// it writes.
    private func nestedEncoder(_ key: Key?) -> EventEncoder {
        do {
            try state.resume(level: level, number: number, codingPath: codingPath)
        } catch {
            state.failure = state.failure ?? (error as? EncodingError)
        }
        state.place(level: level, key: key?.stringValue ?? "super")
        return EventEncoder(
            state: state, level: level + 1, codingPath: codingPath + (key.map { [$0] } ?? []))
    }
}

private struct UnkeyedEvents: UnkeyedEncodingContainer {
    let state: EventEncodingState
    let level: Int
    let number: Int
    var codingPath: [any CodingKey]

    var count: Int { level < state.counts.count ? state.counts[level] : 0 }

    /// Makes this container current and gives the place for the next element, returning
    /// the element's key in the coding path.
    private func place() throws -> JSONIndexKey {
        try state.resume(level: level, number: number, codingPath: codingPath)
        let key = JSONIndexKey(count)
        state.place(level: level, key: nil)
        return key
    }

    mutating func encodeNil() throws {
        _ = try place()
        state.scalar(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = try place()
        try state.encodeValue(value, level: level + 1, path: codingPath, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        nestedEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        nestedEncoder()
    }

    private func nestedEncoder() -> EventEncoder {
        var path = codingPath
        do {
            path = codingPath + [try place()]
        } catch {
            state.failure = state.failure ?? (error as? EncodingError)
        }
        return EventEncoder(state: state, level: level + 1, codingPath: path)
    }
}

private struct SingleValueEvents: SingleValueEncodingContainer {
    let state: EventEncodingState
    let level: Int
    var codingPath: [any CodingKey]

    // The place is this value's own: nothing to close or fill first.
    mutating func encodeNil() throws { state.scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try state.encodeValue(value, level: level, path: codingPath, key: nil)
    }
}
