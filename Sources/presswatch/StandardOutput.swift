#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one line of bytes to stdout at once, unbuffered: lines of `--stdout` and `pipe`
/// reach a reader as soon as they are made, and never interleave half-written.
func printLine(_ bytes: [UInt8]) {
    var line = bytes
    line.append(0x0A)
    var written = 0
    while written < line.count {
        let result = line.withUnsafeBytes { buffer in
            write(1, buffer.baseAddress! + written, buffer.count - written)
        }
        if result < 0, errno == EINTR { continue }
        if result <= 0 { return }
        written += result
    }
}

/// Whether stderr is a terminal: progress lines are for people, not for logs.
var standardErrorIsATerminal: Bool { isatty(2) != 0 }
