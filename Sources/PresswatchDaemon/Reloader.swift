import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads `pipeline.yaml` on SIGHUP, or when the file changed on disk and then stayed the
/// same for one check (so an editor's half-saved file is not read). A broken file is logged
/// with its locations and the running pipeline stays; a good one serves every job started
/// after it. systemd hears RELOADING=1 first and READY=1 after, also when the reload failed.
///
/// The file is checked by its status every half second rather than through inotify: editors
/// save by renaming, and the file may sit on a network file system.
final class Reloader: Service, Sendable {
    private struct FileCheck {
        /// The status the running configuration was read at.
        var loaded: FileStatus?
        /// A changed status seen at the last check, waiting to be seen again.
        var pending: FileStatus?
    }

    private let check: Locked<FileCheck>
    private let source: ConfigurationSource
    private let hangups: UnixSignalsSequence
    private let configuration: RunningConfiguration
    private let intake: Intake
    private let scans: ScanRequests
    private let pool: WorkerPool
    private let status: StatusLine
    private let counters: DaemonCounters
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let executable: String

    static let checkInterval: Duration = .milliseconds(500)

    /// `hangups` is trapped before the group starts: systemd may reload as soon as it hears
    /// READY=1, and an unhandled SIGHUP would end the process.
    init(
        source: ConfigurationSource, hangups: UnixSignalsSequence,
        configuration: RunningConfiguration, intake: Intake, scans: ScanRequests,
        pool: WorkerPool, status: StatusLine, counters: DaemonCounters,
        notifier: SystemdNotifier, logger: Logger, executable: String
    ) {
        check = Locked(FileCheck(loaded: FileStatus.of(source.path)))
        self.source = source
        self.hangups = hangups
        self.configuration = configuration
        self.intake = intake
        self.scans = scans
        self.pool = pool
        self.status = status
        self.counters = counters
        self.notifier = notifier
        self.logger = logger
        self.executable = executable
    }

    func run() async throws {
        let (reasons, requests) = AsyncStream.makeStream(of: String.self)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in self.hangups.cancelOnGracefulShutdown() {
                    requests.yield("SIGHUP")
                }
            }
            group.addTask {
                while !Task.isShuttingDownGracefully && !Task.isCancelled {
                    try? await cancelWhenGracefulShutdown {
                        try await Task.sleep(for: Self.checkInterval)
                    }
                    if self.fileChanged() {
                        requests.yield("\(baseName(self.source.path)) changed")
                    }
                }
            }
            // One reload at a time, in the order asked for.
            group.addTask {
                for await reason in reasons.cancelOnGracefulShutdown() {
                    await onThread("reload") { self.reload(reason: reason) }
                }
            }
            try? await gracefulShutdown()
            requests.finish()
            group.cancelAll()
        }
    }

    /// Whether the file changed since it was loaded and has stayed the same since the last
    /// check.
    private func fileChanged() -> Bool {
        let current = FileStatus.of(source.path)
        return check.withLock { check in
            guard current != check.loaded else {
                check.pending = nil
                return false
            }
            defer { check.pending = current }
            return current != nil && check.pending == current
        }
    }

    private func reload(reason: String) {
        notifier.reloading()
        defer { notifier.ready(status: status.line(ready: true)) }
        check.withLock { $0.loaded = FileStatus.of(source.path) }
        let new: LoadedConfiguration
        do {
            new = try source.load()
            if new.text != configuration.current.loaded.text,
                let why = WorkerProcess.probe(executable: executable, configuration: new)
            {
                throw ReloadRefusal(message: why)
            }
        } catch {
            counters.count { $0.failedReloads += 1 }
            for line in "\(error)".split(separator: "\n") { logger.error("\(line)") }
            logger.error("reload (\(reason)) refused: the running pipeline stays")
            return
        }
        let old = configuration.replace(with: new)
        counters.count { $0.reloads += 1 }
        let fingerprint = new.configuration.pipeline.fingerprint
        logger.notice("reloaded \(source.path) (\(reason)): pipeline \(fingerprint)")
        intake.apply(new, replacing: old)
        pool.startSlots()
        let (oldWatch, newWatch) = (old.configuration.watch, new.configuration.watch)
        if old.configuration.pipeline.fingerprint != fingerprint {
            scans.request(
                .full,
                reason: new.configuration.reprocessOnChange
                    ? "the pipeline changed: redoing stale results"
                    : "the pipeline changed: retrying failed inputs")
        } else if oldWatch.directory != newWatch.directory
            || oldWatch.patterns != newWatch.patterns || oldWatch.recursive != newWatch.recursive
        {
            scans.request(.full, reason: "the watch settings changed")
        }
    }
}

/// A configuration that checked but whose pipeline a worker could not build.
private struct ReloadRefusal: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
