import Foundation

/// Inverse document frequencies of words (jieba's table, `word idf` a line), with the median
/// for words the table lacks.
///
/// Parsed straight from the file's bytes into a scalar-keyed table and kept once per
/// process: every processor built from a configuration shares it, and looking a word up
/// costs no `String`.
public final class IDFTable: Sendable {
    /// Payload: the IDF's bits.
    let table: ScalarTable
    /// What a word missing from the table is given.
    public let median: Float

    /// How many words the table holds.
    public var count: Int { table.count }

    /// Parses `word idf` lines; `source` names the file in errors.
    public init(bytes: UnsafeRawBufferPointer, source: String) throws {
        var table = ScalarTable()
        var values: [Float] = []
        table.reserve(bytes.count / 22, scalars: bytes.count / 6)
        values.reserveCapacity(bytes.count / 22)
        var word: [UInt32] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var stop = lineEnd
            if stop > lineStart && bytes[stop - 1] == 0x0D { stop -= 1 }
            if stop > lineStart {
                guard let idf = Self.parseLine(bytes, lineStart, stop, into: &word) else {
                    // The location is only built here: formatting it for each of the
                    // 270,000 good lines cost more than the whole parse.
                    throw IDFTableError(message: "\(source):\(lineNumber): expected `word idf`")
                }
                word.withUnsafeBufferPointer { key in
                    let hash = scalarHash(key)
                    if table.find(key, hash: hash) != nil {
                        table.update(key, hash: hash, payload: idf.bitPattern)
                    } else {
                        table.append(key, hash: hash, payload: idf.bitPattern)
                        values.append(idf)
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        guard !values.isEmpty else {
            throw IDFTableError(message: "\(source): no `word idf` lines")
        }
        self.table = table
        // The upper median, as jieba takes it.
        let sorted = values.sorted()
        self.median = sorted[sorted.count / 2]
    }

    /// The IDF of a word, or the median when the table lacks it.
    public func idf(_ word: String) -> Float {
        table.find(word).map(Float.init(bitPattern:)) ?? median
    }

    @inline(__always)
    func idf(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64) -> Float {
        table.find(key, hash: hash).map(Float.init(bitPattern:)) ?? median
    }

    /// One line: the word up to the last space (decoded into `word`), then a decimal number;
    /// nil when the line is not of that form.
    private static func parseLine(
        _ bytes: UnsafeRawBufferPointer, _ start: Int, _ stop: Int, into word: inout [UInt32]
    ) -> Float? {
        var space = stop - 1
        while space > start && bytes[space] != 0x20 { space -= 1 }
        guard space > start,
            let idf = parseDecimal(UnsafeRawBufferPointer(rebasing: bytes[(space + 1)..<stop])),
            decodeUTF8(UnsafeRawBufferPointer(rebasing: bytes[start..<space]), into: &word)
        else { return nil }
        return idf
    }

    /// `digits[.digits]`, without Foundation's number parsing (too slow for 270,000 lines).
    private static func parseDecimal(_ bytes: UnsafeRawBufferPointer) -> Float? {
        var whole: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var seenDot = false
        var digits = 0
        for byte in bytes {
            if byte == 0x2E, !seenDot {
                seenDot = true
                continue
            }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            digits += 1
            if seenDot {
                scale /= 10
                fraction += Double(byte - 0x30) * scale
            } else {
                whole = whole * 10 + Double(byte - 0x30)
            }
        }
        return digits > 0 ? Float(whole + fraction) : nil
    }

    /// UTF-8 to scalar values; false on a malformed sequence.
    private static func decodeUTF8(_ bytes: UnsafeRawBufferPointer, into scalars: inout [UInt32])
        -> Bool
    {
        scalars.removeAll(keepingCapacity: true)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar.value)
            case .emptyInput: return !scalars.isEmpty
            case .error: return false
            }
        }
    }
}

public struct IDFTableError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension IDFTable {
    private static let cache = LoadedOnce<IDFTable>()

    /// The table at `path`, read and parsed the first time it is asked for in this process.
    public static func shared(at path: String) throws -> IDFTable {
        try cache.value(for: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw IDFTableError(message: "cannot read \(path)")
            }
            return try data.withUnsafeBytes { try IDFTable(bytes: $0, source: path) }
        }
    }
}

/// Values built once per process and key (a file path), shared by every thread.
final class LoadedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value for `key`, built by `make` the first time; a failed build is not kept.
    func value(for key: String, make: () throws -> Value) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let value = try make()
        values[key] = value
        return value
    }
}
