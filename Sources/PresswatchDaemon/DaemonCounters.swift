/// What the daemon has done, for the status line and the shutdown log.
final class DaemonCounters: Sendable {
    struct Counts: Sendable {
        var processed = 0
        var failed = 0
        var upToDate = 0
        var crashed = 0
        var rescans = 0
        var reloads = 0
        var failedReloads = 0

        var summary: String {
            "processed \(processed), failed \(failed), already up to date \(upToDate), "
                + "worker crashes \(crashed), rescans \(rescans), reloads \(reloads)"
                + (failedReloads > 0 ? " (\(failedReloads) refused)" : "")
        }
    }

    private let counts = Locked(Counts())

    func count(_ change: (inout Counts) -> Void) {
        counts.withLock { change(&$0) }
    }

    var summary: String { counts.withLock { $0.summary } }
}
