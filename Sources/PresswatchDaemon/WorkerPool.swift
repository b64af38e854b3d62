import Foundation
import Logging
import PresswatchCore
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#endif

/// The worker slots: each takes a job from the queue and hands it to a worker process of its
/// own (the daemon's binary in its hidden `worker` mode), so a processor that traps costs one
/// error record and a new worker, never the daemon. A slot replaces its process when the
/// pipeline changed.
///
/// At shutdown it stops handing out work, lets the jobs in hand finish within
/// `shutdown_timeout_s`, and kills the rest, whose inputs the next start finds again.
final class WorkerPool: Service, Sendable {
    private struct Busy {
        var pid: pid_t
        var input: String
    }

    private struct State {
        var slots: Set<Int> = []
        var busy: [Int: Busy] = [:]
        var stopping = false
    }

    private let state = Locked(State())
    private let slotsDone = DispatchGroup()
    private let configuration: RunningConfiguration
    private let queue: WorkQueue
    private let digests: DigestCache
    private let indexer: FolderIndexer
    private let counters: DaemonCounters
    private let logger: Logger
    /// The binary worker processes are started from.
    private let executable: String

    init(
        configuration: RunningConfiguration, queue: WorkQueue, digests: DigestCache,
        indexer: FolderIndexer, counters: DaemonCounters, logger: Logger, executable: String
    ) {
        self.configuration = configuration
        self.queue = queue
        self.digests = digests
        self.indexer = indexer
        self.counters = counters
        self.logger = logger
        self.executable = executable
    }

    func run() async throws {
        // Before any worker starts, every temporary file is a leftover of a killed one.
        removeLeftoverTemporaries()
        startSlots()
        try? await gracefulShutdown()
        await onThread("drain") { self.drain() }
    }

    /// Starts the slots the configuration asks for that are not running yet.
    func startSlots() {
        let workers = max(1, configuration.current.loaded.configuration.workers)
        let missing = state.withLock { state in
            let missing = (0..<workers).filter { !state.slots.contains($0) }
            state.slots.formUnion(missing)
            return missing
        }
        for index in missing {
            slotsDone.enter()
            let thread = Thread { [self] in
                slotLoop(index)
                slotsDone.leave()
            }
            thread.name = "worker \(index)"
            thread.start()
        }
    }

    private func drain() {
        let timeout = configuration.current.loaded.configuration.shutdownTimeoutS
        state.withLock { $0.stopping = true }
        queue.close()
        let deadline = monotonicNanoseconds() + UInt64(max(0, timeout)) * 1_000_000_000
        if !queue.waitForInFlight(until: deadline) {
            let busy = state.withLock { Array($0.busy.values) }
            for job in busy {
                logger.warning(
                    "shutdown timeout (\(timeout) s): abandoning \(job.input); it is redone at the next start"
                )
                kill(job.pid, SIGKILL)
            }
            _ = queue.waitForInFlight(until: monotonicNanoseconds() + 2_000_000_000)
            // Every worker is idle or dead now, so any temporary file is a leftover.
            removeLeftoverTemporaries()
        }
        _ = slotsDone.wait(timeout: .now() + 5)
    }

    /// One slot: takes a job, hands it to its worker process, logs how it ended.
    private func slotLoop(_ index: Int) {
        var process: WorkerProcess?
        defer { process?.stop() }
        while let input = queue.take() {
            let snapshot = configuration.current
            if index >= max(1, snapshot.loaded.configuration.workers) {
                // The configuration asks for fewer workers now: this slot ends.
                requeue(input)
                state.withLock { _ = $0.slots.remove(index) }
                return
            }
            if process?.generation != snapshot.generation {
                process = replaceWorker(process, snapshot)
            }
            guard let worker = process else {
                requeue(input)
                usleep(1_000_000)
                continue
            }
            let started = monotonicNanoseconds()
            state.withLock { $0.busy[index] = Busy(pid: worker.pid, input: input) }
            let request = request(for: input, snapshot.loaded)
            let limit = UInt64(snapshot.loaded.configuration.jobTimeoutS) * 1_000_000_000
            do {
                let reply = try worker.run(request, deadline: limit > 0 ? started + limit : nil)
                log(reply, input: input, since: started, snapshot.loaded)
            } catch {
                process = nil
                crashed(request, error, worker: worker, snapshot.loaded)
            }
            state.withLock { _ = $0.busy.removeValue(forKey: index) }
            queue.finish(input)
        }
    }

    private func request(for input: String, _ loaded: LoadedConfiguration) -> JobRequest {
        let known = digests.entry(of: input)
        return JobRequest(
            input: input, name: relativeName(input, in: loaded.configuration.watch.directory),
            knownSHA256: known?.sha256, knownStatus: known?.status)
    }

    private func requeue(_ input: String) {
        queue.finish(input)
        if !queue.offer(input) {
            logger.warning("the queue is full: \(input) waits for the next scan")
        }
    }

    /// Starts a worker on the current configuration; keeps the old one when that fails.
    private func replaceWorker(_ old: WorkerProcess?, _ snapshot: RunningConfiguration.Snapshot)
        -> WorkerProcess?
    {
        do {
            let new = try WorkerProcess(
                executable: executable, configuration: snapshot.loaded,
                generation: snapshot.generation)
            old?.stop()
            return new
        } catch {
            logger.error("\(error)")
            return old
        }
    }

    /// A worker died in the middle of a job, or was killed at its deadline: the input gets
    /// an error record (unless the daemon is stopping and killed it), and the next job starts
    /// a new worker.
    private func crashed(
        _ request: JobRequest, _ error: WorkerProcess.Failure, worker: WorkerProcess,
        _ loaded: LoadedConfiguration
    ) {
        removeTemporaries(of: request.input)
        if state.withLock({ $0.stopping }) { return }
        counters.count { $0.crashed += 1 }
        let retried = "it is retried when the file or the configuration changes"
        let (reason, message): (String, String)
        if case .overdue = error {
            let limit = loaded.configuration.jobTimeoutS
            reason = "timeout"
            message =
                "processing took longer than job_timeout_s (\(limit) s) and was stopped; \(retried)"
        } else {
            reason = "crash"
            message = "processing crashed the worker (\(error)); \(retried)"
        }
        logger.error("failed \(request.input): \(message)")
        // No digest: reading a large input again here would hold up this slot. A record
        // without one holds until the input changes in any way (see `ResultRecord.state`).
        let writer = ResultWriter(
            formats: loaded.configuration.output.formats, processors: worker.processors,
            fingerprint: worker.fingerprint)
        let record = ErrorRecord(file: request.name, reason: reason, message: message)
        do {
            try writer.writeError(record, to: try OutputNames(input: request.input))
        } catch {
            logger.error("cannot write the error record for \(request.input): \(error)")
        }
    }

    private func log(
        _ reply: JobReply, input: String, since started: UInt64, _ loaded: LoadedConfiguration
    ) {
        let milliseconds = Double((monotonicNanoseconds() - started) / 100_000) / 10
        switch reply.outcome {
        case .written:
            counters.count { $0.processed += 1 }
            if loaded.writesFolderIndex { indexer.markStale(forInput: input) }
            logger.info("processed \(input) in \(milliseconds) ms: \(reply.message)")
        case .failed:
            counters.count { $0.failed += 1 }
            logger.error("failed \(input) in \(milliseconds) ms: \(reply.message)")
        case .upToDate:
            counters.count { $0.upToDate += 1 }
            logger.info("up to date \(input) (\(milliseconds) ms): \(reply.message)")
        case .skipped:
            logger.info("skipped \(input): \(reply.message)")
        }
    }

    // MARK: Temporary files

    /// The result writer's temporary files left by a worker killed mid-write (kill -9, a
    /// crash, the shutdown timeout).
    private func removeLeftoverTemporaries() {
        let loaded = configuration.current.loaded
        let filter = loaded.nameFilter
        var pending = [loaded.configuration.watch.directory]
        while let folder = pending.popLast() {
            for name in directoryEntries(folder) ?? [] {
                let path = joinPath(folder, name)
                if AtomicFile.isTemporary(name) {
                    if unlink(path) == 0 {
                        logger.info("removed a leftover temporary file \(path)")
                    }
                } else if loaded.configuration.watch.recursive, filter.isWatchedDirectory(name),
                    FileStatus.of(path)?.kind == .directory
                {
                    pending.append(path)
                }
            }
        }
    }

    private func removeTemporaries(of input: String) {
        let folder = parentDirectory(input)
        let stem = OutputNames.stem(of: baseName(input))
        for name in directoryEntries(folder) ?? [] where AtomicFile.isTemporary(name, ofStem: stem)
        {
            unlink(joinPath(folder, name))
        }
    }
}

/// The input's path inside the watched folder, as its results name it.
func relativeName(_ path: String, in root: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
}
