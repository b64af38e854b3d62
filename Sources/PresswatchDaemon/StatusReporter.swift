import Logging
import ServiceLifecycle

/// The one-line state for `STATUS=` and the log.
struct StatusLine: Sendable {
    let configuration: RunningConfiguration
    let intake: Intake
    let queue: WorkQueue
    let counters: DaemonCounters

    func line(ready: Bool) -> String {
        let directory = configuration.current.loaded.configuration.watch.directory
        let (mode, gone) = intake.watchState
        if gone { return "watched folder \(directory) is gone; waiting for it" }
        let counts = queue.counts
        let line =
            "watching \(directory) (\(mode)); \(counts.queued) queued, "
            + "\(counts.inFlight) in progress; \(counters.summary)"
        return ready ? line : "catching up: " + line
    }
}

/// Tells systemd how the daemon is doing: the STATUS line every 2 s, the watchdog at the
/// interval systemd asked for, and (first of all at shutdown) STOPPING=1.
struct StatusReporter: Service {
    let status: StatusLine
    let scanner: Scanner
    let notifier: SystemdNotifier
    let logger: Logger

    static let statusInterval: UInt64 = 2_000_000_000

    func run() async throws {
        await withGracefulShutdownHandler {
            await report()
        } onGracefulShutdown: {
            notifier.stopping()
            logger.info("stopping: no new work; finishing the jobs in hand")
        }
    }

    private func report() async {
        // Both at once, then at their intervals.
        var nextStatus = monotonicNanoseconds()
        var nextWatchdog = notifier.watchdogInterval.map { _ in nextStatus }
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let next = min(nextStatus, nextWatchdog ?? .max)
            let now = monotonicNanoseconds()
            if next > now {
                try? await cancelWhenGracefulShutdown {
                    try await Task.sleep(nanoseconds: next - now)
                }
                continue
            }
            if let interval = notifier.watchdogInterval, let due = nextWatchdog, due <= now {
                notifier.watchdog()
                nextWatchdog = now + interval
            }
            if nextStatus <= now {
                // While the first scan runs, systemd is told to wait longer for READY=1.
                let ready = scanner.isReady
                let line = status.line(ready: ready)
                notifier.send(
                    ready ? "STATUS=\(line)" : "EXTEND_TIMEOUT_USEC=30000000\nSTATUS=\(line)")
                nextStatus = now + Self.statusInterval
            }
        }
    }
}
