#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole regular file with POSIX calls, so each failure maps to a clear reason:
/// gone, a directory, unreadable, or larger than the limit (checked before reading, and again
/// while reading, since a file may grow in between).
enum FileBytes {
    /// - Parameter streams: also read a pipe, a FIFO or a character device (`/dev/stdin`, a
    ///   shell's `<(…)`) to its end, at most `maxBytes`: a configuration may come that way,
    ///   an input to be processed may not.
    static func read(_ path: String, maxBytes: Int, streams: Bool = false) throws(InputError)
        -> [UInt8]
    {
        // O_NONBLOCK: opening a FIFO as an input must not wait for a writer; it is refused
        // below as not a regular file. Reads of regular files ignore the flag. A stream that
        // is asked for is opened to wait for its writer, as a reader of a pipe expects.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (streams ? 0 : O_NONBLOCK))
        guard descriptor >= 0 else { throw openError(path, errno) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(file: path, reason: .unreadable, message: systemMessage(errno))
        }
        let kind = status.st_mode & S_IFMT
        if streams && (kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK) {
            return try readAll(descriptor, path: path, expected: 0, maxBytes: maxBytes)
        }
        guard kind == S_IFREG else {
            let message =
                status.st_mode & S_IFMT == S_IFDIR
                ? "is a directory, not a file" : "is not a regular file (a device, pipe or socket)"
            throw InputError(file: path, reason: .notAFile, message: message)
        }
        let size = Int(status.st_size)
        guard size <= maxBytes else { throw tooLarge(path, size: size, maxBytes: maxBytes) }
        return try readAll(descriptor, path: path, expected: size, maxBytes: maxBytes)
    }

    private static func readAll(
        _ descriptor: Int32, path: String, expected: Int, maxBytes: Int
    ) throws(InputError) -> [UInt8] {
        // One byte more than expected, so the read that meets the end needs no larger buffer.
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxBytes { throw tooLarge(path, size: count, maxBytes: maxBytes) }
                bytes.append(contentsOf: repeatElement(0, count: count))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, into: buffer.baseAddress! + count, count: buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, reason: .unreadable, message: systemMessage(errno))
            }
            count += got
        }
        if count > maxBytes { throw tooLarge(path, size: count, maxBytes: maxBytes) }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func openError(_ path: String, _ code: Int32) -> InputError {
        switch code {
        case ENOENT:
            return InputError(
                file: path, reason: .notFound, message: "no such file (it may have been removed)")
        case EACCES:
            return InputError(
                file: path, reason: .unreadable, message: "permission denied: cannot read it")
        default:
            return InputError(file: path, reason: .unreadable, message: systemMessage(code))
        }
    }

    /// Also the refusal of bytes given directly (`pipe`), so both say the same.
    static func tooLarge(_ path: String, size: Int, maxBytes: Int) -> InputError {
        InputError(
            file: path, reason: .tooLarge,
            message:
                "too large: \(size) bytes, over max_input_bytes (\(maxBytes) bytes); "
                + "raise max_input_bytes in pipeline.yaml to accept it")
    }

    static func systemMessage(_ code: Int32) -> String {
        "cannot read: " + String(cString: strerror(code))
    }
}

/// `read(2)`, outside the enum whose own `read` would shadow it.
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int
{
    read(descriptor, buffer, count)
}
