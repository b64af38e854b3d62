import Foundation

/// Decodes a `Decodable` type from a `YAMLNode` tree, reporting every mistake at its place.
///
/// - Keys: a Swift property `maxChars` is the YAML key `max_chars`.
/// - Scalars are typed as YAML types them: `2` is an integer, `"2"` a string, `true` and
///   `false` booleans, `~`, `null` or nothing is null. A string option takes any scalar that
///   is not null, as written.
/// - An enum that is `CaseIterable` with raw values reports the values it allows.
/// - Defaults: with `defaults`, a key the user left out takes its value from there (a mapping
///   merged key by key, a list or scalar as a whole), and a user value that is wrong is reported
///   and replaced by the default so the decoding can go on and find the other mistakes.
/// - Every key the type asked for is recorded; afterwards each key nobody asked for is an
///   "unknown key" error, with "did you mean" when a known key is close.
/// - All problems are thrown together as `YAMLErrors`, in file order.
public struct YAMLNodeDecoder: Sendable {
    public init() {}

    /// Decodes `type` from `node`, missing keys taken from `defaults`.
    ///
    /// `path` names where `node` stands, for messages: `["summarizer"]` gives
    /// `summarizer.sentences: expected an integer, found 'three'`.
    public func decode<T: Decodable>(
        _ type: T.Type, from node: YAMLNode, defaults: YAMLNode? = nil, path: [String] = []
    ) throws(YAMLErrors) -> T {
        var errors: [YAMLError] = []
        let value = decode(type, from: node, defaults: defaults, path: path, errors: &errors)
        guard let value, errors.isEmpty else { throw YAMLErrors(errors) }
        return value
    }

    /// Like `decode(_:from:defaults:path:)`, but appends the problems to `errors` and returns
    /// what could be decoded, every wrong value replaced by its default (nil when there was no
    /// default to fall back on): further checks can run on it without repeating the problems.
    public func decode<T: Decodable>(
        _ type: T.Type, from node: YAMLNode, defaults: YAMLNode?, path: [String] = [],
        errors: inout [YAMLError]
    ) -> T? {
        let state = DecodingState(pathPrefix: path)
        let root = NodePosition(user: node, fallback: defaults, mark: node.mark)
        var value = try? NodeDecoder.decodeValue(T.self, at: root, codingPath: [], state: state)
        if value == nil, let defaults, state.errorCount > 0 {
            // The whole value was wrong (a list where a mapping belongs): go on with the default.
            let defaultOnly = NodePosition(user: nil, fallback: defaults, mark: node.mark)
            let found = state.errorCount
            value = try? NodeDecoder.decodeValue(
                T.self, at: defaultOnly, codingPath: [], state: state)
            state.dropErrors(after: found)
        }
        state.reportUnknownKeys()
        errors += state.errors
        if value == nil, state.errors.isEmpty {
            errors.append(state.unexplainedFailure(at: node.mark))
        }
        return value
    }

    /// The keys `type` reads at its top level, in snake_case, as the decoder sees them: what a
    /// user may write. Found by decoding `defaults` and recording what is asked; without
    /// defaults a type stops asking at its first key that has no value.
    public func keys<T: Decodable>(of type: T.Type, defaults: YAMLNode?) -> Set<String> {
        let state = DecodingState(pathPrefix: [])
        let empty = YAMLNode.mapping([], mark: Mark(line: 1, column: 1))
        let root = NodePosition(user: empty, fallback: defaults, mark: empty.mark)
        _ = try? NodeDecoder.decodeValue(T.self, at: root, codingPath: [], state: state)
        return state.topLevelKeysAsked
    }

    /// Decodes `type` from `node`, every missing key taking its value from `defaultValue`
    /// (a processor's `Options()`), so a type declares its defaults as property initial
    /// values and writes no decoding code.
    public func decode<T: Codable>(
        _ type: T.Type, from node: YAMLNode, defaultValue: T, path: [String] = []
    ) throws(YAMLErrors) -> T {
        try decode(type, from: node, defaults: Self.node(encoding: defaultValue), path: path)
    }

    /// A value as a node tree (through its JSON encoding, keys in snake_case), nil when it
    /// cannot be encoded.
    public static func node(encoding value: some Encodable) -> YAMLNode? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value),
            let tree = try? YAMLParser.parse(String(decoding: data, as: UTF8.self))
        else { return nil }
        return snakeCasingKeys(tree)
    }

    private static func snakeCasingKeys(_ node: YAMLNode) -> YAMLNode {
        switch node {
        case .scalar: return node
        case .sequence(let items, let mark):
            return .sequence(items.map(snakeCasingKeys), mark: mark)
        case .mapping(let pairs, let mark):
            return .mapping(
                pairs.map { pair in
                    guard case .scalar(let key, let quoted, let keyMark) = pair.key else {
                        return pair
                    }
                    return (
                        .scalar(KeyCase.snake(key), quoted: quoted, mark: keyMark),
                        snakeCasingKeys(pair.value)
                    )
                }, mark: mark)
        }
    }
}
