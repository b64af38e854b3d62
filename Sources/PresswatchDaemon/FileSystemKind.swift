#if canImport(Glibc)
    import CLinux
    import Glibc
#endif

/// The kind of file system a folder lives on, as far as watching it is concerned.
///
/// inotify sees only the changes made through this machine's kernel: on a network file
/// system another machine's writes raise no event, so such folders are polled instead.
public enum FileSystemKind: Sendable, Equatable {
    case local
    case network(String)

    /// `statfs(2)` magic numbers of the file systems whose changes inotify cannot see.
    static let networkMagics: [Int64: String] = [
        0x6969: "nfs",
        0x517B: "smb",
        0xFF53_4D42: "cifs",
        0xFE53_4D42: "smb2",
        0x6573_5546: "fuse",
        0x00C3_6400: "ceph",
        0x0102_1997: "9p",
        0x5346_414F: "afs",
        0x7375_7245: "coda",
        0x564C: "ncp",
        0x0116_1970: "gfs2",
        0x7461_636F: "ocfs2",
        0x0BD0_0BD0: "lustre",
    ]

    /// The kind of the file system holding `path`; `local` when it cannot be told.
    ///
    /// `PRESSWATCH_FORCE_POLLING=1` makes any folder count as a network one, so the polling
    /// path can be tested and used where inotify is not wanted.
    public static func of(_ path: String) -> FileSystemKind {
        if let force = getenv("PRESSWATCH_FORCE_POLLING"), String(cString: force) == "1" {
            return .network("forced by PRESSWATCH_FORCE_POLLING")
        }
        #if canImport(Glibc)
            var info = statfs()
            guard statfs(path, &info) == 0 else { return .local }
            let magic = Int64(info.f_type) & 0xFFFF_FFFF
            if let name = networkMagics[magic] { return .network(name) }
        #endif
        return .local
    }
}
