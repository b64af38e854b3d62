import Foundation
import PresswatchCore
import PresswatchDaemon

/// One input through the configured pipeline inside a daemon worker: read and decode it, run
/// the processors, write `NAME.json` and `NAME.md` atomically, and drop a stale error record.
struct PipelineRunner: PipelineEngine {
    let configuration: Configuration

    var fingerprint: String { configuration.pipeline.fingerprint }
    var processors: [String] { configuration.pipeline.processorNames }
    var resultSuffixes: [String] { Self.resultSuffixes(configuration.output.formats) }

    static func resultSuffixes(_ formats: [OutputFormat]) -> [String] {
        formats.map { $0 == .json ? ".json" : ".md" }
    }

    func process(inputPath: String, isCurrent: (String) -> Bool) throws -> EngineOutcome {
        let started = monotonicNanoseconds()
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(inputPath, maxBytes: configuration.maxInputBytes)
        } catch {
            throw EngineFailure(sha256: nil, underlying: error)
        }
        // One digest, of the very bytes processed.
        let sha256 = SHA256.hex(bytes)
        if isCurrent(sha256) { return .upToDate }
        do {
            return .written(try process(bytes, sha256: sha256, path: inputPath, since: started))
        } catch {
            throw EngineFailure(sha256: sha256, underlying: error)
        }
    }

    private func process(
        _ bytes: [UInt8], sha256: String, path: String, since started: UInt64
    ) throws -> String {
        let names = try OutputNames(input: path)
        let decoded = try InputDecoder.decode(bytes)
        let source = SourceInfo(
            file: relativeName(path), bytes: bytes.count, sha256: sha256,
            encoding: decoded.encoding, lines: decoded.lines)
        var document = Document(source: source, text: decoded.text)
        try configuration.pipeline.run(&document)
        let elapsed = Double(monotonicNanoseconds() - started) / 1e6
        let formats = configuration.output.formats
        if formats.contains(.json) {
            let value = try ResultJSON.value(
                of: document, processors: processors, fingerprint: fingerprint,
                elapsedMilliseconds: elapsed)
            try AtomicFile.write(JSONWriter(layout: .pretty).bytes(value), to: names.json)
        }
        if formats.contains(.markdown) {
            let report = MarkdownReport.render(document, fingerprint: fingerprint)
            try AtomicFile.write(Array(report.utf8), to: names.markdown)
        }
        try AtomicFile.remove(names.error)
        let articles = document.articles.count
        return "\(articles) article\(articles == 1 ? "" : "s"), \(bytes.count) bytes, "
            + decoded.encoding.rawValue
    }

    /// The input's path inside the watched folder, as results name it.
    private func relativeName(_ path: String) -> String {
        let root = configuration.watch.directory
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
