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
        guard text.utf8.contains(where: isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 of `text`: runs without a special character are copied
    /// whole.
    static func escape(_ text: some StringProtocol, into out: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { escape($0, into: &out) }
        if done == nil {
            for byte in text.utf8 { escape(byte, into: &out) }
        }
    }

    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0
        for index in 0..<bytes.count where isSpecial(bytes[index]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            escape(bytes[index], into: &out)
            run = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// Appends the escaped UTF-8 of one scalar.
    static func escape(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        if scalar.isASCII {
            escape(UInt8(scalar.value), into: &out)
        } else {
            UTF8.encode(scalar) { out.append($0) }
        }
    }

    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= UInt8(ascii: ">")
            && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'"))
    }

    @inline(__always)
    static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        default: out.append(byte)
        }
    }
}

extension Node {
    /// Text shown as written: markup characters in it are escaped.
    static func plain(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }

    /// An attribute whose value is shown as written (a tooltip, a label from the input).
    static func plainAttribute(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}
