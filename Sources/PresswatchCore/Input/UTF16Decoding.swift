/// UTF-16 (after its byte order mark) to UTF-8, refusing unpaired surrogates with their offset.
enum UTF16Decoding {
    /// Decodes `bytes[start...]` in the given byte order. Offsets in errors count from the
    /// start of the file, BOM included.
    static func utf8(
        from bytes: UnsafeBufferPointer<UInt8>, start: Int, bigEndian: Bool
    ) throws(TextDecodingError) -> [UInt8] {
        let unitCount = (bytes.count - start) / 2
        var units: [UInt16] = []
        units.reserveCapacity(unitCount)
        for i in 0..<unitCount {
            let first = UInt16(bytes[start + 2 * i])
            let second = UInt16(bytes[start + 2 * i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
        }
        // The whole units first, so that the offset given is that of the first problem: an
        // odd byte at the end is reported only when everything before it is good.
        try checkSurrogatesAndNUL(units, start: start)
        if (bytes.count - start) % 2 != 0 {
            throw TextDecodingError(
                reason: .undecodable, byteOffset: bytes.count - 1,
                message:
                    "UTF-16 text cut off: an odd number of bytes, the last at byte offset \(bytes.count - 1)"
            )
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(unitCount * 3)
        utf8.append(contentsOf: String(decoding: units, as: UTF16.self).utf8)
        return utf8
    }

    /// Every high surrogate must be followed by a low one and every low one preceded by a high
    /// one; a U+0000 character means binary data even when the encoding is UTF-16.
    private static func checkSurrogatesAndNUL(
        _ units: [UInt16], start: Int
    ) throws(TextDecodingError) {
        var i = 0
        while i < units.count {
            let unit = units[i]
            let offset = start + 2 * i
            if unit == 0 {
                throw TextDecodingError(
                    reason: .binary, byteOffset: offset,
                    message:
                        "binary data: a NUL character (U+0000) at byte offset \(offset) of the UTF-16 text"
                )
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard i + 1 < units.count, (0xDC00...0xDFFF).contains(units[i + 1]) else {
                    throw TextDecodingError(
                        reason: .undecodable, byteOffset: offset,
                        message:
                            "invalid UTF-16 at byte offset \(offset): a high surrogate without its low half"
                    )
                }
                i += 2
                continue
            }
            if (0xDC00...0xDFFF).contains(unit) {
                throw TextDecodingError(
                    reason: .undecodable, byteOffset: offset,
                    message:
                        "invalid UTF-16 at byte offset \(offset): a low surrogate without its high half"
                )
            }
            i += 1
        }
    }
}
