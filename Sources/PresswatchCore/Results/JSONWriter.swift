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
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The UTF-8 bytes of `string(_:)`. Written straight into a byte buffer: appending to a
    /// `String` piece by piece is slow, and a 10 MB text with many escapes must stay linear.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        switch layout {
        case .compact:
            Self.writeCompact(value, spaced: false, to: &out)
        case .pretty:
            writePretty(value, indent: 0, to: &out, file: nil)
            out.append(0x0A)
        }
        return out
    }

    /// The same bytes as `bytes(_:)`, handed to `file` a chunk at a time as they are made
    /// (the pretty layout; a result of a large input is tens of times its size).
    public func write(_ value: JSONValue, into file: PendingFile) {
        var out: [UInt8] = []
        switch layout {
        case .compact:
            Self.writeCompact(value, spaced: false, to: &out)
        case .pretty:
            out.reserveCapacity(PendingFile.chunk)
            writePretty(value, indent: 0, to: &out, file: file)
            out.append(0x0A)
        }
        file.take(&out)
    }

    private func writePretty(
        _ value: JSONValue, indent: Int, to out: inout [UInt8], file: PendingFile?
    ) {
        switch value {
        case .array(let items) where !items.isEmpty:
            if let flat = flatLine(value, indent: indent) { return out.append(contentsOf: flat) }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                out.append(contentsOf: repeatElement(0x20, count: indent + 2))
                writePretty(item, indent: indent + 2, to: &out, file: file)
                out.append(contentsOf: (i + 1 < items.count ? ",\n" : "\n").utf8)
                if let file, out.count >= PendingFile.chunk { file.take(&out) }
            }
            out.append(contentsOf: repeatElement(0x20, count: indent))
            out.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            if let flat = flatLine(value, indent: indent) { return out.append(contentsOf: flat) }
            out.append(contentsOf: "{\n".utf8)
            for (i, member) in members.enumerated() {
                out.append(contentsOf: repeatElement(0x20, count: indent + 2))
                Self.writeString(member.key, to: &out)
                out.append(contentsOf: ": ".utf8)
                writePretty(member.value, indent: indent + 2, to: &out, file: file)
                out.append(contentsOf: (i + 1 < members.count ? ",\n" : "\n").utf8)
                if let file, out.count >= PendingFile.chunk { file.take(&out) }
            }
            out.append(contentsOf: repeatElement(0x20, count: indent))
            out.append(UInt8(ascii: "}"))
        default:
            Self.writeCompact(value, spaced: true, to: &out)
        }
    }

    /// The one-line form of a container of scalars, when it fits in the line width.
    private func flatLine(_ value: JSONValue, indent: Int) -> [UInt8]? {
        let children: [JSONValue]
        switch value {
        case .array(let items): children = items
        case .object(let members): children = members.map(\.value)
        default: return nil
        }
        var length = 2
        for child in children {
            switch child {
            case .array, .object: return nil
            // A long string cannot fit: skip rendering it only to throw it away.
            // A lower bound of each child's width, so nothing that fits is turned away.
            case .string(let text): length += text.utf8.count + 2
            default: length += 1
            }
        }
        guard indent + length <= lineWidth else { return nil }
        var line: [UInt8] = []
        Self.writeCompact(value, spaced: true, to: &line)
        return indent + line.count <= lineWidth ? line : nil
    }

    /// The one-line text of a value (`spaced`: `, ` and `: ` between parts, as the pretty
    /// layout's one-line containers).
    static func appendCompact(_ value: JSONValue, spaced: Bool, to out: inout [UInt8]) {
        writeCompact(value, spaced: spaced, to: &out)
    }

    private static func writeCompact(_ value: JSONValue, spaced: Bool, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .double(let number): out.append(contentsOf: formatDouble(number).utf8)
        case .string(let text): writeString(text, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: (spaced ? ", " : ",").utf8) }
                writeCompact(item, spaced: spaced, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(contentsOf: (spaced ? ", " : ",").utf8) }
                writeString(member.key, to: &out)
                out.append(contentsOf: (spaced ? ": " : ":").utf8)
                writeCompact(member.value, spaced: spaced, to: &out)
            }
            out.append(UInt8(ascii: "}"))
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
    /// (Chinese included) written as UTF-8, so files stay readable. Works on UTF-8 bytes:
    /// every byte that needs escaping is ASCII, and bytes of multi-byte sequences never are.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var pending = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<index]))
                appendEscape(for: byte, to: &out)
                pending = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(for byte: UInt8, to out: inout [UInt8]) {
        let escape: String
        switch byte {
        case 0x22: escape = "\\\""
        case 0x5C: escape = "\\\\"
        case 0x0A: escape = "\\n"
        case 0x0D: escape = "\\r"
        case 0x09: escape = "\\t"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        default:
            let hex = String(byte, radix: 16)
            escape = "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
        }
        out.append(contentsOf: escape.utf8)
    }
}
