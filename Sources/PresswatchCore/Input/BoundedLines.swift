#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbered lines of a byte stream, read in fixed-size chunks so that memory stays bounded
/// whatever the stream holds: a line longer than `maxLineBytes` is never held. It is skipped
/// to its line end as it streams past, and reported with its length and its first bytes
/// (where a `pipe` record's id is).
///
/// Lines end at LF; a CR before it is dropped (CRLF); a last line without its LF counts. A
/// line's length is counted without its line end.
public struct BoundedLines {
    public enum Line: Equatable, Sendable {
        /// A line within the limit, without its line end.
        case bytes([UInt8])
        /// A line over the limit: its length and its first `headBytes` bytes.
        case tooLong(bytes: Int, head: [UInt8])
    }

    /// How many leading bytes of a line that is too long are kept.
    public static let headBytes = 4096

    public let maxLineBytes: Int
    /// Fills the buffer with the next bytes of the stream; returns how many, 0 at its end.
    private let readInto: (UnsafeMutableRawBufferPointer) -> Int
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var ended = false
    /// The line read so far, while it is within the limit.
    private var line: [UInt8] = []
    /// The length so far of a line over the limit, which is being skipped.
    private var skipped: Int?
    private var head: [UInt8] = []
    /// Whether the current line has any byte yet (a last line without LF counts when it has).
    private var started = false
    private var lastByte: UInt8 = 0
    private var number = 0

    public init(
        maxLineBytes: Int, chunkBytes: Int = 1 << 16,
        read: @escaping (UnsafeMutableRawBufferPointer) -> Int
    ) {
        precondition(chunkBytes > 0)
        self.maxLineBytes = max(0, maxLineBytes)
        self.readInto = read
        self.chunk = [UInt8](repeating: 0, count: chunkBytes)
    }

    /// The next line and its 1-based number; nil at the end of the stream.
    public mutating func next() -> (number: Int, line: Line)? {
        while true {
            if start == end {
                if ended { return started ? finishLine() : nil }
                let readInto = readInto
                let got = chunk.withUnsafeMutableBytes { readInto($0) }
                if got <= 0 {
                    ended = true
                    continue
                }
                (start, end) = (0, got)
            }
            let newline = firstLineFeed()
            take(chunk[start..<(newline ?? end)])
            guard let newline else {
                start = end
                continue
            }
            start = newline + 1
            return finishLine()
        }
    }

    /// The index in `chunk` of the first LF in `start..<end`: memchr, since every byte of a
    /// skipped line passes here.
    private func firstLineFeed() -> Int? {
        chunk.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress! + start, 0x0A, end - start).map {
                UnsafeRawPointer($0) - buffer.baseAddress!
            }
        }
    }

    /// Adds a piece of the current line: kept while the line is within the limit, counted
    /// (and its head kept) once it is over.
    private mutating func take(_ piece: ArraySlice<UInt8>) {
        guard let lastOfPiece = piece.last else { return }
        started = true
        lastByte = lastOfPiece
        if let count = skipped {
            skipped = count + piece.count
            if head.count < Self.headBytes { head += piece.prefix(Self.headBytes - head.count) }
        } else if line.count + piece.count > maxLineBytes + 1 {
            // Over even with one byte of slack for a CR before the LF, which is not part of
            // the line: from here on the line is only counted.
            skipped = line.count + piece.count
            head = Array(line.prefix(Self.headBytes))
            head += piece.prefix(Self.headBytes - head.count)
            line = []
        } else {
            line += piece
        }
    }

    private mutating func finishLine() -> (number: Int, line: Line) {
        number += 1
        defer { (line, head, skipped, started, lastByte) = ([], [], nil, false, 0) }
        if let count = skipped {
            return (number, .tooLong(bytes: lastByte == 0x0D ? count - 1 : count, head: head))
        }
        if line.last == 0x0D { line.removeLast() }
        if line.count > maxLineBytes {
            return (number, .tooLong(bytes: line.count, head: Array(line.prefix(Self.headBytes))))
        }
        return (number, .bytes(line))
    }
}
