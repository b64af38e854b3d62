/// A dictionary keyed by strings is read as the user's mapping, keys as written: its keys are
/// data (words, names), not option names, so they are neither case-converted nor checked.
protocol StringKeyedDictionary {
    static func decodeEntries(
        at position: NodePosition, codingPath: [any CodingKey], state: DecodingState
    )
        throws -> Self
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Decodable {
    static func decodeEntries(
        at position: NodePosition, codingPath: [any CodingKey], state: DecodingState
    )
        throws -> Self
    {
        guard case .mapping(let pairs, _)? = position.effective else {
            let found = position.effective?.kindDescription ?? "nothing"
            state.record(
                "expected a mapping, found \(found)", at: position.reportMark,
                codingPath: codingPath)
            throw DecodingAborted()
        }
        let fromUser = position.user.map { !($0.isNull && position.fallback != nil) } ?? false
        var result: [String: Value] = [:]
        var failed = false
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            let entry =
                fromUser
                ? NodePosition(user: pair.value, fallback: nil, mark: pair.value.mark)
                : NodePosition(user: nil, fallback: pair.value, mark: pair.value.mark)
            do {
                result[key] = try NodeDecoder.decodeValue(
                    Value.self, at: entry, codingPath: codingPath + [EntryKey(key)], state: state)
            } catch {
                failed = true  // recorded; go on to find the other entries' problems
            }
        }
        if failed { throw DecodingAborted() }
        return result
    }
}

/// A dictionary key in a coding path, kept as written.
struct EntryKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ key: String) { self.stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
