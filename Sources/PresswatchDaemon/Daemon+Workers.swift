import Foundation

extension Daemon {
    /// Starts the worker slots the configuration asks for that are not running yet.
    func startWorkerSlots() {
        let missing = lock.withLock {
            let missing = (0..<configuration.workers).filter { !workerSlots.contains($0) }
            workerSlots.formUnion(missing)
            return missing
        }
        for index in missing {
            spawnThread("worker \(index)") { [self] in workerLoop(index) }
        }
    }

    /// One worker slot: takes a job, hands it to its worker process, logs how it ended.
    /// The process is replaced when it dies or when the configuration changed.
    private func workerLoop(_ index: Int) {
        var process: WorkerProcess?
        defer { process?.stop() }
        while let input = queue.take() {
            let (generation, configuration) = lock.withLock {
                (self.generation, self.configuration)
            }
            if index >= configuration.workers {
                // The configuration asks for fewer workers now: this slot ends.
                requeue(input)
                lock.withLock { _ = workerSlots.remove(index) }
                return
            }
            if process?.generation != generation {
                process = replaceWorker(
                    process, configuration: configuration, generation: generation)
            }
            guard let worker = process else {
                requeue(input)
                usleep(1_000_000)
                continue
            }
            let started = monotonicNanoseconds()
            lock.withLock { busyWorkers[index] = (worker, input, started) }
            let reply: JobReply?
            do {
                reply = try worker.run(input)
            } catch {
                reply = nil
                process = nil
                let timedOut = lock.withLock { timedOutSlots.remove(index) != nil }
                crashed(input, why: "\(error)", worker: worker, timedOut: timedOut)
            }
            lock.withLock { _ = busyWorkers.removeValue(forKey: index) }
            if let reply { log(reply, input: input, since: started) }
            queue.finish(input)
        }
    }

    private func requeue(_ input: String) {
        queue.finish(input)
        if !queue.offer(input) { requestScan(.full, reason: "the queue is full") }
    }

    /// Starts a worker on the current configuration; keeps the old one when that fails.
    private func replaceWorker(
        _ old: WorkerProcess?, configuration: DaemonConfiguration, generation: Int
    ) -> WorkerProcess? {
        do {
            let new = try WorkerProcess(
                executable: executable, configuration: configuration, generation: generation)
            old?.stop()
            return new
        } catch {
            logger.error("\(error)")
            return old
        }
    }

    /// Kills the worker of every job running longer than `job_timeout_s`: a processor caught
    /// in a loop would hold its worker slot for good. Called from the tick loop.
    func stopOverdueJobs(now: UInt64) {
        let overdue: [WorkerProcess] = lock.withLock {
            let limit = UInt64(configuration.jobTimeoutSeconds) * 1_000_000_000
            guard limit > 0 else { return [] }
            let late = busyWorkers.filter { now > $0.value.started + limit }
            timedOutSlots.formUnion(late.keys)
            return late.values.map(\.process)
        }
        for worker in overdue { worker.kill() }
    }

    /// A worker died in the middle of a job, or was killed for taking too long: the input
    /// gets an error record (unless the daemon is stopping and killed it), and the next job
    /// starts a new worker.
    private func crashed(_ input: String, why: String, worker: WorkerProcess, timedOut: Bool) {
        let (stopping, limit) = lock.withLock {
            (self.stopping, configuration.jobTimeoutSeconds)
        }
        removeTemporaries(of: input)
        if stopping { return }
        lock.withLock { stats.crashed += 1 }
        let retried = "it is retried when the file or the configuration changes"
        let (reason, message) =
            timedOut
            ? (
                "timeout",
                "processing took longer than job_timeout_s (\(limit) s) and was stopped; \(retried)"
            )
            : ("crash", "processing crashed the worker (\(why)); \(retried)")
        logger.error("failed \(input): \(message)")
        // No digest: reading a large input again here would hold up this slot. A record
        // without one holds until the input changes in any way (see the scan).
        do {
            try backend.writeFailure(
                forInput: input, error: DaemonFailure(reason: reason, message: message),
                sha256: nil, fingerprint: worker.fingerprint, processors: worker.processors)
        } catch {
            logger.error("cannot write the error record for \(input): \(error)")
        }
    }

    func removeTemporaries(of input: String) {
        let folder = parentDirectory(input)
        for name in directoryEntries(folder) ?? []
        where backend.isLeftoverTemporary(name, of: input) {
            unlink(joinPath(folder, name))
        }
    }

    private func log(_ reply: JobReply, input: String, since started: UInt64) {
        let milliseconds = Double((monotonicNanoseconds() - started) / 100_000) / 10
        switch reply.outcome {
        case .written:
            lock.withLock { stats.processed += 1 }
            folderIndexIsStale(forInput: input)
            logger.info("processed \(input) in \(milliseconds) ms: \(reply.message)")
        case .failed:
            lock.withLock { stats.failed += 1 }
            logger.error("failed \(input) in \(milliseconds) ms: \(reply.message)")
        case .upToDate:
            lock.withLock { stats.upToDate += 1 }
            logger.info("up to date \(input) (\(milliseconds) ms): \(reply.message)")
        case .skipped:
            logger.info("skipped \(input): \(reply.message)")
        }
    }
}
