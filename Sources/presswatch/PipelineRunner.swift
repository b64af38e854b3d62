import Foundation
import PresswatchCore
import PresswatchDaemon

/// One input through the configured pipeline inside a daemon worker, with the core's reader,
/// runner and result writer (the same work as `process`). The digest of the bytes read
/// decides first whether the results beside the input are already current.
struct PipelineRunner: PipelineEngine {
    let configuration: Configuration
    let runner: DocumentRunner
    let writer: ResultWriter

    init(configuration: Configuration) {
        self.configuration = configuration
        self.runner = DocumentRunner(configuration: configuration)
        self.writer = ResultWriter(configuration: configuration)
    }

    var fingerprint: String { configuration.pipeline.fingerprint }
    var processors: [String] { configuration.pipeline.processorNames }
    var resultSuffixes: [String] { Self.resultSuffixes(configuration.output.formats) }

    static func resultSuffixes(_ formats: [OutputFormat]) -> [String] {
        formats.map(OutputNames.suffix(of:))
    }

    func process(inputPath: String, isCurrent: (String) -> Bool) throws -> EngineOutcome {
        let raw: RawInput
        do {
            raw = try runner.reader.readRaw(inputPath)
        } catch {
            throw EngineFailure(sha256: nil, underlying: error)
        }
        if isCurrent(raw.sha256) { return .upToDate }
        do {
            let names = try OutputNames(input: inputPath)
            var named = raw
            named.file = relativeName(inputPath)
            let processed = try runner.run(try runner.reader.decode(named)).get()
            try writer.write(processed, to: names)
            let articles = processed.document.articles.count
            return .written(
                "\(articles) article\(articles == 1 ? "" : "s"), \(raw.bytes.count) bytes, "
                    + processed.document.source.encoding.rawValue)
        } catch {
            throw EngineFailure(sha256: raw.sha256, underlying: error)
        }
    }

    /// The input's path inside the watched folder, as results name it.
    private func relativeName(_ path: String) -> String {
        let root = configuration.watch.directory
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
