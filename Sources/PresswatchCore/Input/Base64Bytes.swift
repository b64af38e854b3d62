/// Standard base64 (RFC 4648 section 4: `A-Z a-z 0-9 + /`, padded with `=`) as a `pipe`
/// record's bytes. Strict, without line breaks or missing padding, so that a damaged record
/// is refused with the place where it goes wrong rather than decoded into other bytes.
public enum Base64Bytes {
    public struct Failure: Error, Equatable {
        public var message: String
    }

    public static func decode(_ text: String) throws(Failure) -> [UInt8] {
        try Array(text.utf8).withUnsafeBufferPointer { utf8 throws(Failure) in try decode(utf8) }
    }

    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
        let equals = UInt8(ascii: "=")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 4 * 3)
        var start = 0
        while start < utf8.count {
            var group: UInt32 = 0
            var padding = 0
            for offset in start..<min(start + 4, utf8.count) {
                let character = utf8[offset]
                // `=` only fills the last one or two places of the last group.
                if character == equals, offset >= start + 2, start + 4 >= utf8.count {
                    padding += 1
                    group <<= 6
                    continue
                }
                let value = alphabetValues[Int(character)]
                guard value != invalid else {
                    throw Failure(message: badCharacter(in: utf8, at: offset))
                }
                guard padding == 0 else {
                    throw Failure(
                        message: "\"base64\" is not base64: a character after its = padding, "
                            + "at offset \(offset)")
                }
                group = group << 6 | UInt32(value)
            }
            guard start + 4 <= utf8.count else {
                throw Failure(
                    message:
                        "\"base64\" is not base64: its length, \(utf8.count), is not a multiple of 4 "
                        + "(standard base64 with its = padding)")
            }
            bytes.append(UInt8(truncatingIfNeeded: group >> 16))
            if padding < 2 { bytes.append(UInt8(truncatingIfNeeded: group >> 8)) }
            if padding < 1 { bytes.append(UInt8(truncatingIfNeeded: group)) }
            start += 4
        }
        return bytes
    }

    private static func badCharacter(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> String
    {
        // Everything before `offset` is ASCII, so the offset counts characters as well as bytes.
        let rest = String(decoding: UnsafeBufferPointer(rebasing: utf8[offset...]), as: UTF8.self)
        let scalar = rest.unicodeScalars.first!
        let code = String(scalar.value, radix: 16, uppercase: true)
        let shown = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        let what = scalar == "=" ? "padding = before the end" : "\(shown) (not in A-Z a-z 0-9 + /)"
        return "\"base64\" is not base64: \(what) at offset \(offset)"
    }

    private static let invalid: UInt8 = 0xFF

    /// Each byte's value in the alphabet, or `invalid`: built once per process.
    private static let alphabetValues: [UInt8] = {
        var values = [UInt8](repeating: invalid, count: 256)
        let alphabet = Array(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (value, character) in alphabet.enumerated() {
            values[Int(character)] = UInt8(value)
        }
        return values
    }()
}
