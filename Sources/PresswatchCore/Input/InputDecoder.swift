/// Text decoded from an input's bytes, line ends normalised to `\n`.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: TextEncoding
    /// Lines of the text; a last line without its line end counts.
    public var lines: Int

    public init(text: String, encoding: TextEncoding, lines: Int) {
        self.text = text
        self.encoding = encoding
        self.lines = lines
    }
}

/// Turns an input's bytes into text.
///
/// What is accepted, in the order it is tried: a byte order mark decides UTF-8, UTF-16 LE or
/// UTF-16 BE; without one, bytes holding a NUL are binary and refused; then the bytes are
/// UTF-8 when they are valid UTF-8, or else GB18030 (which covers GBK and GB2312). Anything
/// else is refused with the byte offset where decoding failed.
public enum InputDecoder {
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        let (utf8, encoding) = try bytes.withUnsafeBufferPointer {
            buffer throws(TextDecodingError) in try utf8Bytes(of: buffer)
        }
        let normalized = LineEnds.normalized(utf8)
        return DecodedText(
            text: String(decoding: normalized, as: UTF8.self), encoding: encoding,
            lines: LineEnds.lineCount(normalized))
    }

    /// Decodes text given as a string (a `pipe` record): line ends normalised, lines counted,
    /// and NUL characters refused as in files.
    public static func decode(text: String) throws(TextDecodingError) -> DecodedText {
        let bytes = Array(text.utf8)
        if let nul = bytes.firstIndex(of: 0) {
            throw TextDecodingError(
                reason: .binary, byteOffset: nul,
                message: "binary data: a NUL character (U+0000) at byte offset \(nul) of the text")
        }
        let normalized = LineEnds.normalized(bytes)
        return DecodedText(
            text: String(decoding: normalized, as: UTF8.self), encoding: .utf8,
            lines: LineEnds.lineCount(normalized))
    }

    private static func utf8Bytes(
        of bytes: UnsafeBufferPointer<UInt8>
    ) throws(TextDecodingError) -> ([UInt8], TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = UnsafeBufferPointer(rebasing: bytes[3...])
            try refuseNUL(in: body, offset: 3)
            if let bad = UTF8Validation.firstInvalidOffset(in: body) {
                throw invalidUTF8(at: bad + 3, in: bytes, withBOM: true)
            }
            return (Array(body), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try UTF16Decoding.utf8(from: bytes, start: 2, bigEndian: false), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try UTF16Decoding.utf8(from: bytes, start: 2, bigEndian: true), .utf16BE)
        }
        try refuseNUL(in: bytes, offset: 0)
        guard let badUTF8 = UTF8Validation.firstInvalidOffset(in: bytes) else {
            return (Array(bytes), .utf8)
        }
        switch GB18030Decoding.utf8(from: bytes) {
        case .decoded(let utf8)?: return (utf8, .gb18030)
        case .failed(let badGB, let truncated)?:
            throw neither(utf8At: badUTF8, gb18030At: badGB, truncated: truncated, in: bytes)
        case nil:
            throw invalidUTF8(at: badUTF8, in: bytes, withBOM: false)
        }
    }

    private static func refuseNUL(
        in bytes: UnsafeBufferPointer<UInt8>, offset: Int
    ) throws(TextDecodingError) {
        guard let nul = bytes.firstIndex(of: 0) else { return }
        throw TextDecodingError(
            reason: .binary, byteOffset: nul + offset,
            message: "binary file: a NUL byte at byte offset \(nul + offset) "
                + "(not text, or UTF-16 without a byte order mark)")
    }

    private static func invalidUTF8(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, withBOM: Bool
    ) -> TextDecodingError {
        let found = "invalid byte \(hex(bytes[offset])) at byte offset \(offset)"
        return TextDecodingError(
            reason: .undecodable, byteOffset: offset,
            message: withBOM
                ? "not UTF-8 despite its byte order mark: \(found)"
                : "cannot decode: not UTF-8 (\(found)), and GB18030 is not available (iconv)")
    }

    /// Both decodings failed. The one that got further is more likely the file's encoding, so
    /// its offset is the one reported; the message gives both.
    private static func neither(
        utf8At badUTF8: Int, gb18030At badGB: Int, truncated: Bool,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> TextDecodingError {
        let gbWhat =
            truncated
            ? "a sequence cut off by the end of the file at byte offset \(badGB)"
            : "invalid byte \(hex(bytes[badGB])) at byte offset \(badGB)"
        return TextDecodingError(
            reason: .undecodable, byteOffset: max(badUTF8, badGB),
            message:
                "cannot decode: not UTF-8 (invalid byte \(hex(bytes[badUTF8])) at byte offset \(badUTF8)) "
                + "and not GB18030 (\(gbWhat))")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (byte < 16 ? "0" : "") + digits
    }
}
