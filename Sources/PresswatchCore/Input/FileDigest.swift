#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SHA-256 of a file's bytes, read in chunks: a scan compares inputs of any size with
/// their records without holding one in memory.
public enum FileDigest {
    public static func sha256(ofFileAt path: String) throws(InputError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        defer { close(descriptor) }
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw unreadable(path, errno) }
            if count == 0 { break }
            hasher.update(chunk[..<count])
        }
        return hasher.finalizeHex()
    }

    private static func unreadable(_ path: String, _ code: Int32) -> InputError {
        InputError(
            file: path, reason: .unreadable,
            message: "cannot read: " + String(cString: strerror(code)))
    }
}
