import Foundation

/// Reads `word [frequency] [tag]` lines (the lexicon's dict.txt and user dictionaries) straight
/// from the file's bytes: UTF-8 decoded by hand, no `String` per line, so the 5 MB lexicon
/// loads in a few tens of milliseconds.
enum DictionaryFile {
    /// One entry as read. `word` is reused from line to line: copy it to keep it.
    struct Entry {
        var line: Int
        var word: [UInt32]
        var frequency: Double?
        /// The tag's bytes packed little-endian into an integer, 0 when absent.
        var packedTag: UInt64
    }

    static func readBytes(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: path, line: 0, message: "cannot read the file")
        }
        return data
    }

    /// Calls `visit` for every non-blank line of `data`; a malformed line throws naming
    /// `file:line`.
    static func parse(
        _ data: Data, file: String, visit: (inout Entry) throws -> Void
    ) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var entry = Entry(line: 0, word: [], frequency: nil, packedTag: 0)
            entry.word.reserveCapacity(64)
            var position = hasByteOrderMark(bytes) ? 3 : 0
            while position < bytes.count {
                entry.line += 1
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let next = end + 1
                if end > position && bytes[end - 1] == 0x0D { end -= 1 }
                if try parseLine(bytes, position..<end, into: &entry, file: file) {
                    try visit(&entry)
                }
                position = next
            }
        }
    }

    private static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Fills `entry` from one line; false for a blank line.
    private static func parseLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into entry: inout Entry,
        file: String
    ) throws -> Bool {
        var fields: (Range<Int>?, Range<Int>?, Range<Int>?) = (nil, nil, nil)
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound && isBlank(bytes[index]) { index += 1 }
            if index == range.upperBound { break }
            let start = index
            while index < range.upperBound && !isBlank(bytes[index]) { index += 1 }
            switch count {
            case 0: fields.0 = start..<index
            case 1: fields.1 = start..<index
            case 2: fields.2 = start..<index
            default:
                throw LexiconError(
                    file: file, line: entry.line,
                    message: "expected `word [frequency] [tag]`, found more than 3 fields")
            }
            count += 1
        }
        guard let wordField = fields.0 else { return false }
        try decodeWord(bytes, wordField, into: &entry, file: file)
        entry.frequency = nil
        entry.packedTag = 0
        if let second = fields.1 {
            if let frequency = parseFrequency(bytes, second) {
                entry.frequency = frequency
                if let third = fields.2 { try parseTag(bytes, third, into: &entry, file: file) }
            } else if fields.2 == nil, isTag(bytes, second) {
                try parseTag(bytes, second, into: &entry, file: file)
            } else {
                throw LexiconError(
                    file: file, line: entry.line,
                    message: "the frequency must be a whole number, found `\(text(bytes, second))`")
            }
        }
        return true
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func parseFrequency(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Double? {
        var value = 0.0
        for index in range {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Double(digit)
        }
        return value
    }

    private static func isTag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 8 else { return false }
        for index in range {
            let byte = bytes[index] | 0x20
            guard byte >= 0x61 && byte <= 0x7A else { return false }
        }
        return true
    }

    private static func parseTag(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into entry: inout Entry,
        file: String
    ) throws {
        guard isTag(bytes, range) else {
            throw LexiconError(
                file: file, line: entry.line,
                message: "the tag must be 1 to 8 ASCII letters, found `\(text(bytes, range))`")
        }
        var packed: UInt64 = 0
        for (shift, index) in range.enumerated() {
            packed |= UInt64(bytes[index]) << (8 * UInt64(shift))
        }
        entry.packedTag = packed
    }

    /// Decodes the word's UTF-8 into scalars, rejecting malformed bytes.
    private static func decodeWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into entry: inout Entry,
        file: String
    ) throws {
        entry.word.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            guard let (scalar, length) = decodeScalar(bytes, at: index, end: range.upperBound)
            else {
                throw LexiconError(
                    file: file, line: entry.line, message: "the word is not valid UTF-8")
            }
            guard scalar != 0 else {
                throw LexiconError(file: file, line: entry.line, message: "the word holds U+0000")
            }
            entry.word.append(scalar)
            index += length
        }
    }

    @inline(__always)
    private static func decodeScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
    ) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, scalar) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            return nil
        }
        return (scalar, length)
    }
}
