import PresswatchCore

/// An input's bytes through `InputDecoder`, as a file's bytes are decoded.
enum DecoderFuzzing {
    static func run(_ bytes: [UInt8]) -> [String] {
        let decoded: DecodedText
        do {
            decoded = try InputDecoder.decode(bytes)
        } catch {
            // A refusal names a byte of the input.
            return bytes.indices.contains(error.byteOffset)
                ? [] : ["refused at byte offset \(error.byteOffset) of \(bytes.count) bytes"]
        }
        var broken: [String] = []
        let utf8 = Array(decoded.text.utf8)
        if utf8.contains(UInt8(ascii: "\r")) { broken.append("a carriage return left in") }
        let newlines = utf8.count(where: { $0 == UInt8(ascii: "\n") })
        let lines = newlines + (utf8.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
        if decoded.lines != lines {
            broken.append("\(decoded.lines) lines counted, the text has \(lines)")
        }
        // Decoding is idempotent: the decoded text given again as text (a `pipe` record) is
        // the same text, unless it holds a NUL (UTF-16 can spell one), which text refuses.
        if let again = try? InputDecoder.decode(text: decoded.text), again != decoded {
            if again.text != decoded.text { broken.append("decoding the text again changed it") }
            if again.lines != decoded.lines { broken.append("decoding again changed the lines") }
        }
        return broken
    }
}
