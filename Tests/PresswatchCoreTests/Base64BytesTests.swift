import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct Base64BytesTests {
    /// Every length from 0 to 64 (so every padding), and every byte value, round-trip through
    /// Foundation's encoder.
    @Test func decodesWhatFoundationEncodes() throws {
        var samples: [[UInt8]] = (0...64).map { length in
            (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ length &* 11) }
        }
        samples.append((0...255).map(UInt8.init))
        for bytes in samples {
            let text = Data(bytes).base64EncodedString()
            #expect(try Base64Bytes.decode(text) == bytes, "\(text)")
        }
    }

    @Test func damagedTextIsRefusedWithWhereItGoesWrong() {
        let cases: [(String, String)] = [
            ("QUJD!A==", #""base64" is not base64: U+0021 (not in A-Z a-z 0-9 + /) at offset 4"#),
            ("QUJDRA=", #""base64" is not base64: its length, 7, is not a multiple of 4"#),
            ("QQ==QUJD", #""base64" is not base64: padding = before the end at offset 2"#),
            ("QUJDRA=E", #""base64" is not base64: a character after its = padding, at offset 7"#),
            ("QUJD\nRA==", #""base64" is not base64: U+000A (not in A-Z a-z 0-9 + /) at offset 4"#),
            ("QUJDé===", #""base64" is not base64: U+00E9 (not in A-Z a-z 0-9 + /) at offset 4"#),
        ]
        for (text, message) in cases {
            do {
                let bytes = try Base64Bytes.decode(text)
                Issue.record("\(text) decoded to \(bytes)")
            } catch {
                #expect(error.message.hasPrefix(message), "\(text): \(error.message)")
            }
        }
    }
}
