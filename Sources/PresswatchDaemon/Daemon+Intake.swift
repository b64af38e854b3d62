import Foundation

extension Daemon {
    /// Starts the watcher that suits the folder's file system: inotify on a local one,
    /// polling on a network one (whose remote changes inotify never sees).
    func startWatching() throws {
        let (directory, recursive, settle) = lock.withLock {
            (configuration.directory, configuration.recursive, configuration.settleMilliseconds)
        }
        let interval = max(1000, settle)
        let polling = PollingWatcher(
            root: directory, recursive: recursive, filter: filter, intervalMilliseconds: interval)
        var watcher: any FolderWatcher = polling
        switch FileSystemKind.of(directory) {
        case .local:
            let inotify = InotifyWatcher(root: directory, recursive: recursive, filter: filter)
            do {
                try inotify.start { [weak self] events in self?.handle(events) }
                watcher = inotify
            } catch {
                // Out of watches or instances (ENOSPC, EMFILE): slower, but nothing is missed.
                logger.error("\(error); polling every \(interval) ms instead")
                try polling.start { [weak self] events in self?.handle(events) }
            }
        case .network(let kind):
            logger.notice(
                "\(directory) is on a network file system (\(kind)): inotify cannot see other machines' writes, so it is polled every \(interval) ms"
            )
            try polling.start { [weak self] events in self?.handle(events) }
        }
        lock.withLock {
            self.watcher = watcher
            rootGone = false
        }
        logger.info("watching \(directory) (\(watcher.mode))")
    }

    /// Events from the watcher, in order.
    func handle(_ events: [WatchEvent]) {
        let now = monotonicNanoseconds()
        for event in events {
            switch event {
            case .closedWrite(let relative):
                closed(absolute(relative), now: now)
            case .attributesChanged(let relative):
                // A chmod may make an unreadable input readable; not while it is written.
                let path = absolute(relative)
                if !lock.withLock({ settler.writing.contains(path) }) { closed(path, now: now) }
            case .movedIn(let relative):
                let path = absolute(relative)
                guard isInputName(path) else { continue }
                lock.withLock { settler.forget(path) }
                offer(path)
            case .created(let relative):
                created(absolute(relative), now: now)
            case .modified(let relative):
                let path = absolute(relative)
                guard isInputName(path) else { continue }
                lock.withLock { settler.modified(path) }
            case .removed(let relative):
                let path = absolute(relative)
                lock.withLock {
                    settler.forget(path)
                    hashCache.removeValue(forKey: path)
                }
                queue.remove(path)
            case .directoryAppeared(let relative):
                requestScan(.folder(absolute(relative)), reason: "new folder \(relative)")
            case .lost(let reason):
                logger.warning("events were lost (\(reason)): rescanning")
                lock.withLock { settler.forgetWriters() }
                requestScan(.full, reason: reason)
            case .rootGone:
                rootWentAway()
            }
        }
    }

    /// A file closed after writing: complete once it stays unchanged for the settle time.
    private func closed(_ path: String, now: UInt64) {
        guard isInputName(path), let status = FileStatus.of(path) else { return }
        guard status.kind == .regular else {
            if status.kind == .symlink { offer(path) }
            return
        }
        let accepted = lock.withLock { settler.closed(path, status: status, now: now) }
        if !accepted { requestScan(.full, reason: "more files settling than the queue holds") }
    }

    /// A new name: a symbolic link is complete at once. A new regular file settles like a
    /// closed one: a writer's first write takes it back until its close, and a hard link
    /// (which sends no other event) is taken after the settle time.
    private func created(_ path: String, now: UInt64) {
        guard isInputName(path), let status = FileStatus.of(path) else { return }
        switch status.kind {
        case .symlink:
            offer(path)
        case .regular:
            closed(path, now: now)
        case .directory, .other:
            return
        }
    }

    /// Puts a ready file on the queue; when it is full, a scan picks the file up later.
    func offer(_ path: String) {
        if !queue.offer(path) {
            requestScan(.full, reason: "the queue is full")
        }
    }

    func absolute(_ relative: String) -> String {
        joinPath(lock.withLock { configuration.directory }, relative)
    }

    func isInputName(_ path: String) -> Bool {
        let filter = lock.withLock { self.filter }
        return filter.isInput(baseName(path))
    }

    private func rootWentAway() {
        let directory = lock.withLock {
            rootGone = true
            watcher?.stop()
            watcher = nil
            return configuration.directory
        }
        logger.error(
            "the watched folder \(directory) was deleted or moved; waiting for it to return")
        notifier.status("watched folder \(directory) is gone; waiting for it")
    }

    /// The loop that drives settled files to the queue, timed scans, reload on a changed
    /// `pipeline.yaml`, the STATUS line and the watchdog.
    func tickLoop() {
        var lastRescan = monotonicNanoseconds()
        var lastStatus: UInt64 = 0
        var lastWatchdog: UInt64 = 0
        var lastRootCheck: UInt64 = 0
        var lastConfigCheck: UInt64 = 0
        while !lock.withLock({ stopping }) {
            usleep(20_000)
            let now = monotonicNanoseconds()
            let ready = lock.withLock { settler.due(now: now) { FileStatus.of($0) } }
            for path in ready { offer(path) }
            let (rescanSeconds, isReady) = lock.withLock {
                (configuration.rescanSeconds, self.ready)
            }
            if rescanSeconds > 0, now - lastRescan >= UInt64(rescanSeconds) * 1_000_000_000 {
                lastRescan = now
                requestScan(.full, reason: "every \(rescanSeconds) s")
            }
            if now - lastRootCheck >= 1_000_000_000 {
                lastRootCheck = now
                recoverRootIfBack()
            }
            if now - lastConfigCheck >= 500_000_000 {
                lastConfigCheck = now
                reloadIfConfigurationChanged()
            }
            if let interval = notifier.watchdogInterval, now - lastWatchdog >= interval {
                lastWatchdog = now
                notifier.watchdog()
            }
            if now - lastStatus >= 2_000_000_000 {
                lastStatus = now
                // While the first scan runs, systemd is told to wait longer for READY=1.
                notifier.send(
                    isReady
                        ? "STATUS=\(statusLine())"
                        : "EXTEND_TIMEOUT_USEC=30000000\nSTATUS=catching up: \(statusLine())")
            }
        }
    }

    private func recoverRootIfBack() {
        let (gone, directory) = lock.withLock { (rootGone, configuration.directory) }
        guard gone, FileStatus.of(directory)?.kind == .directory else { return }
        do {
            try startWatching()
            logger.notice("the watched folder \(directory) is back")
            requestScan(.full, reason: "the watched folder returned")
        } catch {
            logger.error("\(error)")
        }
    }
}
