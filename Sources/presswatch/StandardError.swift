#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one line to stderr, unbuffered, so it is not lost or reordered with stdout.
func printError(_ line: String) {
    writeError(line + "\n")
}

/// Writes text to stderr as it is (a progress line redrawn with `\r`).
func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeMutableBytes { buffer in
            write(2, buffer.baseAddress! + written, buffer.count - written)
        }
        if result <= 0 { return }
        written += result
    }
}
