import CompiledProcessors
import Foundation
import PresswatchCore
import PresswatchDaemon

/// The daemon's view of Presswatch: `pipeline.yaml` through `ConfigurationLoader`, inputs
/// through the core's reader and decoder, results through its writers.
struct DaemonBackendAdapter: DaemonBackend {
    func loadConfiguration(at path: String) throws -> DaemonConfiguration {
        let text = try readConfigurationText(path)
        let configuration = try load(text: text, path: path)
        let formats = configuration.output.formats
        return DaemonConfiguration(
            configPath: configuration.path,
            directory: configuration.watch.directory,
            patterns: configuration.watch.patterns,
            settleMilliseconds: configuration.watch.settleMs,
            recursive: configuration.watch.recursive,
            rescanSeconds: configuration.watch.rescanS,
            workers: max(1, configuration.workers),
            reprocessOnChange: configuration.reprocessOnChange,
            shutdownTimeoutSeconds: configuration.shutdownTimeoutS,
            jobTimeoutSeconds: configuration.jobTimeoutS,
            // The results, and the error record, whose `.error.json` ends in `.json` whatever
            // the formats.
            // With page views, every `.html` name too: `NAME.html` and the folder's
            // `index.html` are never inputs, whatever the patterns.
            outputSuffixes: [".json"] + (formats.contains(.markdown) ? [".md"] : [])
                + (formats.contains(.html) ? [".html"] : []),
            resultSuffixes: PipelineRunner.resultSuffixes(formats),
            writesFolderIndex: formats.contains(.html),
            fingerprint: configuration.pipeline.fingerprint,
            text: text)
    }

    func makeEngine(configPath: String, text: String) throws -> any PipelineEngine {
        PipelineRunner(configuration: try load(text: text, path: configPath))
    }

    private func load(text: String, path: String) throws(ConfigurationError) -> Configuration {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return try ConfigurationLoader.load(
            text: text, path: path, directory: (absolute as NSString).deletingLastPathComponent,
            processors: CompiledProcessors.all)
    }

    /// The file's text, read once: the daemon checks it and its workers build from it.
    private func readConfigurationText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(
                path: path, problems: [.init("cannot read the configuration", at: nil)])
        }
        return String(decoding: data, as: UTF8.self)
    }

    func recordedState(ofInput input: String, results: [String]) -> RecordedState? {
        guard let names = try? OutputNames(input: input) else { return nil }
        // An error record speaks for the input when present: the results of an earlier
        // success are left beside it (as `process` leaves them) but no longer count.
        if let failure = ErrorRecordStamp.read(from: names.error) { return failure }
        let stamps = results.map { ResultStamp.read(from: names.stem + $0) }
        guard let first = stamps.first, let stamp = first, stamps.allSatisfy({ $0 == stamp })
        else { return nil }
        return RecordedState(
            sha256: stamp.sha256, fingerprint: stamp.fingerprint, isFailure: false,
            writtenNanoseconds: 0)
    }

    func sha256(ofFileAt path: String) throws -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(
                file: path, reason: .unreadable,
                message: "cannot read: " + String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw InputError(
                    file: path, reason: .unreadable,
                    message: "cannot read: " + String(cString: strerror(errno)))
            }
            if count == 0 { break }
            hasher.update(chunk[..<count])
        }
        return hasher.finalizeHex()
    }

    func writeFailure(
        forInput input: String, error: any Error, sha256: String?, fingerprint: String,
        processors: [String]
    ) throws {
        let names = try OutputNames(input: input)
        let record = ErrorRecordStamp.record(for: error, input: input, sha256: sha256)
        let json = record.json(processors: processors, fingerprint: fingerprint)
        try AtomicFile.write(JSONWriter(layout: .pretty).bytes(json), to: names.error)
    }

    func writeFolderIndex(_ folder: String) throws -> Int {
        try FolderIndex.write(folder: folder)
    }

    /// `AtomicFile` writes `.NAME.tmp-PID-RANDOM` beside the final name.
    func isLeftoverTemporary(_ name: String, of input: String?) -> Bool {
        guard name.hasPrefix("."), name.contains(".tmp-") else { return false }
        guard let input else { return true }
        let stem = (baseName(input) as NSString).deletingPathExtension
        return name.hasPrefix("." + stem + ".")
    }

    private func baseName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }
}
