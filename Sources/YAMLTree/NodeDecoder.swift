/// The `Decoder` handed to a type's `init(from:)`, for one position in the tree.
final class NodeDecoder: Decoder {
    let position: NodePosition
    let state: DecodingState
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(position: NodePosition, codingPath: [any CodingKey], state: DecodingState) {
        self.position = position
        self.codingPath = codingPath
        self.state = state
    }

    /// Decodes one value, recording what is wrong with it; throws `DecodingAborted` when the
    /// value cannot be made, once its problem is recorded.
    static func decodeValue<T: Decodable>(
        _ type: T.Type, at position: NodePosition, codingPath: [any CodingKey],
        state: DecodingState
    ) throws -> T {
        if T.self == YAMLNode.self, let node = position.effective ?? position.user {
            return node as! T
        }
        guard let node = position.effective else {
            state.record("missing value", at: position.reportMark, codingPath: codingPath)
            throw DecodingAborted()
        }
        if let dictionaryType = T.self as? any StringKeyedDictionary.Type {
            return try dictionaryType.decodeEntries(
                at: position, codingPath: codingPath, state: state) as! T
        }
        if let enumType = T.self as? any (CaseIterable & RawRepresentable).Type,
            case .scalar(let text, _, _) = node, !node.isNull
        {
            let allowed = rawValues(of: enumType)
            if !allowed.contains(text) {
                state.record(
                    enumMessage(text, allowed: allowed), at: node.mark, codingPath: codingPath)
                throw DecodingAborted()
            }
        }
        do {
            let decoder = NodeDecoder(position: position, codingPath: codingPath, state: state)
            return try T(from: decoder)
        } catch let aborted as DecodingAborted {
            throw aborted
        } catch {
            state.record(describe(error), at: node.mark, codingPath: codingPath)
            throw DecodingAborted()
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let user: [(key: YAMLNode, value: YAMLNode)]?
        switch position.user {
        case .mapping(let pairs, _)?: user = pairs
        case let node? where !(node.isNull && position.fallback != nil):
            state.record(
                "expected a mapping, found \(node.kindDescription)", at: node.mark,
                codingPath: codingPath)
            throw DecodingAborted()
        default: user = nil
        }
        var fallback: [(key: YAMLNode, value: YAMLNode)]?
        if case .mapping(let pairs, _)? = position.fallback { fallback = pairs }
        if user == nil, fallback == nil, position.user?.isNull == true {
            // A key written with nothing after it: an empty mapping.
            fallback = []
        }
        guard user != nil || fallback != nil else {
            let found = position.fallback?.kindDescription ?? "nothing"
            state.record(
                "expected a mapping, found \(found)", at: position.reportMark,
                codingPath: codingPath)
            throw DecodingAborted()
        }
        let visit = position.user.map { state.visit($0, codingPath: codingPath) }
        return KeyedDecodingContainer(
            KeyedNodeContainer<Key>(
                decoder: self, user: user, fallback: fallback ?? [], visit: visit))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let fromUser = position.user.map { !($0.isNull && position.fallback != nil) } ?? false
        switch position.effective {
        case .sequence(let items, _)?:
            return UnkeyedNodeContainer(decoder: self, items: items, fromUser: fromUser)
        case let node:
            let found = node?.kindDescription ?? "nothing"
            state.record(
                "expected a list, found \(found)", at: node?.mark ?? position.reportMark,
                codingPath: codingPath)
            throw DecodingAborted()
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueNodeContainer(decoder: self)
    }

    private static func rawValues<E: CaseIterable & RawRepresentable>(of type: E.Type) -> [String] {
        type.allCases.map { "\($0.rawValue)" }
    }

    private static func enumMessage(_ text: String, allowed: [String]) -> String {
        var message = "expected one of \(allowed.joined(separator: ", ")), found '\(text)'"
        if let close = Suggestion.closest(to: text, among: allowed) {
            message += "; did you mean '\(close)'?"
        }
        return message
    }

    /// A thrown error as a one-line message (a type's own `init(from:)` may throw anything).
    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context)?, .typeMismatch(_, let context)?,
            .valueNotFound(_, let context)?:
            return context.debugDescription
        case .keyNotFound(let key, _)?:
            return "missing key '\(KeyCase.snake(key.stringValue))'"
        default:
            return "\(error)"
        }
    }
}
