import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct InputDecoderTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func everyEncodingOfTheSeedPageDecodesToTheSameText() throws {
        // The real page, plus an emoji and a euro sign: both need GB18030's four-byte and
        // two-byte forms, and the emoji needs a UTF-16 surrogate pair.
        let page = try TestData.seedPage + "价格 €5 🎉\n"
        let expected = try InputDecoder.decode(Array(page.utf8))
        #expect(expected.encoding == .utf8)
        #expect(expected.text == page)

        let gbData = try #require(page.data(using: Self.gb18030))
        let variants: [(bytes: [UInt8], encoding: TextEncoding)] = [
            ([0xEF, 0xBB, 0xBF] + Array(page.utf8), .utf8),
            (Self.utf16(page, bigEndian: false), .utf16LE),
            (Self.utf16(page, bigEndian: true), .utf16BE),
            (Array(gbData), .gb18030),
        ]
        for variant in variants {
            let decoded = try InputDecoder.decode(variant.bytes)
            #expect(decoded.encoding == variant.encoding)
            #expect(decoded.text == expected.text)
            #expect(decoded.lines == expected.lines)
        }
    }

    @Test func lineEndsBecomeLineFeeds() throws {
        let decoded = try InputDecoder.decode(Array("一\r\n二\r三\n四".utf8))
        #expect(decoded.text == "一\n二\n三\n四")
        #expect(decoded.lines == 4)
        let crlfUTF16 = try InputDecoder.decode(Self.utf16("a\r\nb\r\n", bigEndian: false))
        #expect(crlfUTF16.text == "a\nb\n")
        #expect(crlfUTF16.lines == 2)
    }

    @Test func linesCountALastLineWithoutItsLineEnd() throws {
        #expect(try InputDecoder.decode([]).lines == 0)
        #expect(try InputDecoder.decode(Array("a".utf8)).lines == 1)
        #expect(try InputDecoder.decode(Array("a\n".utf8)).lines == 1)
        #expect(try InputDecoder.decode(Array("a\n\n".utf8)).lines == 2)
    }

    @Test func aNULByteIsRefusedAsBinaryWithItsOffset() {
        let bytes: [UInt8] = Array("正文".utf8) + [0x00, 0x41]
        #expect(throws: TextDecodingError.self) { try InputDecoder.decode(bytes) }
        do {
            _ = try InputDecoder.decode(bytes)
        } catch {
            #expect(error.reason == .binary)
            #expect(error.byteOffset == 6)
            #expect(error.message.contains("NUL byte at byte offset 6"))
        }
    }

    @Test func aNULCharacterInUTF16IsRefusedToo() {
        let bytes = Self.utf16("ab\u{0}c", bigEndian: false)
        #expect(
            throws: TextDecodingError(
                reason: .binary, byteOffset: 6,
                message: "binary data: a NUL character (U+0000) at byte offset 6 of the UTF-16 text"
            )
        ) { try InputDecoder.decode(bytes) }
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreRefusedWithTheOffset() {
        // 0xFF is invalid in both; GB18030 gets past the valid "中" (0xD6 0xD0) first.
        let bytes: [UInt8] = [0x41, 0xD6, 0xD0, 0xFF, 0x42]
        do {
            _ = try InputDecoder.decode(bytes)
            Issue.record("decoded bytes that are no text")
        } catch {
            #expect(error.reason == .undecodable)
            #expect(error.byteOffset == 3)
            #expect(
                error.message
                    == "cannot decode: not UTF-8 (invalid byte 0xD6 at byte offset 1) "
                    + "and not GB18030 (invalid byte 0xFF at byte offset 3)")
        }
    }

    @Test func aGB18030SequenceCutOffAtTheEndIsRefused() {
        let bytes: [UInt8] = [0xD6, 0xD0, 0xCE]  // 中 then half of 文
        do {
            _ = try InputDecoder.decode(bytes)
            Issue.record("decoded a truncated sequence")
        } catch {
            #expect(error.byteOffset == 2)
            #expect(error.message.contains("cut off by the end of the file at byte offset 2"))
        }
    }

    @Test func invalidUTF8AfterAUTF8BOMIsNotRetriedAsGB18030() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41, 0xD6, 0xD0]
        #expect(
            throws: TextDecodingError(
                reason: .undecodable, byteOffset: 4,
                message: "not UTF-8 despite its byte order mark: invalid byte 0xD6 at byte offset 4"
            )
        ) { try InputDecoder.decode(bytes) }
    }

    @Test func unpairedSurrogatesAndOddLengthsInUTF16AreRefused() {
        let lone: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(
            throws: TextDecodingError(
                reason: .undecodable, byteOffset: 4,
                message: "invalid UTF-16 at byte offset 4: a high surrogate without its low half")
        ) { try InputDecoder.decode(lone) }
        let odd: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x00]
        #expect(throws: TextDecodingError.self) { try InputDecoder.decode(odd) }
    }

    @Test func utf8ValidationRejectsOverlongsSurrogatesAndStrayBytes() {
        func firstInvalid(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
        }
        #expect(firstInvalid(Array("abc中文🎉".utf8)) == nil)
        #expect(firstInvalid([0x41, 0xC0, 0x80]) == 1)  // overlong NUL
        #expect(firstInvalid([0xED, 0xA0, 0x80]) == 0)  // a surrogate
        #expect(firstInvalid([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(firstInvalid([0x41, 0x80]) == 1)  // a stray continuation byte
        #expect(firstInvalid([0x41, 0xE4, 0xB8]) == 1)  // cut off at the end
    }

    @Test func pipeTextIsNormalisedAndNULIsRefused() throws {
        let decoded = try InputDecoder.decode(text: "甲\r\n乙")
        #expect(decoded.text == "甲\n乙")
        #expect(decoded.lines == 2)
        #expect(throws: TextDecodingError.self) { try InputDecoder.decode(text: "a\u{0}b") }
    }
}
