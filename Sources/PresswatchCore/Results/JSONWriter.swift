/// Serialises a `JSONValue` to UTF-8 text.
///
/// Two layouts: `compact` (one line, no spaces: `--stdout` and `pipe` print one object per
/// line) and `pretty` (two-space indent for files people open). In the pretty layout a
/// container holding only scalars stays on one line when it fits, so the many small spans
/// (`{"start": 0, "end": 12}`) take one line each instead of four.
public struct JSONWriter: Sendable {
    public enum Layout: Sendable { case compact, pretty }

    public var layout: Layout
    /// In the pretty layout, the longest flat container kept on one line (after its indent).
    public var lineWidth: Int

    public init(layout: Layout, lineWidth: Int = 100) {
        self.layout = layout
        self.lineWidth = lineWidth
    }

    /// The text of a value; a pretty file ends with a newline, a compact line does not.
    public func string(_ value: JSONValue) -> String {
        var out = ""
        switch layout {
        case .compact:
            Self.writeCompact(value, spaced: false, to: &out)
        case .pretty:
            writePretty(value, indent: 0, to: &out)
            out.append("\n")
        }
        return out
    }

    public func bytes(_ value: JSONValue) -> [UInt8] { Array(string(value).utf8) }

    private func writePretty(_ value: JSONValue, indent: Int, to out: inout String) {
        switch value {
        case .array(let items) where !items.isEmpty:
            if let flat = flatLine(value, indent: indent) { return out.append(flat) }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                writePretty(item, indent: indent + 2, to: &out)
                out.append(i + 1 < items.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent) + "]")
        case .object(let members) where !members.isEmpty:
            if let flat = flatLine(value, indent: indent) { return out.append(flat) }
            out.append("{\n")
            for (i, member) in members.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                Self.writeString(member.key, to: &out)
                out.append(": ")
                writePretty(member.value, indent: indent + 2, to: &out)
                out.append(i + 1 < members.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent) + "}")
        default:
            Self.writeCompact(value, spaced: true, to: &out)
        }
    }

    /// The one-line form of a container of scalars, when it fits in the line width.
    private func flatLine(_ value: JSONValue, indent: Int) -> String? {
        let children: [JSONValue]
        switch value {
        case .array(let items): children = items
        case .object(let members): children = members.map(\.value)
        default: return nil
        }
        for child in children {
            switch child {
            case .array, .object: return nil
            default: continue
            }
        }
        var line = ""
        Self.writeCompact(value, spaced: true, to: &line)
        return indent + line.utf8.count <= lineWidth ? line : nil
    }

    private static func writeCompact(_ value: JSONValue, spaced: Bool, to out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let number): out.append(String(number))
        case .double(let number): out.append(formatDouble(number))
        case .string(let text): writeString(text, to: &out)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                writeCompact(item, spaced: spaced, to: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                writeString(member.key, to: &out)
                out.append(spaced ? ": " : ":")
                writeCompact(member.value, spaced: spaced, to: &out)
            }
            out.append("}")
        }
    }

    /// Shortest text that reads back as the same double; whole numbers keep no fraction.
    /// Non-finite numbers have no JSON form and are refused earlier, by the encoder.
    static func formatDouble(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else
    /// (Chinese included) written as UTF-8, so files stay readable.
    static func writeString(_ text: String, to out: inout String) {
        out.append("\"")
        var pendingStart = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let escape = escapeSequence(for: scalar) {
                out.unicodeScalars.append(contentsOf: scalars[pendingStart..<index])
                out.append(escape)
                pendingStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out.unicodeScalars.append(contentsOf: scalars[pendingStart..<scalars.endIndex])
        out.append("\"")
    }

    private static func escapeSequence(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x00..<0x20:
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
        default: return nil
        }
    }
}
