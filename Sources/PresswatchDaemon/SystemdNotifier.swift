#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Speaks systemd's notify protocol (`sd_notify`) without libsystemd: one datagram of
/// newline-separated `KEY=VALUE` lines to the socket named by `$NOTIFY_SOCKET`.
///
/// With no `NOTIFY_SOCKET` every call does nothing. A failed send is returned, not thrown:
/// a daemon must not stop because its supervisor is not listening.
public struct SystemdNotifier: Sendable {
    /// The socket address bytes (a leading NUL for an abstract socket), nil when unset.
    let address: [UInt8]?
    /// Half of `WATCHDOG_USEC` when the watchdog is on for this process, in nanoseconds.
    public let watchdogInterval: UInt64?

    public init(environment: [String: String]) {
        address = Self.address(environment["NOTIFY_SOCKET"])
        watchdogInterval = Self.watchdogInterval(environment)
    }

    public var isEnabled: Bool { address != nil }

    static func address(_ value: String?) -> [UInt8]? {
        guard let value, let first = value.utf8.first else { return nil }
        guard first == UInt8(ascii: "/") || first == UInt8(ascii: "@") else { return nil }
        var bytes = Array(value.utf8)
        if first == UInt8(ascii: "@") { bytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)
        return bytes.count < capacity ? bytes : nil
    }

    static func watchdogInterval(_ environment: [String: String]) -> UInt64? {
        guard let text = environment["WATCHDOG_USEC"], let usec = UInt64(text), usec > 0 else {
            return nil
        }
        if let pid = environment["WATCHDOG_PID"], pid != String(getpid()) { return nil }
        return usec * 1000 / 2
    }

    /// Sends one message (`READY=1`, `STATUS=...`, several lines at once). Returns the errno
    /// of a failure, nil on success or when notification is off.
    @discardableResult
    public func send(_ message: String) -> Int32? {
        guard let address else { return nil }
        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { $0.copyBytes(from: address) }
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)!
        // An abstract name's length is exact; a path gets its terminating NUL.
        let isAbstract = address.first == 0
        let length = socklen_t(pathOffset + address.count + (isAbstract ? 0 : 1))
        #if canImport(Glibc)
            let type = Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
            let type = SOCK_DGRAM
        #endif
        let fd = socket(AF_UNIX, type, 0)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                sendto(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL), $0, length)
            }
        }
        return sent < 0 ? errno : nil
    }

    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }

    /// The start of a reload, stamped with CLOCK_MONOTONIC as `Type=notify-reload` requires.
    public func reloading() {
        send("RELOADING=1\nMONOTONIC_USEC=\(monotonicNanoseconds() / 1000)")
    }

    public func stopping() { send("STOPPING=1") }

    public func status(_ text: String) { send("STATUS=\(text)") }

    public func watchdog() { send("WATCHDOG=1") }
}
