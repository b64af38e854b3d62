import Foundation
import YAMLTree

/// Reads `pipeline.yaml`, checks every setting and builds the pipeline, reporting all problems
/// of the file at once.
public enum ConfigurationLoader {
    /// Loads the configuration file at `path` (relative paths against the current folder),
    /// building its processors from `processors`, the compiled-in list.
    public static func load(
        path: String, processors: [ProcessorDescriptor],
        resources: ResourceLocator = ResourceLocator()
    ) throws(ConfigurationError) -> Configuration {
        let text = try readText(path)
        let absolute = resolvePath(path, against: FileManager.default.currentDirectoryPath)
        let directory = (absolute as NSString).deletingLastPathComponent
        return try load(
            text: text, path: path, directory: directory, processors: processors,
            resources: resources)
    }

    /// Loads configuration text as if read from `path` (used in messages); relative paths in it
    /// resolve against `directory`. With `building: false` the processors' options are
    /// checked but no processor is built: the pipeline knows its fingerprint and cannot run.
    public static func load(
        text: String, path: String, directory: String, processors: [ProcessorDescriptor],
        resources: ResourceLocator = ResourceLocator(), building: Bool = true
    ) throws(ConfigurationError) -> Configuration {
        var errors: [YAMLError] = []
        guard let root = YAMLParser.parse(text, errors: &errors) else {
            throw ConfigurationError(path: path, errors: errors)
        }
        let file =
            YAMLNodeDecoder().decode(
                ConfigurationFile.self, from: root,
                defaults: YAMLNodeDecoder.node(encoding: ConfigurationFile()), errors: &errors)
            ?? ConfigurationFile()
        errors += OptionBoundsCheck.problems(
            ConfigurationFile.catalog.options, in: root, prefix: "")
        errors += SettingsCheck.problems(in: file, root: root)
        let context = ProcessorContext(configDirectory: directory, resources: resources)
        var chain = ProcessorChainBuilder(known: processors, context: context)
        let pipeline = chain.pipeline(from: root["processors"], building: building)
        errors += chain.errors
        guard errors.isEmpty else { throw ConfigurationError(path: path, errors: errors) }
        return Configuration(file: file, path: path, directory: directory, pipeline: pipeline)
    }

    /// A configuration is a few kilobytes; a path that streams without end (`/dev/zero`) is
    /// refused at this size instead of filling memory.
    static let maxConfigurationBytes = 1 << 20

    /// The text of the configuration file at `path`, read once: the daemon checks it, and its
    /// workers build their pipeline from that very text.
    public static func readText(_ path: String) throws(ConfigurationError) -> String {
        func fail(_ message: String) -> ConfigurationError {
            ConfigurationError(path: path, problems: [.init(message, at: nil)])
        }
        // Through the input reader's POSIX path, so that a pipe (`--config /dev/stdin`, a
        // shell's `<(…)`) is read like a file and every refusal says why.
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, maxBytes: maxConfigurationBytes, streams: true)
        } catch {
            switch error.reason {
            case .notFound: throw fail("cannot read the configuration: no such file")
            case .tooLarge:
                throw fail(
                    "cannot read the configuration: it is over \(maxConfigurationBytes) bytes")
            default: throw fail("cannot read the configuration: \(error.message)")
            }
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw fail("the configuration is not UTF-8 text (invalid byte at offset \(offset))")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that does not decode as UTF-8, nil when all do.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
