/// Just enough JSON for the model file: objects, strings with escapes, numbers.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    func error(_ message: String) -> LexiconError {
        var line = 1
        for index in 0..<min(position, bytes.count) where bytes[index] == 0x0A { line += 1 }
        return LexiconError(file: file, line: line, message: message)
    }

    mutating func skipSpace() {
        while position < bytes.count,
            bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D
                || bytes[position] == 0x09
        {
            position += 1
        }
    }

    mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else {
            throw error("expected `\(String(Unicode.Scalar(byte)))`")
        }
        position += 1
    }

    /// Reads an object, calling `member` with each key; `member` must read the value.
    mutating func object(_ member: (String, inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(key, &self)
            skipSpace()
            guard position < bytes.count else { throw error("unfinished object") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "}") { return }
            guard byte == UInt8(ascii: ",") else { throw error("expected `,` or `}`") }
        }
    }

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        var scalars = String.UnicodeScalarView()
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""),
            bytes[position] != UInt8(ascii: "\\")
        {
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(
                decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
        }
        scalars.append(
            contentsOf: String(
                decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self
            ).unicodeScalars)
        try escapedRest(into: &scalars)
        return String(scalars)
    }

    /// The rest of a string holding escapes (rare in the model file: `\uXXXX`).
    private mutating func escapedRest(into scalars: inout String.UnicodeScalarView) throws {
        var pending: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll()
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") {
                flush()
                return
            }
            guard byte == UInt8(ascii: "\\") else {
                pending.append(byte)
                continue
            }
            flush()
            guard position < bytes.count else { break }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count,
                    let code = UInt32(
                        String(
                            decoding: UnsafeBufferPointer(
                                rebasing: bytes[position..<position + 4]), as: UTF8.self),
                        radix: 16)
                else { throw error("bad \\u escape") }
                position += 4
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            default: scalars.append(Unicode.Scalar(escaped))
            }
        }
        throw error("unfinished string")
    }

    mutating func number() throws -> Double {
        skipSpace()
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isNumberByte =
                (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte | 0x20 == 0x65
            guard isNumberByte else { break }
            position += 1
        }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else { throw error("expected a number") }
        return value
    }

    mutating func skipValue() throws {
        skipSpace()
        guard position < bytes.count else { throw error("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object { _, reader in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        default: _ = try number()
        }
    }
}
