#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A result file written as it is rendered: its bytes go in chunks to a temporary file beside
/// `path`, which replaces `path` only on `commit()`, as `AtomicFile.write` does in one step.
///
/// A result can be many times its input (a page view is about 28 bytes a byte of a page of
/// short lines); holding each whole in memory before writing made memory grow with the
/// input by that factor. Rendered into a `PendingFile`, only one chunk is held at a time.
/// A failed write is remembered and reported by `finish()`, so renderers need not handle it.
public final class PendingFile {
    public let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: OutputError?
    /// Whether the temporary file is gone: renamed into place, or removed.
    private var settled = false
    /// The bytes gathered before each write(2).
    static let chunk = 1 << 20

    public init(path: String) throws(OutputError) {
        self.path = path
        temporary = AtomicFile.temporaryName(for: path)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw AtomicFile.failure(path, "cannot create a temporary file", errno)
        }
        buffer.reserveCapacity(Self.chunk)
    }

    deinit { discard() }

    public func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Takes `bytes` and leaves it empty (its capacity kept), for renderers that fill a
    /// buffer of their own and hand it over from time to time. A piece of a chunk or more
    /// is written as it is rather than copied into the buffer (which would then grow to it).
    public func take(_ bytes: inout [UInt8]) {
        if bytes.count >= Self.chunk {
            flush()
            write(bytes)
        } else {
            append(bytes)
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and flushes the file to disk; the first failure on the way, if
    /// any, is thrown here.
    public func finish() throws(OutputError) {
        flush()
        if let failure { throw failure }
        guard fsync(descriptor) == 0 else { throw AtomicFile.failure(path, "cannot flush", errno) }
        let closing = descriptor
        descriptor = -1
        guard close(closing) == 0 else { throw AtomicFile.failure(path, "cannot close", errno) }
    }

    /// Puts the finished file in place of `path`.
    public func commit() throws(OutputError) {
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            settled = true
            throw AtomicFile.failure(path, "cannot rename the temporary file into place", code)
        }
        settled = true
        try AtomicFile.syncFolder(of: path)
    }

    /// Removes the temporary file (nothing happens to `path`).
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !settled {
            unlink(temporary)
            settled = true
        }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: [UInt8]) {
        guard failure == nil, descriptor >= 0 else { return }
        do throws(OutputError) {
            try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        } catch {
            failure = error
        }
    }
}
