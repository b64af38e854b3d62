/// What a watcher saw, with paths relative to the watched folder.
public enum WatchEvent: Sendable, Equatable {
    /// A file opened for writing was closed: complete perhaps, to be settled.
    case closedWrite(String)
    /// A name was renamed into the folder: complete.
    case movedIn(String)
    /// A name was created: a file about to be written, a hard link or a symbolic link.
    case created(String)
    /// A file is being written.
    case modified(String)
    /// Its permissions or owner changed (a `chmod` may make an unreadable input readable).
    case attributesChanged(String)
    /// A name was deleted or renamed away.
    case removed(String)
    /// A subfolder appeared (recursive mode): its watch is in place, its files need a scan.
    case directoryAppeared(String)
    /// Events were lost (the kernel queue overflowed, or a watch could not be added).
    case lost(reason: String)
    /// The watched folder itself was deleted or moved away.
    case rootGone
}

/// Something that reports changes in a folder until stopped.
public protocol FolderWatcher: Sendable {
    /// Starts delivering events (in batches, from a thread of the watcher's own).
    func start(_ deliver: @escaping @Sendable ([WatchEvent]) -> Void) throws
    func stop()
    /// A short description for the log: "inotify", "polling every 1000 ms".
    var mode: String { get }
}
