extension YAMLNode {
    /// Whether the node is YAML's null: a plain `~`, `null` or nothing at all.
    public var isNull: Bool {
        guard case .scalar(let text, let quoted, _) = self, !quoted else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The text of a scalar, nil for a list or a mapping.
    public var scalarText: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// The number a plain scalar stands for, as YAML's core schema types it (`12`, `0x1F`,
    /// `2.5e3`, `.inf`); nil for anything else, a quoted `"12"` included.
    public var numberValue: Double? {
        guard case .scalar(let text, false, _) = self else { return nil }
        return ScalarTypes.double(text)
    }

    /// The value under `key` in a mapping, nil when absent or when this is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key.scalarText == key }?.value
    }

    /// The node at the end of a path of mapping keys, nil when any step is missing.
    public func node(at path: [String]) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path { node = node?[key] }
        return node
    }

    /// The mark of the node at `path`, or of the deepest node on the way that exists: where
    /// a problem with that value is best shown.
    public func mark(at path: [String]) -> Mark {
        var node = self
        for key in path {
            guard let next = node[key] else { break }
            node = next
        }
        return node.mark
    }

    /// How a user would name what they wrote, for "expected ..., found ..." messages.
    public var kindDescription: String {
        switch self {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let text, let quoted, _):
            if quoted { return "the string \"\(text)\"" }
            if isNull { return "nothing" }
            return "'\(text)'"
        }
    }
}
