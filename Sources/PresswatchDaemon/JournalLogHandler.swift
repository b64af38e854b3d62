import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One event a line on standard error. Under systemd each line starts with its syslog
/// priority `<N>`, which journald turns into the entry's priority; elsewhere a plain line
/// with a time stamp, for a person at a terminal.
///
/// swift-log's `StreamLogHandler` always prints its own time stamp and no priority, so it
/// suits neither: journald records the time itself.
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    let label: String
    let journal: Bool

    public init(label: String, level: Logger.Level = .info, journal: Bool) {
        self.label = label
        self.logLevel = level
        self.journal = journal
    }

    /// Whether standard error goes to journald: systemd sets `JOURNAL_STREAM` for a service
    /// whose output is the journal (and `INVOCATION_ID` for every service it starts).
    public static func underSystemd(_ environment: [String: String]) -> Bool {
        environment["JOURNAL_STREAM"] != nil || environment["INVOCATION_ID"] != nil
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    public func log(event: LogEvent) {
        var line = journal ? "<\(Self.priority(event.level))>" : Self.timestamp() + " "
        if !journal { line += "\(event.level) " }
        line += event.message.description
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        for key in merged.keys.sorted() { line += " \(key)=\(merged[key]!)" }
        // No newline may split one event into two journal entries.
        line = line.replacingNewlines() + "\n"
        // One write(2) per line: lines from several threads never interleave.
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        let millis = Int(now.tv_nsec / 1_000_000)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(ms)"
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        guard utf8.contains(UInt8(ascii: "\n")) else { return self }
        return String(
            decoding: utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
