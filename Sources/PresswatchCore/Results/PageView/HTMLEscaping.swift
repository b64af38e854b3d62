import Plot

/// Text from the input made inert in HTML, for every text node and attribute value of the
/// page view.
///
/// The page view is built with Plot's typed elements, but its text and attributes go through
/// here rather than Plot's own `.text`: Plot 0.14.0 writes attribute values unescaped, and its
/// text escaping keeps anything shaped like an entity (`&lt;`, `&#60;`) as markup, so a page
/// printing `&lt;` would show `<`; it also escapes one `Character` at a time, which alone
/// costs more than the whole view may. This escapes `& < > " '` always, on UTF-8 bytes (none
/// of the five is part of a multi-byte character), so the result is safe both as text and
/// inside a quoted attribute.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { needsEscape[Int($0)] }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let needsEscape: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "&<>\"'".utf8 { table[Int(byte)] = true }
        return table
    }()
}

extension Node {
    /// Text shown as written: markup characters in it are escaped.
    static func plain(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }

    /// An attribute whose value is shown as written (a tooltip, a label from the input).
    static func plainAttribute(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}
