import Foundation
import Logging

/// The watch-folder daemon: intake, settling, the scan against the results on disk, the
/// work queue and its worker processes, reload and shutdown.
///
/// Threads, not tasks, carry the work: the inotify reader, a tick loop (settling, timed
/// scans, the watchdog), a scanner, and one thread per worker process. Each blocks in a
/// system call (`poll`, `read` on a pipe), which would starve the small cooperative pool.
/// Shared state lives behind `lock`.
public final class Daemon: @unchecked Sendable {
    let backend: any DaemonBackend
    let notifier: SystemdNotifier
    let logger: Logger
    /// The binary that worker processes are started from.
    let executable: String

    let lock = NSLock()
    var configuration: DaemonConfiguration
    var generation = 0
    var settler: Settler
    var filter: NameFilter
    var watcher: (any FolderWatcher)?
    var rootGone = false
    var stopping = false
    var ready = false
    var stats = DaemonStats()
    var scanRequests = ScanRequests()
    /// Whether scans treat a result of another pipeline fingerprint as stale (see `reload`).
    var fingerprintCounts = true
    var configStatus: FileStatus?
    var pendingConfigStatus: FileStatus?
    let reloadLock = NSLock()
    var hashCache: [String: (status: FileStatus, sha256: String)] = [:]
    var workerSlots: Set<Int> = []
    var busyWorkers: [Int: (process: WorkerProcess, input: String, started: UInt64)] = [:]
    /// Worker slots whose job ran past `job_timeout_s` and whose process was killed for it.
    var timedOutSlots: Set<Int> = []
    /// Folders whose `index.html` is behind their results (see `folderIndexLoop`).
    var staleIndexFolders: Set<String> = []

    let queue: WorkQueue
    let scanSignal = NSCondition()
    let threads = DispatchGroup()

    public init(
        configuration: DaemonConfiguration, backend: any DaemonBackend,
        notifier: SystemdNotifier, logger: Logger, executable: String, queueCapacity: Int = 10_000
    ) {
        self.configuration = configuration
        self.backend = backend
        self.notifier = notifier
        self.logger = logger
        self.executable = executable
        self.queue = WorkQueue(capacity: queueCapacity)
        self.settler = Settler(
            settleMilliseconds: configuration.settleMilliseconds, capacity: queueCapacity)
        self.filter = NameFilter(
            patterns: configuration.patterns, outputSuffixes: configuration.outputSuffixes)
        self.configStatus = FileStatus.of(configuration.configPath)
    }

    /// Starts everything; READY=1 follows once the first scan has queued its work.
    public func start() throws {
        removeLeftoverTemporaries()
        try startWatching()
        startWorkerSlots()
        requestScan(.full, reason: "start")
        spawnThread("scan") { [self] in scanLoop() }
        spawnThread("tick") { [self] in tickLoop() }
        spawnThread("index") { [self] in folderIndexLoop() }
    }

    /// Stops intake, lets the jobs in hand finish within `shutdown_timeout_s` (killing the
    /// rest, whose inputs the next start finds again), and logs the counts.
    public func stop() {
        notifier.stopping()
        let (watcher, timeout) = lock.withLock {
            stopping = true
            return (self.watcher, configuration.shutdownTimeoutSeconds)
        }
        logger.info("stopping: no new work; finishing the jobs in hand")
        watcher?.stop()
        queue.close()
        scanSignal.withLock { scanSignal.broadcast() }
        let deadline = monotonicNanoseconds() + UInt64(max(0, timeout)) * 1_000_000_000
        if !queue.waitForInFlight(until: deadline) {
            abandonJobsInHand(afterSeconds: timeout)
        }
        _ = threads.wait(timeout: .now() + 5)
        let stats = lock.withLock { self.stats }
        logger.info("stopped: \(stats.summary)")
    }

    func spawnThread(_ name: String, _ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread { [threads] in
            body()
            threads.leave()
        }
        thread.name = name
        thread.start()
    }

    /// Kills the workers still busy at the shutdown deadline, and removes the temporary
    /// files they may have left: their inputs stay without results and are redone later.
    private func abandonJobsInHand(afterSeconds timeout: Int) {
        let busy = lock.withLock { Array(busyWorkers.values) }
        for (process, input, _) in busy {
            logger.warning(
                "shutdown timeout (\(timeout) s): abandoning \(input); it is redone at the next start"
            )
            process.kill()
        }
        _ = queue.waitForInFlight(until: monotonicNanoseconds() + 2_000_000_000)
        // Every worker is idle or dead now, so any temporary file is a leftover.
        if !busy.isEmpty { removeLeftoverTemporaries() }
    }

    /// The result writer's temporary files left by a worker killed mid-write (kill -9, a
    /// crash, the shutdown timeout). Done before any worker starts.
    func removeLeftoverTemporaries() {
        let (root, recursive) = lock.withLock { (configuration.directory, configuration.recursive) }
        var pending = [root]
        while let folder = pending.popLast() {
            for name in directoryEntries(folder) ?? [] {
                let path = joinPath(folder, name)
                if backend.isLeftoverTemporary(name, of: nil) {
                    if unlink(path) == 0 {
                        logger.info("removed a leftover temporary file \(path)")
                    }
                } else if recursive, filter.isWatchedDirectory(name),
                    FileStatus.of(path)?.kind == .directory
                {
                    pending.append(path)
                }
            }
        }
    }

    /// A one-line state for `STATUS=` and the log.
    func statusLine() -> String {
        let counts = queue.counts
        let (stats, directory, mode, gone) = lock.withLock {
            (self.stats, configuration.directory, watcher?.mode ?? "-", rootGone)
        }
        if gone { return "watched folder \(directory) is gone; waiting for it" }
        return "watching \(directory) (\(mode)); \(counts.queued) queued, "
            + "\(counts.inFlight) in progress; \(stats.summary)"
    }
}

/// Counts for the status line and the shutdown log.
struct DaemonStats: Sendable {
    var processed = 0
    var failed = 0
    var upToDate = 0
    var crashed = 0
    var recrawls = 0
    var reloads = 0
    var failedReloads = 0

    var summary: String {
        "processed \(processed), failed \(failed), already up to date \(upToDate), "
            + "worker crashes \(crashed), rescans \(recrawls), reloads \(reloads)"
            + (failedReloads > 0 ? " (\(failedReloads) refused)" : "")
    }
}
