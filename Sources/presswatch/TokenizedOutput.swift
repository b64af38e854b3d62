import Foundation
import PresswatchCore
import Segmenter

/// The input of `tokenize` as scalars, and its output written line by line into one reused
/// byte buffer, flushed in large blocks. A line's bytes are written through a pointer after
/// one capacity check per line: appending byte by byte cost more than segmenting the words.
struct TokenizedOutput {
    private static let blockSize = 1 << 20
    private var buffer: [UInt8]
    private var used = 0
    private var tokens: [Token] = []

    init() {
        buffer = [UInt8](repeating: 0, count: Self.blockSize)
    }

    /// UTF-8 bytes as scalars in one pass; a malformed sequence becomes U+FFFD.
    static func decode(_ data: Data) -> [Unicode.Scalar] {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var iterator = bytes.makeIterator()
                var decoder = UTF8()
                var written = 0
                loop: while true {
                    switch decoder.decode(&iterator) {
                    case .scalarValue(let scalar): out[written] = scalar
                    case .error: out[written] = "\u{FFFD}"
                    case .emptyInput: break loop
                    }
                    written += 1
                }
                count = written
            }
        }
    }

    mutating func write(_ scalars: [Unicode.Scalar], with segmenter: WordSegmenter) {
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            tokens.removeAll(keepingCapacity: true)
            segmenter.tokenize(scalars, in: lineStart..<lineEnd, into: &tokens)
            // At most 4 bytes a scalar, a space between tokens, the line end.
            reserve(4 * (lineEnd - lineStart) + tokens.count + 1)
            writeLine(scalars)
            if used >= Self.blockSize { flush() }
            lineStart = lineEnd + 1
        }
    }

    /// Room for `count` more bytes: flushes, and grows the buffer for a giant line.
    private mutating func reserve(_ count: Int) {
        if used + count > buffer.count { flush() }
        if count > buffer.count { buffer = [UInt8](repeating: 0, count: count) }
    }

    /// The tokens of the line, separated by one space, and a line end.
    private mutating func writeLine(_ scalars: [Unicode.Scalar]) {
        var at = used
        buffer.withUnsafeMutableBufferPointer { out in
            for (index, token) in tokens.enumerated() {
                if index > 0 {
                    out[at] = 0x20
                    at += 1
                }
                for position in token.span.range {
                    Self.writeUTF8(scalars[position].value, to: out, at: &at)
                }
            }
            out[at] = 0x0A
            at += 1
        }
        used = at
    }

    /// Tokenizes every line without writing anything; the number of tokens.
    static func tokenizeLines(_ scalars: [Unicode.Scalar], with segmenter: WordSegmenter) -> Int {
        var tokens: [Token] = []
        var total = 0
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            tokens.removeAll(keepingCapacity: true)
            segmenter.tokenize(scalars, in: lineStart..<lineEnd, into: &tokens)
            total += tokens.count
            lineStart = lineEnd + 1
        }
        return total
    }

    @inline(__always)
    private static func writeUTF8(
        _ value: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at index: inout Int
    ) {
        if value < 0x80 {
            out[index] = UInt8(value)
            index += 1
        } else if value < 0x800 {
            out[index] = UInt8(0xC0 | value >> 6)
            out[index + 1] = UInt8(0x80 | value & 0x3F)
            index += 2
        } else if value < 0x10000 {
            out[index] = UInt8(0xE0 | value >> 12)
            out[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            out[index + 2] = UInt8(0x80 | value & 0x3F)
            index += 3
        } else {
            out[index] = UInt8(0xF0 | value >> 18)
            out[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            out[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            out[index + 3] = UInt8(0x80 | value & 0x3F)
            index += 4
        }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < used {
                let written = Foundation.write(1, bytes.baseAddress! + offset, used - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        used = 0
    }
}
