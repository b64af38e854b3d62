#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides which names in the watched folder are inputs.
///
/// Hidden names (which covers rsync's `.NAME.XXXXXX` and editors' swap files), temporary
/// names and the daemon's own outputs are never inputs, whatever the patterns say: otherwise
/// a pattern like `*` would make the daemon process its own results, forever.
public struct NameFilter: Sendable, Hashable {
    public var patterns: [String]
    /// Suffixes of the files the daemon writes beside an input (`.json`, `.md`).
    public var outputSuffixes: [String]

    static let temporarySuffixes = [".tmp", ".part", ".partial", "~", ".swp", ".crdownload"]

    public init(patterns: [String], outputSuffixes: [String] = [".json", ".md"]) {
        self.patterns = patterns
        self.outputSuffixes = outputSuffixes
    }

    /// Whether `name` (one path component) is an input.
    public func isInput(_ name: String) -> Bool {
        if isIgnored(name) { return false }
        return patterns.contains { fnmatch($0, name, 0) == 0 }
    }

    /// Hidden, temporary or output names: never inputs, never worth an event.
    public func isIgnored(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") { return true }
        if Self.temporarySuffixes.contains(where: { name.hasSuffix($0) }) { return true }
        return outputSuffixes.contains { name.hasSuffix($0) }
    }

    /// Whether a subfolder is walked in recursive mode: hidden ones are not.
    public func isWatchedDirectory(_ name: String) -> Bool {
        !name.hasPrefix(".")
    }
}
