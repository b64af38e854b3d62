import Foundation

/// Reads hmm.json (`{"start": {S: p}, "trans": {S: {S: p}}, "emit": {S: {char: p}}}`) with a
/// small parser over its bytes; Foundation's JSON would build a million boxed objects first.
enum HiddenMarkovModelFile {
    static func load(path: String) throws -> HiddenMarkovModel {
        let data = try DictionaryFile.readBytes(path)
        var model = HiddenMarkovModel(
            start: Array(repeating: HiddenMarkovModel.minimum, count: 4),
            transition: Array(repeating: HiddenMarkovModel.minimum, count: 16),
            emissionRow: Array(repeating: -1, count: LexiconTrie.directLimit),
            emission: [])
        try data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self), file: path)
            try reader.object { section, reader in
                switch section {
                case "start":
                    try reader.object { state, reader in
                        model.start[try stateIndex(state, reader)] = try reader.number()
                    }
                case "trans":
                    try reader.object { from, reader in
                        let fromIndex = try stateIndex(from, reader)
                        try reader.object { to, reader in
                            let toIndex = try stateIndex(to, reader)
                            model.transition[fromIndex * 4 + toIndex] = try reader.number()
                        }
                    }
                case "emit":
                    try reader.object { state, reader in
                        let index = try stateIndex(state, reader)
                        try reader.object { character, reader in
                            let value = try reader.number()
                            setEmission(&model, state: index, character: character, value)
                        }
                    }
                default: try reader.skipValue()
                }
            }
        }
        return model
    }

    private static func stateIndex(_ name: String, _ reader: JSONReader) throws -> Int {
        guard let index = HiddenMarkovModel.stateLetters.firstIndex(of: name) else {
            throw reader.error("unknown state `\(name)`")
        }
        return index
    }

    private static func setEmission(
        _ model: inout HiddenMarkovModel, state: Int, character: String, _ value: Double
    ) {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first,
            Int(scalar.value) < LexiconTrie.directLimit
        else { return }
        var row = model.emissionRow[Int(scalar.value)]
        if row < 0 {
            row = Int32(model.emission.count / 4)
            model.emissionRow[Int(scalar.value)] = row
            model.emission += Array(repeating: HiddenMarkovModel.minimum, count: 4)
        }
        model.emission[Int(row) * 4 + state] = value
    }
}

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
