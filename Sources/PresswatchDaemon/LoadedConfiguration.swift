import Foundation
import PresswatchCore

/// A configuration the daemon runs on, with the text it was checked from: worker processes
/// build their pipeline from that text, not from the file, which may have been edited (and
/// broken) since.
public struct LoadedConfiguration: Sendable {
    public let configuration: Configuration
    public let text: String

    /// The files written beside an input: its results and its error record (whose
    /// `.error.json` ends in `.json`, whatever the formats). No such name is ever an input.
    var outputSuffixes: [String] {
        [OutputNames.suffix(of: .json)]
            + configuration.output.formats.filter { $0 != .json }.map(OutputNames.suffix(of:))
    }

    /// Whether results include page views, so each folder's `index.html` of them is
    /// rewritten after its results change.
    var writesFolderIndex: Bool { configuration.output.formats.contains(.html) }

    var nameFilter: NameFilter {
        NameFilter(patterns: configuration.watch.patterns, outputSuffixes: outputSuffixes)
    }
}

/// Where the daemon's configuration comes from: the file, and the compiled-in processors the
/// configuration can name.
public struct ConfigurationSource: Sendable {
    public let path: String
    public let processors: [ProcessorDescriptor]

    public init(path: String, processors: [ProcessorDescriptor]) {
        self.path = path
        self.processors = processors
    }

    /// Reads and checks the file, without building its processors: the daemon's parent never
    /// runs them, so it never loads their data (a lexicon, a table). A thrown error names the
    /// file, line and column of every problem.
    public func load() throws(ConfigurationError) -> LoadedConfiguration {
        let text = try ConfigurationLoader.readText(path)
        return LoadedConfiguration(
            configuration: try configuration(from: text, building: false), text: text)
    }

    /// The configuration `text` gives, as if read from the file: relative paths in it resolve
    /// against the file's folder. A worker builds it.
    func configuration(from text: String, building: Bool) throws(ConfigurationError)
        -> Configuration
    {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return try ConfigurationLoader.load(
            text: text, path: path, directory: (absolute as NSString).deletingLastPathComponent,
            processors: processors, building: building)
    }
}
