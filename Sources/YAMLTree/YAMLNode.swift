/// A place in a YAML file: 1-based line and column.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A YAML value as written, every part of it knowing where it stands in the file.
public indirect enum YAMLNode: Sendable, Hashable {
    /// A scalar as written; `quoted` tells `"2"` (a string) from `2`.
    case scalar(String, quoted: Bool, mark: Mark)
    case sequence([YAMLNode], mark: Mark)
    /// A mapping, keys in the order written.
    case mapping([(key: YAMLNode, value: YAMLNode)], mark: Mark)

    public var mark: Mark {
        switch self {
        case .scalar(_, _, let mark), .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a, let qa, let ma), .scalar(let b, let qb, let mb)):
            a == b && qa == qb && ma == mb
        case (.sequence(let a, let ma), .sequence(let b, let mb)):
            a == b && ma == mb
        case (.mapping(let a, let ma), .mapping(let b, let mb)):
            ma == mb && a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .scalar(let value, let quoted, let mark):
            hasher.combine(0)
            hasher.combine(value)
            hasher.combine(quoted)
            hasher.combine(mark)
        case .sequence(let items, let mark):
            hasher.combine(1)
            hasher.combine(items)
            hasher.combine(mark)
        case .mapping(let pairs, let mark):
            hasher.combine(2)
            hasher.combine(mark)
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }
}

extension YAMLNode: Codable {
    /// A raw node is taken as is by `YAMLNodeDecoder` (which never calls this); other decoders
    /// cannot make one.
    public init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription: "a YAML node can only be read by YAMLNodeDecoder"))
    }

    /// The value as plain data: scalars typed as YAML types them, lists, mappings.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .scalar(let text, let quoted, _):
            var container = encoder.singleValueContainer()
            if quoted {
                try container.encode(text)
            } else if isNull {
                try container.encodeNil()
            } else if let bool = ScalarTypes.bool(text) {
                try container.encode(bool)
            } else if let integer = ScalarTypes.integer(text), let value = integer {
                try container.encode(value)
            } else if let double = ScalarTypes.double(text), double.isFinite {
                try container.encode(double)
            } else {
                try container.encode(text)
            }
        case .sequence(let items, _):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .mapping(let pairs, _):
            var container = encoder.container(keyedBy: NodeKey.self)
            for pair in pairs {
                try container.encode(pair.value, forKey: NodeKey(pair.key.scalarText ?? ""))
            }
        }
    }

    private struct NodeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { self.stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
