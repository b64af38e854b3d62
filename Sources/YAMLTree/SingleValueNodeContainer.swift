/// Reads one scalar, typed as YAML types it.
struct SingleValueNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    private var node: YAMLNode? { decoder.position.effective }

    func decodeNil() -> Bool { node?.isNull ?? true }

    func decode(_ type: Bool.Type) throws -> Bool {
        if let text = plainText(), let value = ScalarTypes.bool(text) { return value }
        throw mismatch("true or false")
    }

    func decode(_ type: String.Type) throws -> String {
        if let node, case .scalar(let text, _, _) = node, !node.isNull { return text }
        throw mismatch("a string")
    }

    func decode(_ type: Double.Type) throws -> Double {
        if let text = plainText(), let value = ScalarTypes.double(text) { return value }
        throw mismatch("a number")
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try NodeDecoder.decodeValue(
            T.self, at: decoder.position, codingPath: codingPath, state: decoder.state)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let text = plainText(), let parsed = ScalarTypes.integer(text) else {
            throw mismatch("an integer")
        }
        guard let wide = parsed, let value = T(exactly: wide) else {
            decoder.state.record(
                "\(text) is not an integer from \(T.min) to \(T.max)", at: mark,
                codingPath: codingPath)
            throw DecodingAborted()
        }
        return value
    }

    /// The text of a plain scalar: the only kind that can be a number or a boolean.
    private func plainText() -> String? {
        guard let node, case .scalar(let text, false, _) = node, !node.isNull else { return nil }
        return text
    }

    private var mark: Mark { node?.mark ?? decoder.position.reportMark }

    private func mismatch(_ expected: String) -> DecodingAborted {
        let found = node?.kindDescription ?? "nothing"
        decoder.state.record(
            "expected \(expected), found \(found)", at: mark, codingPath: codingPath)
        return DecodingAborted()
    }
}
