#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// GB18030 (and so GBK and GB2312, its subsets) to UTF-8 through the C library's iconv,
/// which, unlike Foundation's `String(data:encoding:)`, says at which byte decoding failed.
enum GB18030Decoding {
    enum Outcome {
        case decoded([UInt8])
        /// The offset of the first byte that is not part of a valid GB18030 sequence.
        case failed(byteOffset: Int, truncated: Bool)
    }

    static func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> Outcome? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .decoded([]) }

        // Two GB18030 bytes become at most three UTF-8 bytes; four become four.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = bytes.count
        var written = 0
        while inLeft > 0 {
            let status = output.withUnsafeMutableBytes { buffer -> Int in
                var outPointer: UnsafeMutablePointer<CChar>? = buffer.baseAddress!
                    .advanced(by: written).assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count - written
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                written = buffer.count - outLeft
                return result == -1 ? Int(errno) : 0
            }
            switch status {
            case 0: continue
            case Int(E2BIG): output.append(contentsOf: repeatElement(0, count: output.count))
            default:
                return .failed(byteOffset: bytes.count - inLeft, truncated: status == Int(EINVAL))
            }
        }
        output.removeSubrange(written...)
        return .decoded(output)
    }
}
