import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct BoundedLinesTests {
    /// A stream given out in pieces of random sizes, as a pipe gives short reads.
    final class ChoppedStream {
        let bytes: [UInt8]
        var offset = 0
        var generator: SeededGenerator

        init(_ bytes: [UInt8], seed: UInt64) {
            self.bytes = bytes
            generator = SeededGenerator(seed: seed)
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            let wanted = Int(generator.next() % UInt64(buffer.count)) + 1
            let count = min(wanted, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
    }

    /// The lines as a plain split would give them, judged against the limit afterwards.
    static func expectedLines(_ bytes: [UInt8], limit: Int) -> [BoundedLines.Line] {
        var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if pieces.last == [] { pieces.removeLast() }
        return pieces.map { raw in
            var line = raw
            if line.last == 0x0D { line.removeLast() }
            guard line.count > limit else { return .bytes(line) }
            return .tooLong(bytes: line.count, head: Array(raw.prefix(BoundedLines.headBytes)))
        }
    }

    static func readAll(_ reader: inout BoundedLines) -> [BoundedLines.Line] {
        var lines: [BoundedLines.Line] = []
        while let (number, line) = reader.next() {
            #expect(number == lines.count + 1)
            lines.append(line)
        }
        return lines
    }

    @Test("any stream, chunk size and read pattern gives the lines a plain split gives")
    func chunkedReadingEqualsSplitting() {
        var generator = SeededGenerator(seed: 18)
        for round in 0..<2_000 {
            // Lines around the limit, CR LF now and then, a last line with or without LF.
            let limit = Int(generator.next() % 40)
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 8) {
                let length = Int(generator.next() % UInt64(2 * limit + 3))
                bytes += (0..<length).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 20) }
                switch generator.next() % 4 {
                case 0: bytes += [0x0D, 0x0A]
                case 1: bytes.append(0x0D)
                default: bytes.append(0x0A)
                }
            }
            if generator.next() % 2 == 0, bytes.last == 0x0A { bytes.removeLast() }
            let chunk = Int(generator.next() % 9) + 1
            let stream = ChoppedStream(bytes, seed: generator.next())
            var reader = BoundedLines(maxLineBytes: limit, chunkBytes: chunk) {
                stream.read(into: $0)
            }
            #expect(
                Self.readAll(&reader) == Self.expectedLines(bytes, limit: limit),
                "round \(round): \(bytes) limit \(limit) chunk \(chunk)")
        }
    }

    /// A line far over the limit streams past, counted, with only its head kept (the memory
    /// this saves is measured end to end, in PipeOversizedLineTests).
    @Test("a line of 50 MB is counted, not held, and the next line still comes")
    func aHugeLineIsSkippedUnheld() {
        let lineBytes = 50_000_000
        var given = 0
        var sawNext = false
        var reader = BoundedLines(maxLineBytes: 1000, chunkBytes: 1 << 16) { buffer in
            guard given < lineBytes else {
                guard !sawNext else { return 0 }
                sawNext = true
                let tail = Array("\n{\"id\": 2}\n".utf8)
                for (index, byte) in tail.enumerated() { buffer[index] = byte }
                return tail.count
            }
            let count = min(buffer.count, lineBytes - given)
            for index in 0..<count { buffer[index] = UInt8(ascii: "x") }
            given += count
            return count
        }
        let first = reader.next()
        #expect(first?.number == 1)
        #expect(
            first?.line
                == .tooLong(
                    bytes: lineBytes, head: [UInt8](repeating: 120, count: BoundedLines.headBytes)))
        let second = reader.next()
        #expect(second?.number == 2)
        #expect(second?.line == .bytes(Array("{\"id\": 2}".utf8)))
        #expect(reader.next() == nil)
    }
}
