import Foundation

extension Daemon {
    /// Reloads `pipeline.yaml` (SIGHUP, or the file changed). A broken file is logged with its
    /// locations and the running pipeline stays; a good one serves every job started after
    /// it. systemd hears RELOADING=1 first and READY=1 after, also when the reload failed.
    public func reload(reason: String) {
        reloadLock.lock()
        defer { reloadLock.unlock() }
        notifier.reloading()
        defer { notifier.ready(status: statusLine()) }
        let path = lock.withLock { configuration.configPath }
        lock.withLock { configStatus = FileStatus.of(path) }
        let new: DaemonConfiguration
        do {
            new = try backend.loadConfiguration(at: path)
        } catch {
            lock.withLock { stats.failedReloads += 1 }
            for line in "\(error)".split(separator: "\n") { logger.error("\(line)") }
            logger.error("reload (\(reason)) refused: the running pipeline stays")
            return
        }
        apply(new, reason: reason)
    }

    private func apply(_ new: DaemonConfiguration, reason: String) {
        let old = lock.withLock {
            let old = configuration
            configuration = new
            filter = NameFilter(patterns: new.patterns, outputSuffixes: new.outputSuffixes)
            settler.settleNanoseconds = UInt64(max(0, new.settleMilliseconds)) * 1_000_000
            if old.text != new.text || old.fingerprint != new.fingerprint { generation += 1 }
            stats.reloads += 1
            return old
        }
        logger.notice("reloaded \(new.configPath) (\(reason)): pipeline \(new.fingerprint)")
        if old.directory != new.directory || old.recursive != new.recursive {
            lock.withLock { watcher }?.stop()
            do {
                try startWatching()
            } catch {
                logger.error("\(error)")
            }
        }
        startWorkerSlots()
        if old.fingerprint != new.fingerprint {
            lock.withLock { fingerprintCounts = new.reprocessOnChange }
            requestScan(
                .full,
                reason: new.reprocessOnChange
                    ? "the pipeline changed: redoing stale results"
                    : "the pipeline changed: retrying failed inputs")
        } else if old.directory != new.directory || old.patterns != new.patterns
            || old.recursive != new.recursive
        {
            requestScan(.full, reason: "the watch settings changed")
        }
    }

    /// Reloads when `pipeline.yaml` changed on disk and has stayed the same for one check,
    /// so an editor's half-saved file is not read.
    func reloadIfConfigurationChanged() {
        let path = lock.withLock { configuration.configPath }
        let current = FileStatus.of(path)
        let changed: Bool = lock.withLock {
            guard current != configStatus else {
                pendingConfigStatus = nil
                return false
            }
            defer { pendingConfigStatus = current }
            return current != nil && pendingConfigStatus == current
        }
        if changed { reload(reason: "\(baseName(path)) changed") }
    }
}
