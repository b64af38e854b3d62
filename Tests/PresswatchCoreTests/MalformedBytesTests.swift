import PresswatchTesting
import Testing

@testable import PresswatchCore

#if canImport(Glibc)
    import Glibc
#endif

/// The decoder on bytes of every shape: valid text in each accepted encoding comes back as the
/// same text, one bad byte or unit put anywhere is refused at exactly its offset, and random
/// bytes never crash it and never come back with an offset outside the input.
@Suite(.tags(.fast)) struct MalformedBytesTests {
    /// Random text: ASCII, Chinese, Latin, other BMP scalars, scalars beyond the BMP (UTF-16
    /// surrogate pairs, GB18030's four-byte forms), and line ends of each kind. No NUL.
    static func randomText(_ generator: inout SeededGenerator, scalars: Int) -> [Unicode.Scalar] {
        (0..<scalars).map { _ in
            let roll = generator.next()
            let pick = { (range: ClosedRange<UInt32>) in
                range.lowerBound + UInt32((roll >> 8) % UInt64(range.count))
            }
            let value: UInt32
            switch roll % 10 {
            case 0, 1, 2: value = pick(0x20...0x7E)
            case 3, 4, 5: value = pick(0x4E00...0x9FFF)
            case 6: value = pick(0xA0...0x24F)
            case 7: value = pick(0x1...0xD7FF)
            case 8: value = pick(0x10000...0x10FFFF)
            default: value = [0x0A, 0x0D, 0x09, 0x3000][Int((roll >> 8) % 4)]
            }
            return Unicode.Scalar(value) ?? "?"
        }
    }

    /// The text the decoder gives for these scalars: CR LF and a lone CR become LF.
    static func normalized(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r" {
                out.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            } else {
                out.append(scalars[index])
            }
            index += 1
        }
        return String(out)
    }

    static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        Array(String(String.UnicodeScalarView(scalars)).utf8)
    }

    static func utf16(_ scalars: [Unicode.Scalar], bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in String(String.UnicodeScalarView(scalars)).utf16 {
            bytes +=
                bigEndian
                ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    /// GB18030 through the same C library the decoder uses, one scalar at a time, so that the
    /// offset where each scalar starts is known.
    static func gb18030(_ scalars: [Unicode.Scalar]) throws -> (bytes: [UInt8], starts: [Int]) {
        let converter = iconv_open("GB18030", "UTF-8")
        try #require(converter != iconv_t(bitPattern: -1), "iconv has no GB18030")
        defer { iconv_close(converter) }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for scalar in scalars {
            var input = Array(String(scalar).utf8).map { CChar(bitPattern: $0) }
            var output = [CChar](repeating: 0, count: 16)
            var inLeft = input.count
            var outLeft = output.count
            let result = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer = inBuffer.baseAddress
                    var outPointer = outBuffer.baseAddress
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            try #require(result != -1, "GB18030 cannot encode U+\(String(scalar.value, radix: 16))")
            starts.append(bytes.count)
            bytes += output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
        }
        return (bytes, starts)
    }

    /// Each form of the text, with the offsets where its scalars start.
    static func encodings(of scalars: [Unicode.Scalar]) throws -> [(
        name: String, bytes: [UInt8], starts: [Int], encoding: TextEncoding
    )] {
        var utf8Starts: [Int] = []
        var utf16Starts: [Int] = []
        var (utf8Count, utf16Count) = (0, 0)
        for scalar in scalars {
            utf8Starts.append(utf8Count)
            utf16Starts.append(utf16Count)
            utf8Count += UTF8.width(scalar)
            utf16Count += 2 * UTF16.width(scalar)
        }
        let gb = try gb18030(scalars)
        return [
            ("UTF-8", utf8(scalars), utf8Starts, .utf8),
            (
                "UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + utf8(scalars), utf8Starts.map { $0 + 3 },
                .utf8
            ),
            (
                "UTF-16LE", [0xFF, 0xFE] + utf16(scalars, bigEndian: false),
                utf16Starts.map { $0 + 2 }, .utf16LE
            ),
            (
                "UTF-16BE", [0xFE, 0xFF] + utf16(scalars, bigEndian: true),
                utf16Starts.map { $0 + 2 }, .utf16BE
            ),
            ("GB18030", gb.bytes, gb.starts, .gb18030),
        ]
    }

    /// Whether bytes of a form without a byte order mark start as if they had one: a BOM
    /// decides, so those are another form's bytes (GB18030 bytes may start FE FF or EF BB BF).
    static func looksMarked(_ bytes: [UInt8], form: String) -> Bool {
        !form.contains("BOM") && !form.hasPrefix("UTF-16")
            && [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]].contains { bytes.starts(with: $0) }
    }

    @Test("text in every accepted encoding decodes to itself")
    func everyEncodingRoundTrips() throws {
        var generator = SeededGenerator(seed: 180)
        for round in 0..<300 {
            let scalars = Self.randomText(&generator, scalars: Int(generator.next() % 60) + 1)
            let expected = Self.normalized(scalars)
            for form in try Self.encodings(of: scalars)
            where !Self.looksMarked(form.bytes, form: form.name) {
                let decoded = try InputDecoder.decode(form.bytes)
                #expect(decoded.text == expected, "round \(round), \(form.name)")
                // GB18030 bytes that happen to be valid UTF-8 (ASCII alone) are read as UTF-8.
                let utf8Too = form.bytes.withUnsafeBufferPointer {
                    UTF8Validation.firstInvalidOffset(in: $0) == nil
                }
                #expect(
                    decoded.encoding == form.encoding || (form.encoding == .gb18030 && utf8Too),
                    "round \(round), \(form.name)")
            }
        }
    }

    /// One bad thing at the start of a scalar, anywhere in the text: refused at exactly its
    /// offset, with the reason the README gives. Bytes without a byte order mark that are
    /// neither UTF-8 nor GB18030 are reported where the decoding that got further stopped:
    /// a bad GB18030 sequence can continue a UTF-8 sequence begun before it, so there the
    /// offset is the UTF-8 failure when that comes later (or the bytes are UTF-8).
    @Test("one bad byte or unit put anywhere is refused at exactly its offset")
    func oneBadThingIsFoundWhereItIs() throws {
        // What is inserted, in which forms, and why it is refused.
        let utf8Forms: Set = ["UTF-8", "UTF-8 with BOM"]
        let utf16Forms: Set = ["UTF-16LE", "UTF-16BE"]
        let insertions:
            [(
                bytes: (_ bigEndian: Bool) -> [UInt8], forms: Set<String>,
                reason: TextDecodingError.Reason
            )] = [
                ({ _ in [0x00] }, utf8Forms.union(["GB18030"]), .binary),
                ({ _ in [0xFF] }, utf8Forms.union(["GB18030"]), .undecodable),
                // Without a byte order mark these are GB18030 characters.
                ({ _ in [0xC0, 0x80] }, ["UTF-8 with BOM"], .undecodable),  // an overlong NUL
                ({ _ in [0xED, 0xA0, 0x80] }, ["UTF-8 with BOM"], .undecodable),  // a surrogate
                ({ _ in [0x80] }, ["GB18030"], .undecodable),
                ({ _ in [0x81, 0x20] }, ["GB18030"], .undecodable),
                ({ _ in [0xA1, 0x7F] }, ["GB18030"], .undecodable),
                ({ _ in [0xE3, 0x32, 0x9A, 0x36] }, ["GB18030"], .undecodable),  // beyond U+10FFFF
                ({ $0 ? [0x00, 0x00] : [0x00, 0x00] }, utf16Forms, .binary),
                ({ $0 ? [0xD8, 0x3D] : [0x3D, 0xD8] }, utf16Forms, .undecodable),  // a lone high
                ({ $0 ? [0xDE, 0x00] : [0x00, 0xDE] }, utf16Forms, .undecodable),  // a lone low
            ]
        var generator = SeededGenerator(seed: 181)
        for round in 0..<300 {
            let scalars = Self.randomText(&generator, scalars: Int(generator.next() % 40) + 1)
            for form in try Self.encodings(of: scalars) {
                for insertion in insertions where insertion.forms.contains(form.name) {
                    let starts = form.starts + [form.bytes.count]
                    let at = starts[Int(generator.next() % UInt64(starts.count))]
                    var bytes = form.bytes
                    bytes.insert(contentsOf: insertion.bytes(form.name == "UTF-16BE"), at: at)
                    if Self.looksMarked(bytes, form: form.name) { continue }
                    var expected = at
                    if form.name == "GB18030", insertion.reason != .binary {
                        let utf8Failure = bytes.withUnsafeBufferPointer {
                            UTF8Validation.firstInvalidOffset(in: $0)
                        }
                        guard let utf8Failure else {
                            #expect(try InputDecoder.decode(bytes).encoding == .utf8)
                            continue
                        }
                        expected = max(at, utf8Failure)
                    }
                    do {
                        let decoded = try InputDecoder.decode(bytes)
                        Issue.record(
                            "round \(round), \(form.name): decoded \(bytes) as \(decoded.encoding)")
                    } catch {
                        #expect(
                            error.byteOffset == expected,
                            "round \(round), \(form.name): \(bytes) \(error)")
                        #expect(
                            error.reason == insertion.reason,
                            "round \(round), \(form.name): \(error)")
                        #expect(
                            error.message.contains("byte offset \(expected)"), "\(error.message)")
                    }
                }
            }
        }
    }

    /// Found by the prefix property below: the odd length of UTF-16 was reported at its last
    /// byte before the units were looked at, though a lone surrogate came first.
    @Test("odd-length UTF-16 is refused at its first problem, not at its odd last byte")
    func oddUTF16IsRefusedAtItsFirstProblem() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]
        #expect(
            throws: TextDecodingError(
                reason: .undecodable, byteOffset: 4,
                message: "invalid UTF-16 at byte offset 4: a high surrogate without its low half")
        ) { try InputDecoder.decode(bytes) }
        #expect(
            throws: TextDecodingError(
                reason: .undecodable, byteOffset: 8,
                message:
                    "UTF-16 text cut off: an odd number of bytes, the last at byte offset 8")
        ) { try InputDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x43]) }
    }

    /// Bytes of no particular shape: random bytes, and text in some encoding with random
    /// bytes overwritten. Each either decodes, to text without NUL and without CR, or is
    /// refused with an offset inside the input; a NUL refusal points at a NUL.
    @Test("random bytes decode or are refused with an offset inside them, never a crash")
    func randomBytesNeverCrash() throws {
        var generator = SeededGenerator(seed: 182)
        var outcomes: [String: Int] = [:]
        for _ in 0..<20_000 {
            var bytes: [UInt8]
            if generator.next() % 2 == 0 {
                // Random bytes, now and then behind a byte order mark.
                let marks: [[UInt8]] = [[], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
                bytes = marks[Int(generator.next() % 5)]
                bytes += (0..<Int(generator.next() % 24)).map { _ in
                    UInt8(truncatingIfNeeded: generator.next())
                }
            } else {
                // Text in some encoding, then a few bytes overwritten, put in or taken out.
                let scalars = Self.randomText(&generator, scalars: Int(generator.next() % 12) + 1)
                let forms = try Self.encodings(of: scalars)
                bytes = forms[Int(generator.next() % UInt64(forms.count))].bytes
                for _ in 0..<Int(generator.next() % 4) {
                    let at = Int(generator.next() % UInt64(bytes.count + 1))
                    let byte = UInt8(truncatingIfNeeded: generator.next())
                    switch generator.next() % 3 {
                    case 0 where at < bytes.count: bytes[at] = byte
                    case 1 where at < bytes.count: bytes.remove(at: at)
                    default: bytes.insert(byte, at: at)
                    }
                }
            }
            do {
                let decoded = try InputDecoder.decode(bytes)
                outcomes[decoded.encoding.rawValue, default: 0] += 1
                #expect(!decoded.text.unicodeScalars.contains("\0"), "\(bytes)")
                #expect(!decoded.text.unicodeScalars.contains("\r"), "\(bytes)")
                if decoded.encoding == .utf8, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                    #expect(
                        decoded.text == String(decoding: LineEnds.normalized(bytes), as: UTF8.self))
                }
            } catch {
                outcomes[error.reason.rawValue, default: 0] += 1
                #expect(bytes.indices.contains(error.byteOffset), "\(bytes): \(error)")
                // The offset is where the first problem is: the bytes before it decode.
                if error.reason == .undecodable {
                    let prefix = Array(bytes[..<min(error.byteOffset, bytes.count)])
                    #expect(throws: Never.self, "\(bytes): \(error)") {
                        try InputDecoder.decode(prefix)
                    }
                }
                if error.reason == .binary, bytes.indices.contains(error.byteOffset) {
                    let utf16 =
                        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
                    #expect(bytes[error.byteOffset] == 0, "\(bytes): \(error)")
                    if utf16 { #expect(bytes[error.byteOffset + 1] == 0, "\(bytes): \(error)") }
                }
            }
        }
        // Every way out was taken: the generator reaches each branch of the decoder.
        for outcome in ["utf-8", "utf-16le", "utf-16be", "gb18030", "binary", "undecodable"] {
            #expect(outcomes[outcome, default: 0] > 100, "\(outcome): \(outcomes)")
        }
    }
}
