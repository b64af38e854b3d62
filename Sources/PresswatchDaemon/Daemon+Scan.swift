import Foundation

/// What the scanner has been asked to look at.
struct ScanRequests {
    enum Scope: Equatable {
        case full
        case folder(String)
    }

    var full = false
    var folders: [String] = []
    var reasons: [String] = []

    var isEmpty: Bool { !full && folders.isEmpty }
}

extension Daemon {
    func requestScan(_ scope: ScanRequests.Scope, reason: String) {
        scanSignal.withLock {
            switch scope {
            case .full: scanRequests.full = true
            case .folder(let path): scanRequests.folders.append(path)
            }
            if scanRequests.reasons.count < 8 { scanRequests.reasons.append(reason) }
            scanSignal.broadcast()
        }
    }

    /// Serves scan requests one after the other. A scan queues with back-pressure: it waits
    /// while the queue is full, so even 100,000 waiting files cost only a bounded queue.
    func scanLoop() {
        while true {
            scanSignal.lock()
            while scanRequests.isEmpty && !lock.withLock({ stopping }) { scanSignal.wait() }
            let request = scanRequests
            scanRequests = ScanRequests()
            scanSignal.unlock()
            if lock.withLock({ stopping }) { return }
            let started = monotonicNanoseconds()
            let root = lock.withLock { configuration.directory }
            let folders = request.full ? [root] : request.folders
            var queued = 0
            for folder in folders { queued += scan(folder) }
            let milliseconds = (monotonicNanoseconds() - started) / 1_000_000
            let first = lock.withLock {
                if request.full { stats.recrawls += 1 }
                defer { ready = true }
                return !ready
            }
            let why = request.reasons.joined(separator: "; ")
            logger.info(
                "scanned \(folders.count == 1 ? folders[0] : "\(folders.count) folders") in \(milliseconds) ms (\(why)): \(queued) to process"
            )
            if first {
                notifier.ready(status: statusLine())
                logger.notice("ready: \(statusLine())")
            }
        }
    }

    /// Queues every input below `folder` whose results are missing or stale; returns how many.
    private func scan(_ folder: String) -> Int {
        let recursive = lock.withLock { configuration.recursive }
        var pending = [folder]
        var queued = 0
        while let current = pending.popLast() {
            for name in directoryEntries(current) ?? [] {
                if lock.withLock({ stopping }) { return queued }
                let path = joinPath(current, name)
                if recursive, filter.isWatchedDirectory(name),
                    FileStatus.of(path)?.kind == .directory
                {
                    pending.append(path)
                    continue
                }
                guard isInputName(path) else { continue }
                if consider(path) {
                    guard queue.put(path) else { return queued }
                    queued += 1
                }
            }
        }
        return queued
    }

    /// Whether a scanned input needs a job now. One still being written, or written less
    /// than the settle time ago, goes to the settler instead.
    private func consider(_ path: String) -> Bool {
        guard let status = FileStatus.of(path), status.kind != .directory else { return false }
        let now = monotonicNanoseconds()
        let realNow = Int64(Date().timeIntervalSince1970 * 1e9)
        let busy: Bool = lock.withLock {
            if settler.isBusy(path) { return true }
            let settle = Int64(configuration.settleMilliseconds) * 1_000_000
            if status.kind == .regular && realNow - status.mtimeNanoseconds < settle {
                _ = settler.closed(path, status: status, now: now)
                return true
            }
            return false
        }
        if busy || queue.contains(path) { return false }
        return isStale(path, status: status)
    }

    /// Whether the results beside `path` are missing or were made from other bytes or (unless
    /// a reload said otherwise) another pipeline. Hashes are cached by size, time and inode.
    private func isStale(_ path: String, status: FileStatus) -> Bool {
        let (fingerprint, fingerprintCounts, results) = lock.withLock {
            (configuration.fingerprint, self.fingerprintCounts, configuration.resultSuffixes)
        }
        guard let recorded = backend.recordedState(ofInput: path, results: results) else {
            return true
        }
        // A failure is retried when the configuration changed; a result only when asked to.
        if recorded.fingerprint != fingerprint && (recorded.isFailure || fingerprintCounts) {
            return true
        }
        guard status.kind == .regular else { return recorded.sha256 != nil }
        // A record without a digest (the input could not be read) holds until the input
        // changes in any way, permissions included.
        guard let recordedSHA = recorded.sha256 else {
            return status.ctimeNanoseconds > recorded.writtenNanoseconds
        }
        let cached = lock.withLock { hashCache[path] }
        if let cached, cached.status.sameContent(as: status) {
            return cached.sha256 != recordedSHA
        }
        guard let sha256 = try? backend.sha256(ofFileAt: path) else { return true }
        lock.withLock { hashCache[path] = (status, sha256) }
        return sha256 != recordedSHA
    }
}
