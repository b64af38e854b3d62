import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches a folder (and, when recursive, its subfolders) with inotify, on a thread of its own.
///
/// Folders are watched, never single files, so renames and editor saves cannot leave the
/// watcher deaf. The reading thread waits in `poll(2)` with a timeout so it can see the stop
/// flag; closing the descriptor from another thread would not wake a blocked `read`.
public final class InotifyWatcher: FolderWatcher, @unchecked Sendable {
    let root: String
    let recursive: Bool
    let filter: NameFilter
    private let lock = NSLock()
    private var fd: Int32 = -1
    private var directories: [Int32: String] = [:]  // watch descriptor -> relative folder
    private var stopped = false

    public var mode: String { recursive ? "inotify, recursive" : "inotify" }

    static let fileMask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    static let flags = UInt32(IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)

    public init(root: String, recursive: Bool, filter: NameFilter) {
        self.root = root
        self.recursive = recursive
        self.filter = filter
    }

    public func start(_ deliver: @escaping @Sendable ([WatchEvent]) -> Void) throws {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.cannotWatch(root, errnoText(errno)) }
        lock.withLock { fd = descriptor }
        if let problem = addWatch(relative: "") {
            close(descriptor)
            throw WatchError.cannotWatch(root, problem)
        }
        if recursive { _ = addSubfolders(of: "") }
        // The thread holds the watcher until its loop ends at `stop`; the watcher does not
        // hold the thread, so nothing keeps either alive after that (`make asan` found the
        // cycle there was).
        let thread = Thread { [self] in readLoop(descriptor, deliver) }
        thread.name = "inotify"
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
    }

    /// Adds a watch on a folder; returns the problem when the kernel refuses (ENOSPC: the
    /// watch limit; ENOENT: it went away).
    func addWatch(relative: String) -> String? {
        let path = relative.isEmpty ? root : joinPath(root, relative)
        let descriptor = lock.withLock { fd }
        let wd = inotify_add_watch(descriptor, path, Self.fileMask | Self.flags)
        if wd < 0 {
            let code = errno
            if code == ENOSPC {
                return "the inotify watch limit is reached (raise fs.inotify.max_user_watches)"
            }
            return errnoText(code)
        }
        lock.withLock { directories[wd] = relative }
        return nil
    }

    /// Watches every subfolder below `relative`; returns the folders now watched, so the
    /// caller scans them (files may have arrived before the watch existed).
    func addSubfolders(of relative: String) -> [String] {
        var added: [String] = []
        var pending = [relative]
        while let folder = pending.popLast() {
            let path = folder.isEmpty ? root : joinPath(root, folder)
            for name in directoryEntries(path) ?? [] where filter.isWatchedDirectory(name) {
                let child = joinPath(folder, name)
                guard FileStatus.of(joinPath(root, child))?.kind == .directory else { continue }
                if addWatch(relative: child) == nil {
                    added.append(child)
                    pending.append(child)
                }
            }
        }
        return added
    }

    private func readLoop(_ descriptor: Int32, _ deliver: @Sendable ([WatchEvent]) -> Void) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 * 1024, alignment: 8)
        defer {
            buffer.deallocate()
            close(descriptor)
        }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !lock.withLock({ stopped }) {
            let ready = poll(&poller, 1, 200)
            guard ready > 0 else { continue }
            var events: [WatchEvent] = []
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count <= 0 { break }
                decode(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), into: &events)
            }
            if !events.isEmpty { deliver(events) }
        }
    }

    private func decode(_ bytes: UnsafeRawBufferPointer, into events: inout [WatchEvent]) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        while offset + header <= bytes.count {
            let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let nameBytes = bytes[(offset + header)..<(offset + header + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += header + Int(event.len)
            translate(event, name: name, into: &events)
        }
    }

    private func translate(_ event: inotify_event, name: String, into events: inout [WatchEvent]) {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            events.append(.lost(reason: "inotify queue overflow"))
            return
        }
        let folder = lock.withLock { directories[event.wd] }
        if mask & UInt32(IN_IGNORED) != 0 {
            lock.withLock { _ = directories.removeValue(forKey: event.wd) }
            if folder == "" { events.append(.rootGone) }
            return
        }
        guard let folder else { return }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            if folder.isEmpty { events.append(.rootGone) }
            return
        }
        let path = joinPath(folder, name)
        if mask & UInt32(IN_ISDIR) != 0 {
            directoryEvent(mask, path: path, name: name, into: &events)
            return
        }
        if filter.isIgnored(name) { return }
        if mask & UInt32(IN_CLOSE_WRITE) != 0 { events.append(.closedWrite(path)) }
        if mask & UInt32(IN_MOVED_TO) != 0 { events.append(.movedIn(path)) }
        if mask & UInt32(IN_CREATE) != 0 { events.append(.created(path)) }
        if mask & UInt32(IN_MODIFY) != 0 { events.append(.modified(path)) }
        if mask & UInt32(IN_ATTRIB) != 0 { events.append(.attributesChanged(path)) }
        if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { events.append(.removed(path)) }
    }

    private func directoryEvent(
        _ mask: UInt32, path: String, name: String, into events: inout [WatchEvent]
    ) {
        guard recursive, filter.isWatchedDirectory(name) else { return }
        guard mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 else { return }
        if let problem = addWatch(relative: path) {
            events.append(.lost(reason: "cannot watch \(path): \(problem)"))
            return
        }
        events.append(.directoryAppeared(path))
        for child in addSubfolders(of: path) { events.append(.directoryAppeared(child)) }
    }
}

public enum WatchError: Error, CustomStringConvertible {
    case cannotWatch(String, String)

    public var description: String {
        switch self {
        case .cannotWatch(let path, let why): return "cannot watch \(path): \(why)"
        }
    }
}
