extension YAMLNode {
    /// The value in YAML's one-line flow style, as a user would write it in `pipeline.yaml`:
    /// `10`, `auto`, `[json, markdown]`, `["*.txt"]`. A string is quoted only where a plain
    /// scalar would be read as something else (a number, a boolean, null, an alias).
    public var flowText: String {
        switch self {
        case .scalar(let text, let quoted, _):
            return quoted && !Self.readsAsPlainString(text) ? Self.doubleQuoted(text) : text
        case .sequence(let items, _):
            return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            let entries = pairs.map { "\($0.key.flowText): \($0.value.flowText)" }
            return "{" + entries.joined(separator: ", ") + "}"
        }
    }

    /// Whether `text` written plain, inside a flow collection, is read back as that string.
    private static func readsAsPlainString(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !indicators.contains(first), first != " ", last != " "
        else { return false }
        if text.unicodeScalars.contains(where: { flowBreakers.contains($0) }) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        let typed = YAMLNode.scalar(text, quoted: false, mark: Mark(line: 1, column: 1))
        return !typed.isNull && ScalarTypes.bool(text) == nil && ScalarTypes.double(text) == nil
    }

    private static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Characters that cannot start a plain scalar.
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%",
        "@", "`",
    ]
    /// Characters that end a plain scalar inside `[...]` or `{...}`, or break a line.
    private static let flowBreakers: Set<Unicode.Scalar> = [",", "[", "]", "{", "}", "\n", "\t"]
}
