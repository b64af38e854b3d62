import Foundation
import Logging
import ServiceLifecycle

/// The watcher and its settler: turns the folder's events into complete files on the work
/// queue. A file written in place is complete once it has stayed unchanged for the settle
/// time; the settle loop sleeps until the next file is due.
///
/// When the watched folder goes away, intake waits for it (checking once a second) and
/// watches the new one when it returns.
final class Intake: Service, Sendable {
    private struct State {
        var watcher: (any FolderWatcher)?
        var settler: Settler
        var filter: NameFilter
        var directory: String
        var rootGone = false
        var stopped = false
    }

    private let state: Locked<State>
    private let wakeup = Wakeup()
    private let configuration: RunningConfiguration
    private let queue: WorkQueue
    private let scans: ScanRequests
    private let digests: DigestCache
    private let notifier: SystemdNotifier
    private let logger: Logger

    init(
        configuration: RunningConfiguration, queue: WorkQueue, scans: ScanRequests,
        digests: DigestCache, notifier: SystemdNotifier, logger: Logger
    ) {
        let loaded = configuration.current.loaded
        state = Locked(
            State(
                settler: Settler(
                    settleMilliseconds: loaded.configuration.watch.settleMs,
                    capacity: queue.capacity),
                filter: loaded.nameFilter, directory: loaded.configuration.watch.directory))
        self.configuration = configuration
        self.queue = queue
        self.scans = scans
        self.digests = digests
        self.notifier = notifier
        self.logger = logger
    }

    func run() async throws {
        try startWatching()
        // Files that arrived while the daemon was away: the first scan finds them.
        scans.request(.full, reason: "start")
        await withGracefulShutdownHandler {
            await onThread("settle") { self.settleLoop() }
        } onGracefulShutdown: {
            let watcher = self.state.withLock {
                $0.stopped = true
                return $0.watcher
            }
            watcher?.stop()
            self.wakeup.signal()
        }
    }

    /// The watcher (`inotify` or polling) and whether the watched folder is gone.
    var watchState: (mode: String, gone: Bool) {
        state.withLock { ($0.watcher?.mode ?? "-", $0.rootGone) }
    }

    /// A reload changed the watch settings: new names and settle time at once, and a new
    /// watcher when the folder or `recursive` changed.
    func apply(_ new: LoadedConfiguration, replacing old: LoadedConfiguration) {
        state.withLock {
            $0.filter = new.nameFilter
            $0.settler.settleNanoseconds =
                UInt64(max(0, new.configuration.watch.settleMs)) * 1_000_000
        }
        let watch = (new.configuration.watch.directory, new.configuration.watch.recursive)
        guard watch != (old.configuration.watch.directory, old.configuration.watch.recursive)
        else { return }
        state.withLock { $0.watcher }?.stop()
        do {
            try startWatching()
        } catch {
            logger.error("\(error)")
        }
    }

    // MARK: For the scanner

    /// Whether `path` is a watched input name under the current patterns.
    func isInput(_ path: String) -> Bool {
        state.withLock { $0.filter.isInput(baseName(path)) }
    }

    func isWatchedDirectory(_ name: String) -> Bool {
        state.withLock { $0.filter.isWatchedDirectory(name) }
    }

    /// Whether a scanned file belongs to the settler rather than to the scan: one that is
    /// settling or being written, or written less than the settle time ago (it starts
    /// settling now).
    func holds(_ path: String, status: FileStatus) -> Bool {
        let modifiedAgo = Int64(Date().timeIntervalSince1970 * 1e9) - status.mtimeNanoseconds
        let now = monotonicNanoseconds()
        return state.withLock {
            if $0.settler.isBusy(path) { return true }
            guard status.kind == .regular,
                modifiedAgo < Int64($0.settler.settleNanoseconds)
            else { return false }
            _ = $0.settler.closed(path, status: status, now: now)
            wakeup.signal()
            return true
        }
    }

    // MARK: Watching

    /// Starts the watcher that suits the folder's file system: inotify on a local one,
    /// polling on a network one (whose remote changes inotify never sees).
    private func startWatching() throws {
        let watch = configuration.current.loaded.configuration.watch
        let filter = state.withLock { $0.filter }
        let interval = max(1000, watch.settleMs)
        let polling = PollingWatcher(
            root: watch.directory, recursive: watch.recursive, filter: filter,
            intervalMilliseconds: interval)
        var watcher: any FolderWatcher = polling
        switch FileSystemKind.of(watch.directory) {
        case .local:
            let inotify = InotifyWatcher(
                root: watch.directory, recursive: watch.recursive, filter: filter)
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
                "\(watch.directory) is on a network file system (\(kind)): inotify cannot see other machines' writes, so it is polled every \(interval) ms"
            )
            try polling.start { [weak self] events in self?.handle(events) }
        }
        state.withLock {
            $0.watcher = watcher
            $0.directory = watch.directory
            $0.rootGone = false
        }
        logger.info("watching \(watch.directory) (\(watcher.mode))")
    }

    /// Events from the watcher, in order, on the watcher's thread.
    private func handle(_ events: [WatchEvent]) {
        let now = monotonicNanoseconds()
        let directory = state.withLock { $0.directory }
        for event in events {
            switch event {
            case .closedWrite(let relative):
                closed(joinPath(directory, relative), now: now)
            case .attributesChanged(let relative):
                // A chmod may make an unreadable input readable; not while it is written.
                let path = joinPath(directory, relative)
                if !state.withLock({ $0.settler.writing.contains(path) }) {
                    closed(path, now: now)
                }
            case .movedIn(let relative):
                let path = joinPath(directory, relative)
                guard isInput(path) else { continue }
                state.withLock { $0.settler.forget(path) }
                offer(path)
            case .created(let relative):
                created(joinPath(directory, relative), now: now)
            case .modified(let relative):
                let path = joinPath(directory, relative)
                guard isInput(path) else { continue }
                state.withLock { $0.settler.modified(path) }
            case .removed(let relative):
                let path = joinPath(directory, relative)
                state.withLock { $0.settler.forget(path) }
                digests.forget(path)
                queue.remove(path)
            case .directoryAppeared(let relative):
                scans.request(
                    .folder(joinPath(directory, relative)), reason: "new folder \(relative)")
            case .lost(let reason):
                logger.warning("events were lost (\(reason)): rescanning")
                state.withLock { $0.settler.forgetWriters() }
                scans.request(.full, reason: reason)
            case .rootGone:
                rootWentAway()
            }
        }
    }

    /// A file closed after writing: complete once it stays unchanged for the settle time.
    private func closed(_ path: String, now: UInt64) {
        guard isInput(path), let status = FileStatus.of(path) else { return }
        guard status.kind == .regular else {
            if status.kind == .symlink { offer(path) }
            return
        }
        let accepted = state.withLock { $0.settler.closed(path, status: status, now: now) }
        wakeup.signal()
        if !accepted { scans.request(.full, reason: "more files settling than the queue holds") }
    }

    /// A new name: a symbolic link is complete at once. A new regular file settles like a
    /// closed one: a writer's first write takes it back until its close, and a hard link
    /// (which sends no other event) is taken after the settle time.
    private func created(_ path: String, now: UInt64) {
        guard isInput(path), let status = FileStatus.of(path) else { return }
        switch status.kind {
        case .symlink: offer(path)
        case .regular: closed(path, now: now)
        case .directory, .other: return
        }
    }

    /// Puts a complete file on the queue; when it is full, a scan picks the file up later.
    private func offer(_ path: String) {
        if !queue.offer(path) { scans.request(.full, reason: "the queue is full") }
    }

    private func rootWentAway() {
        let (directory, watcher) = state.withLock { state in
            state.rootGone = true
            defer { state.watcher = nil }
            return (state.directory, state.watcher)
        }
        watcher?.stop()
        wakeup.signal()
        logger.error(
            "the watched folder \(directory) was deleted or moved; waiting for it to return")
        notifier.status("watched folder \(directory) is gone; waiting for it")
    }

    // MARK: Settling

    /// Hands settled files to the queue, sleeping until the next one is due; while the watched
    /// folder is gone, looks for it once a second.
    private func settleLoop() {
        while true {
            let (due, stopped, gone) = state.withLock {
                ($0.settler.nextDue, $0.stopped, $0.rootGone)
            }
            if stopped { return }
            let rootCheck = gone ? monotonicNanoseconds() + 1_000_000_000 : nil
            wakeup.wait(until: [due, rootCheck].compactMap { $0 }.min())
            let now = monotonicNanoseconds()
            let candidates = state.withLock { $0.settler.takeDue(now: now) }
            for (path, candidate) in candidates {
                // `stat` outside the lock: the watcher's thread is never held up by it.
                let current = FileStatus.of(path)
                let complete = state.withLock {
                    $0.settler.settled(path, candidate: candidate, current: current, now: now)
                }
                if complete { offer(path) }
            }
            if gone { watchAgainIfBack() }
        }
    }

    private func watchAgainIfBack() {
        let directory = state.withLock { $0.directory }
        guard FileStatus.of(directory)?.kind == .directory, !state.withLock({ $0.stopped })
        else { return }
        do {
            try startWatching()
            logger.notice("the watched folder \(directory) is back")
            scans.request(.full, reason: "the watched folder returned")
        } catch {
            logger.error("\(error)")
        }
    }
}
