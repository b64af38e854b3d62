#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failure to write or remove an output file.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Writes a file so that a reader sees either the old contents or the new, never part.
///
/// The bytes go to a hidden temporary name in the same folder (a rename within one file
/// system is atomic), are flushed to disk, and are renamed over the final name; then the
/// folder is flushed so the rename itself survives a crash. On any failure the temporary file
/// is removed and the previous file, if any, is left as it was.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let temporary = temporaryName(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file", errno) }
        do throws(OutputError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush", errno) }
            guard close(descriptor) == 0 else { throw failure(path, "cannot close", errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, "cannot rename the temporary file into place", code)
        }
        try syncFolder(of: path)
    }

    /// Removes a file if it exists (a stale error record); a missing file is not an error.
    public static func remove(_ path: String) throws(OutputError) {
        guard unlink(path) != 0, errno != ENOENT else { return }
        throw failure(path, "cannot remove", errno)
    }

    /// `DIR/.NAME.tmp-PID-RANDOM`: hidden, so watchers and globs skip it, and unique, so two
    /// processes never share one.
    static func temporaryName(for path: String) -> String {
        let name = OutputNames.fileName(of: path)
        let folder = path.utf8.dropLast(name.utf8.count)
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(String(folder)!).\(name).tmp-\(getpid())-\(random)"
    }

    /// Whether `name` is a temporary file `write` leaves when its process is killed
    /// mid-write; with `stem` (an input's name without its extension), only one written for
    /// that input's results.
    public static func isTemporary(_ name: String, ofStem stem: String? = nil) -> Bool {
        guard name.hasPrefix("."), name.contains(".tmp-") else { return false }
        guard let stem else { return true }
        return name.hasPrefix("." + stem + ".")
    }

    static func writeAll(
        _ bytes: [UInt8], to descriptor: Int32, path: String
    ) throws(OutputError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                writeSome(descriptor, buffer.baseAddress! + written, count: buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write", errno)
            }
            written += count
        }
    }

    /// Flushes the folder entry of a renamed file. File systems that cannot (EINVAL) are
    /// fine: there the rename is as durable as it gets.
    static func syncFolder(of path: String) throws(OutputError) {
        let name = OutputNames.fileName(of: path)
        let folderPath = String(String(path.utf8.dropLast(name.utf8.count))!)
        let folder = open(folderPath.isEmpty ? "." : folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw failure(path, "cannot open its folder to flush it", errno) }
        defer { close(folder) }
        if fsync(folder) != 0, errno != EINVAL {
            throw failure(path, "cannot flush its folder", errno)
        }
    }

    static func failure(_ path: String, _ what: String, _ code: Int32) -> OutputError {
        OutputError(path: path, message: "\(what): \(String(cString: strerror(code)))")
    }
}

/// `write(2)`, outside the enum whose own `write` would shadow it.
private func writeSome(_ descriptor: Int32, _ buffer: UnsafeRawPointer, count: Int) -> Int {
    write(descriptor, buffer, count)
}
