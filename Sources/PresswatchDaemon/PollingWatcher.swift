import Foundation

/// Watches a folder by listing it at a fixed interval, for network file systems where
/// inotify sees no change made by another machine.
///
/// A new or changed file is reported as `closedWrite`, so the same settling applies: it is
/// taken only once its size and modification time stay unchanged for the settle time.
public final class PollingWatcher: FolderWatcher, @unchecked Sendable {
    let root: String
    let recursive: Bool
    let filter: NameFilter
    let intervalMilliseconds: Int
    private let lock = NSLock()
    private var stopped = false

    public var mode: String { "polling every \(intervalMilliseconds) ms" }

    public init(root: String, recursive: Bool, filter: NameFilter, intervalMilliseconds: Int) {
        self.root = root
        self.recursive = recursive
        self.filter = filter
        self.intervalMilliseconds = intervalMilliseconds
    }

    public func start(_ deliver: @escaping @Sendable ([WatchEvent]) -> Void) throws {
        guard FileStatus.of(root)?.kind == .directory else {
            throw WatchError.cannotWatch(root, "not a folder")
        }
        // The first listing is taken here, before `start` returns, not on the new thread: the
        // caller's start scan covers what is here now, and every later file must be a
        // difference from this listing. Taken on a thread that starts late (a loaded
        // machine), it would already hold files written after the scan, which no poll then
        // reports.
        let initial = snapshot()
        let thread = Thread { [self] in pollLoop(from: initial, deliver) }
        thread.name = "poll"
        thread.start()
    }

    public func stop() { lock.withLock { stopped = true } }

    private func pollLoop(
        from initial: [String: FileStatus], _ deliver: @Sendable ([WatchEvent]) -> Void
    ) {
        var previous = initial
        var rootPresent = true
        while !lock.withLock({ stopped }) {
            usleep(useconds_t(intervalMilliseconds * 1000))
            let present = FileStatus.of(root)?.kind == .directory
            if !present {
                if rootPresent { deliver([.rootGone]) }
                rootPresent = false
                continue
            }
            rootPresent = true
            let current = snapshot()
            let events = differences(from: previous, to: current)
            previous = current
            if !events.isEmpty { deliver(events) }
        }
    }

    private func differences(
        from old: [String: FileStatus], to new: [String: FileStatus]
    ) -> [WatchEvent] {
        var events: [WatchEvent] = []
        for (path, status) in new {
            guard let before = old[path] else {
                events.append(
                    status.kind == .directory ? .directoryAppeared(path) : .closedWrite(path))
                continue
            }
            if status.kind != .directory && !before.sameContent(as: status) {
                events.append(.closedWrite(path))
            }
        }
        for path in old.keys where new[path] == nil { events.append(.removed(path)) }
        return events
    }

    /// Every relevant name below the root with its status.
    private func snapshot() -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        var pending = [""]
        while let folder = pending.popLast() {
            let path = folder.isEmpty ? root : joinPath(root, folder)
            for name in directoryEntries(path) ?? [] {
                let relative = joinPath(folder, name)
                guard let status = FileStatus.of(joinPath(root, relative)) else { continue }
                if status.kind == .directory {
                    guard recursive, filter.isWatchedDirectory(name) else { continue }
                    result[relative] = status
                    pending.append(relative)
                } else if !filter.isIgnored(name) {
                    result[relative] = status
                }
            }
        }
        return result
    }
}
