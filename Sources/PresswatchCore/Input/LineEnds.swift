/// Line-end repair on UTF-8 bytes: CRLF and a lone CR become LF.
///
/// Done on bytes rather than `Character`s: 0x0D never occurs inside a multi-byte UTF-8
/// sequence, and `\r\n` is a single `Character` in Swift, which would make a scalar or
/// character walk miscount.
enum LineEnds {
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The number of lines of LF-terminated text: a last line without its `\n` counts, an
    /// empty text has none.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        guard let last = bytes.last else { return 0 }
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return last == 0x0A ? count : count + 1
    }
}
