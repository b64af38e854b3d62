import Foundation
import Logging
import PresswatchCore
import ServiceLifecycle

/// Compares the folder with the records beside its inputs and queues every input whose
/// results are missing or stale: at start, on request, and every `rescan_s`. A scan queues
/// with back-pressure (it waits while the queue is full), so even 100,000 waiting files cost
/// only a bounded queue. READY=1 follows the first scan.
final class Scanner: Service, Sendable {
    private struct State {
        var stopped = false
        var ready = false
    }

    private let state = Locked(State())
    private let configuration: RunningConfiguration
    private let requests: ScanRequests
    private let digests: DigestCache
    private let intake: Intake
    private let queue: WorkQueue
    private let counters: DaemonCounters
    private let status: StatusLine
    private let notifier: SystemdNotifier
    private let logger: Logger

    init(
        configuration: RunningConfiguration, requests: ScanRequests, digests: DigestCache,
        intake: Intake, queue: WorkQueue, counters: DaemonCounters, status: StatusLine,
        notifier: SystemdNotifier, logger: Logger
    ) {
        self.configuration = configuration
        self.requests = requests
        self.digests = digests
        self.intake = intake
        self.queue = queue
        self.counters = counters
        self.status = status
        self.notifier = notifier
        self.logger = logger
    }

    /// Whether the first scan is done (and READY=1 sent).
    var isReady: Bool { state.withLock { $0.ready } }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    func run() async throws {
        await withGracefulShutdownHandler {
            await onThread("scan") { self.scanLoop() }
        } onGracefulShutdown: {
            self.state.withLock { $0.stopped = true }
            self.requests.wake()
        }
    }

    private func scanLoop() {
        var lastTimedScan = monotonicNanoseconds()
        while !isStopped {
            let rescanSeconds = configuration.current.loaded.configuration.watch.rescanS
            let timer =
                rescanSeconds > 0 ? lastTimedScan + UInt64(rescanSeconds) * 1_000_000_000 : nil
            var request = requests.take(waitingUntil: timer)
            if isStopped { return }
            if let timer, monotonicNanoseconds() >= timer {
                lastTimedScan = monotonicNanoseconds()
                request.full = true
                request.reasons.append("every \(rescanSeconds) s")
            }
            if !request.isEmpty { serve(request) }
        }
    }

    private func serve(_ request: ScanRequests.Pending) {
        let started = monotonicNanoseconds()
        let folders =
            request.full
            ? [configuration.current.loaded.configuration.watch.directory]
            : request.folders
        let queued = folders.reduce(0) { $0 + scan($1) }
        let milliseconds = (monotonicNanoseconds() - started) / 1_000_000
        if request.full { counters.count { $0.rescans += 1 } }
        let first = state.withLock { state in
            defer { state.ready = true }
            return !state.ready
        }
        let scope = folders.count == 1 ? folders[0] : "\(folders.count) folders"
        let why = request.reasons.joined(separator: "; ")
        logger.info("scanned \(scope) in \(milliseconds) ms (\(why)): \(queued) to process")
        if first {
            let line = status.line(ready: true)
            notifier.ready(status: line)
            logger.notice("ready: \(line)")
        }
    }

    /// Queues every input below `folder` whose results are missing or stale; returns how many.
    private func scan(_ folder: String) -> Int {
        let snapshot = configuration.current
        let recursive = snapshot.loaded.configuration.watch.recursive
        var pending = [folder]
        var queued = 0
        while let current = pending.popLast() {
            for name in directoryEntries(current) ?? [] {
                if isStopped { return queued }
                let path = joinPath(current, name)
                if recursive, intake.isWatchedDirectory(name),
                    FileStatus.of(path)?.kind == .directory
                {
                    pending.append(path)
                    continue
                }
                guard intake.isInput(path), needsJob(path, snapshot) else { continue }
                guard queue.put(path) else { return queued }
                queued += 1
            }
        }
        return queued
    }

    /// Whether a scanned input needs a job now. One still being written, or written less
    /// than the settle time ago, is the settler's.
    private func needsJob(_ path: String, _ snapshot: RunningConfiguration.Snapshot) -> Bool {
        guard let status = FileStatus.of(path), status.kind != .directory,
            !intake.holds(path, status: status), !queue.contains(path),
            let names = try? OutputNames(input: path)
        else { return false }
        let configuration = snapshot.loaded.configuration
        guard let record = ResultRecord.read(names, formats: configuration.output.formats)
        else { return true }
        let state = record.state(
            fingerprint: configuration.pipeline.fingerprint,
            otherPipelinesAreStale: snapshot.otherPipelinesAreStale,
            inputSHA256: { self.sha256(of: path, status: status) },
            inputChangedNanoseconds: status.ctimeNanoseconds)
        return state == .needsProcessing
    }

    /// The digest of a regular file, from the cache while its status is unchanged; nil for
    /// a symbolic link (never followed) or a file that cannot be read.
    private func sha256(of path: String, status: FileStatus) -> String? {
        guard status.kind == .regular else { return nil }
        if let known = digests.digest(of: path, at: status) { return known }
        guard let sha256 = try? FileDigest.sha256(ofFileAt: path) else { return nil }
        digests.remember(path, status: status, sha256: sha256)
        return sha256
    }
}
