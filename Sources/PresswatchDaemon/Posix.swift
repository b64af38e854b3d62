#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the daemon needs to know of a path, from one `lstat`: symbolic links are not followed,
/// so a link is seen as a link.
public struct FileStatus: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case regular, directory, symlink, other
    }

    public var kind: Kind
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var mtimeNanoseconds: Int64
    /// Status change time (content, permissions, owner), in nanoseconds since the epoch.
    public var ctimeNanoseconds: Int64 = 0
    public var inode: UInt64
    public var device: UInt64
    public var links: UInt64

    /// The status of `path`, or nil when it does not exist (or cannot be looked at).
    public static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    public init(
        kind: Kind, size: Int64, mtimeNanoseconds: Int64, inode: UInt64, device: UInt64,
        links: UInt64
    ) {
        self.kind = kind
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.inode = inode
        self.device = device
        self.links = links
    }

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        size = Int64(info.st_size)
        mtimeNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        ctimeNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        links = UInt64(info.st_nlink)
    }

    /// Whether a file still looks the same: same size, modification time and inode.
    public func sameContent(as other: FileStatus) -> Bool {
        size == other.size && mtimeNanoseconds == other.mtimeNanoseconds && inode == other.inode
            && device == other.device
    }
}

/// CLOCK_MONOTONIC in nanoseconds: for deadlines, and the `MONOTONIC_USEC=` systemd wants.
public func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// The text of an errno value.
func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// The names in a directory (without `.` and `..`), or nil when it cannot be read.
func directoryEntries(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    // The name is read through a pointer, up to its NUL: a record from readdir can be shorter
    // than `dirent` (glibc packs them by `d_reclen`), so copying the 256-byte `d_name` tuple
    // reads past the end of the directory's buffer (make asan found it on a folder of 1,000).
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    var names: [String] = []
    while let entry = readdir(dir) {
        let namePointer = UnsafeRawPointer(entry).advanced(by: nameOffset)
            .assumingMemoryBound(to: CChar.self)
        let name = String(
            decoding: UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer)),
            as: UTF8.self)
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

/// `directory/name`, without doubling the slash.
func joinPath(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

/// The last component of a path.
func baseName(_ path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[path.utf8.index(after: slash)...])
}

/// Everything before the last component of a path ("." when there is none).
func parentDirectory(_ path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    if slash == path.utf8.startIndex { return "/" }
    return String(path[..<slash])
}
