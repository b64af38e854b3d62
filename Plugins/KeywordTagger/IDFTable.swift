import Foundation

/// Inverse document frequencies of words (jieba's table, `word idf` a line), with the median
/// for words the table lacks.
///
/// Parsed straight from the file's bytes and kept once per process: every processor built
/// from a configuration shares the same table.
public final class IDFTable: Sendable {
    public let values: [String: Float]
    /// What a word missing from the table is given.
    public let median: Float

    /// Parses `word idf` lines; `source` names the file in errors.
    public init(bytes: UnsafeRawBufferPointer, source: String) throws {
        var values: [String: Float] = [:]
        values.reserveCapacity(bytes.count / 22)
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let (word, idf) = try Self.parseLine(
                bytes, lineStart, lineEnd, where: "\(source):\(lineNumber)")
            if let word { values[word] = idf }
            lineStart = lineEnd + 1
        }
        guard !values.isEmpty else {
            throw IDFTableError(message: "\(source): no `word idf` lines")
        }
        self.values = values
        // The upper median, as jieba takes it.
        let sorted = values.values.sorted()
        self.median = sorted[sorted.count / 2]
    }

    /// The IDF of a word, or the median when the table lacks it.
    @inline(__always)
    public func idf(_ word: String) -> Float { values[word] ?? median }

    /// One line: the word up to the last space, then a decimal number. Blank lines give nil.
    private static func parseLine(
        _ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, where location: String
    ) throws -> (String?, Float) {
        var stop = end
        if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
        if stop == start { return (nil, 0) }
        var space = stop - 1
        while space > start && bytes[space] != 0x20 { space -= 1 }
        guard space > start,
            let idf = parseDecimal(UnsafeRawBufferPointer(rebasing: bytes[(space + 1)..<stop]))
        else {
            throw IDFTableError(message: "\(location): expected `word idf`")
        }
        let word = String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<space]), as: UTF8.self)
        return (word, idf)
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
}

public struct IDFTableError: Error, Sendable, CustomStringConvertible {
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
