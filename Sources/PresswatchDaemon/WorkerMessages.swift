import Foundation

/// One line from the daemon to a worker process: process this input.
struct JobRequest: Codable, Sendable {
    var input: String
    /// The input's name in its results and error record: its path in the watched folder.
    var name: String
    /// The digest the scan found for the input, and the status it found it at: while the
    /// file is unchanged, the worker need not hash it again.
    var knownSHA256: String?
    var knownStatus: FileStatus?
}

/// One line from a worker process back: how the job ended.
struct JobReply: Codable, Sendable {
    enum Outcome: String, Codable, Sendable {
        /// Results written.
        case written
        /// `NAME.error.json` written.
        case failed
        /// The results on disk already match the input and the pipeline.
        case upToDate
        /// Nothing to do: the name is not a regular file, or it vanished.
        case skipped
    }

    var outcome: Outcome
    var message: String
}

/// The first line the daemon writes to a worker process: the configuration to build.
struct WorkerSetup: Codable, Sendable {
    var configPath: String
    var text: String
}

/// The first line a worker process writes: its pipeline is built, or why not.
struct WorkerHello: Codable, Sendable {
    var fingerprint: String?
    var processors: [String]?
    var error: String?
}

enum LineCodec {
    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Array(data) + [UInt8(ascii: "\n")]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ line: [UInt8]) -> T? {
        try? JSONDecoder().decode(type, from: Data(line))
    }
}

/// Reads newline-terminated lines from a file descriptor, blocking.
struct LineReader {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    enum Next {
        case line([UInt8])
        /// End of file, or an error.
        case end
        case timedOut
    }

    /// The next line without its newline; nil at end of file or on an error.
    mutating func next() -> [UInt8]? {
        guard case .line(let line) = next(deadline: nil) else { return nil }
        return line
    }

    /// The next line, waiting no later than `deadline` (monotonic ns; nil: no limit).
    mutating func next(deadline: UInt64?) -> Next {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if let deadline {
                let now = monotonicNanoseconds()
                guard now < deadline else { return .timedOut }
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
                let ready = poll(&descriptor, 1, milliseconds)
                if ready < 0 && errno != EINTR { return .end }
                if ready <= 0 { continue }
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .end }
            buffer += chunk[..<count]
        }
    }
}

/// Writes all of `bytes` to `fd`; false when the other end is gone.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
    }
    return true
}
