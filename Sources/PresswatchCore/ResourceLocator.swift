import Foundation

/// Finds the data files a processor ships (a lexicon, a table) without `Bundle.module`,
/// which crashes an installed binary whose build folder is gone.
///
/// SwiftPM copies a target's resources into a folder `presswatch_<Target>.resources` beside
/// the binary; `make install` copies those folders into `<prefix>/share/presswatch`. Each
/// candidate folder is tried in order, and the first that holds the file wins:
/// `$PRESSWATCH_DATA_DIR`, `<binary>/../share/presswatch`, `/usr/local/share/presswatch`,
/// `/usr/share/presswatch`, and the binary's own folder (a build tree, tests).
public struct ResourceLocator: Sendable, Hashable {
    public var searchDirectories: [String]

    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    /// The standard search order, with an explicit data directory first when given.
    public init(dataDirectory: String? = nil) {
        var directories: [String] = []
        if let dataDirectory { directories.append(dataDirectory) }
        if let fromEnvironment = getenvString("PRESSWATCH_DATA_DIR") {
            directories.append(fromEnvironment)
        }
        let binaryDirectory = Self.binaryDirectory()
        if let binaryDirectory {
            directories.append(binaryDirectory + "/../share/presswatch")
        }
        directories += ["/usr/local/share/presswatch", "/usr/share/presswatch"]
        if let binaryDirectory { directories.append(binaryDirectory) }
        self.searchDirectories = directories
    }

    /// The path of `relativePath` among the resources of `target`, or nil when no candidate
    /// folder holds it.
    public func path(of relativePath: String, target: String) -> String? {
        let bundle = "presswatch_\(target).resources"
        for directory in searchDirectories {
            let candidate = "\(directory)/\(bundle)/\(relativePath)"
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Like `path(of:target:)`, but a missing file is an error that lists where it looked.
    public func require(_ relativePath: String, target: String) throws -> String {
        if let found = path(of: relativePath, target: target) { return found }
        let tried = searchDirectories.map { "  \($0)/presswatch_\(target).resources" }
        throw ResourceError(
            message: "cannot find \(relativePath) of \(target); looked in:\n"
                + tried.joined(separator: "\n")
                + "\nset PRESSWATCH_DATA_DIR to the folder holding presswatch_\(target).resources")
    }

    /// The folder of the running binary, through /proc/self/exe so a symlink resolves.
    private static func binaryDirectory() -> String? {
        guard let url = Bundle.main.executableURL else { return nil }
        return url.resolvingSymlinksInPath().deletingLastPathComponent().path
    }
}

public struct ResourceError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
