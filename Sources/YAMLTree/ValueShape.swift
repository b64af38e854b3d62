/// What a `Decodable` type reads from YAML, as `YAMLNodeDecoder` would read it: the type of
/// each key, whether it may be left out, and the values an enum allows.
///
/// Found from the type itself (`ValueShape.of`), so documentation built on it cannot drift
/// from what the decoder accepts.
public indirect enum ValueShape: Sendable, Hashable {
    case boolean
    case integer
    case number
    case string
    /// A `CaseIterable` enum with raw values: the values it allows, in declaration order.
    case oneOf([String])
    case list(ValueShape)
    /// A mapping with known keys (a struct), in the order the type reads them.
    case mapping([ShapeField])
    /// A mapping whose keys are data (`[String: V]`), each value of the given shape.
    case dictionary(ValueShape)
    /// A `YAMLNode`: anything, read later by code of its own.
    case node
}

/// One key of a mapping's shape.
public struct ShapeField: Sendable, Hashable {
    /// The key as a user writes it (snake_case).
    public var key: String
    public var shape: ValueShape
    /// Whether the type reads it with `decodeIfPresent` (an optional property): absent is nil.
    public var isOptional: Bool

    public init(key: String, shape: ValueShape, isOptional: Bool) {
        self.key = key
        self.shape = shape
        self.isOptional = isOptional
    }
}

extension ValueShape {
    /// The shape of `type`, found by running its own `init(from:)` against a decoder that
    /// answers every question with a sample value and records what was asked; nil when the
    /// type refuses the samples (an `init(from:)` that checks its values).
    public static func of<T: Decodable>(_ type: T.Type) -> ValueShape? {
        try? ShapeProbe.sample(T.self, codingPath: []).shape
    }
}
