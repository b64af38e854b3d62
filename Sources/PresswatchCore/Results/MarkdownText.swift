/// Plain text made safe to put in Markdown: characters Markdown would read as markup are
/// escaped, so a headline such as `*本报讯*` or `1. 开幕` prints as written. Processors use it
/// in their own Markdown sections too.
///
/// Works on UTF-8 bytes: every character Markdown cares about is ASCII, and no byte of a
/// multi-byte character is.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 16)
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineStart > 0 { out.append(0x0A) }
                escapeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), into: &out)
                lineStart = lineEnd + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for one cell of a Markdown table: escaped, and on one line.
    public static func tableCell(_ text: String) -> String {
        var flat = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            flat.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return escape(String(flat))
    }

    /// Inline markup anywhere in a line: emphasis, code, links, HTML, table cells.
    private static let inlineSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]<>|".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// At the start of a line these begin a heading, a list, a rule or a setext underline.
    private static let blockSpecial: Set<UInt8> = Set("#+-=".utf8)

    private static func escapeLine(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let first = line.firstIndex { $0 != 0x20 } ?? line.endIndex
        let blockMarker = first < line.endIndex ? blockMarkerIndex(line, from: first) : nil
        for index in line.indices {
            let byte = line[index]
            if index == blockMarker || inlineSpecial[Int(byte)] { out.append(0x5C) }
            out.append(byte)
        }
    }

    /// The byte that would start a block: `#`, `-` ... as the first character, or the `.` or
    /// `)` after a leading number (`1. ` is a numbered list; `1\. ` is text).
    private static func blockMarkerIndex(_ line: UnsafeBufferPointer<UInt8>, from first: Int)
        -> Int?
    {
        if blockSpecial.contains(line[first]) { return first }
        var index = first
        while index < line.endIndex, (0x30...0x39).contains(line[index]) { index += 1 }
        guard index > first, index < line.endIndex,
            line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")")
        else { return nil }
        return index
    }
}
