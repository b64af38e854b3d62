/// What the scanner has been asked to look at, and by whom: intake (a new folder, lost
/// events, a full queue), the reloader, the scanner's own timer.
final class ScanRequests: Sendable {
    enum Scope: Equatable {
        case full
        case folder(String)
    }

    struct Pending {
        var full = false
        var folders: [String] = []
        var reasons: [String] = []

        var isEmpty: Bool { !full && folders.isEmpty }
    }

    private let pending = Locked(Pending())
    private let wakeup = Wakeup()

    func request(_ scope: Scope, reason: String) {
        pending.withLock {
            switch scope {
            case .full: $0.full = true
            case .folder(let path): $0.folders.append(path)
            }
            if $0.reasons.count < 8 { $0.reasons.append(reason) }
        }
        wakeup.signal()
    }

    /// Waits for a request, a `wake()`, or the deadline (monotonic ns); takes what is pending.
    func take(waitingUntil deadline: UInt64?) -> Pending {
        if pending.withLock({ $0.isEmpty }) { wakeup.wait(until: deadline) }
        return pending.withLock { pending in
            defer { pending = Pending() }
            return pending
        }
    }

    /// Wakes the scanner without a request (shutdown).
    func wake() { wakeup.signal() }
}

/// The digests of inputs the scan has hashed, by path, with the status they were hashed at.
/// The scan hashes a file only when its status changed, and a worker given a file whose
/// status is unchanged takes its digest from here: a file is hashed once per job.
final class DigestCache: Sendable {
    struct Entry: Sendable {
        var status: FileStatus
        var sha256: String
    }

    private let entries = Locked<[String: Entry]>([:])

    /// The digest of `path` when it was hashed at `status` (same size, time and inode).
    func digest(of path: String, at status: FileStatus) -> String? {
        entries.withLock { cache in
            cache[path].flatMap { $0.status.sameContent(as: status) ? $0.sha256 : nil }
        }
    }

    func entry(of path: String) -> Entry? { entries.withLock { $0[path] } }

    func remember(_ path: String, status: FileStatus, sha256: String) {
        entries.withLock { $0[path] = Entry(status: status, sha256: sha256) }
    }

    func forget(_ path: String) {
        _ = entries.withLock { $0.removeValue(forKey: path) }
    }
}
