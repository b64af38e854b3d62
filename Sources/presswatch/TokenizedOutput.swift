import Foundation
import PresswatchCore
import Segmenter

/// The input of `tokenize` as scalars, and its output written line by line through one
/// reused byte buffer, flushed in large blocks.
struct TokenizedOutput {
    private var buffer: [UInt8] = []
    private var tokens: [Token] = []

    init() {
        buffer.reserveCapacity(1 << 20)
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
            for (index, token) in tokens.enumerated() {
                if index > 0 { buffer.append(0x20) }
                for scalar in scalars[token.span.range] { appendUTF8(scalar) }
            }
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { flush() }
            lineStart = lineEnd + 1
        }
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
    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            buffer.append(UInt8(value))
        } else if value < 0x800 {
            buffer.append(UInt8(0xC0 | value >> 6))
            buffer.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            buffer.append(UInt8(0xE0 | value >> 12))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        } else {
            buffer.append(UInt8(0xF0 | value >> 18))
            buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
