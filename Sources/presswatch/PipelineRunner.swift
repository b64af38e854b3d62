import Foundation
import PresswatchCore
import PresswatchDaemon

/// One input through the configured pipeline inside a daemon worker: read and decode it, run
/// the processors, write `NAME.json` and `NAME.md` atomically, and drop a stale error record.
struct PipelineRunner: PipelineEngine {
    let configuration: Configuration

    var fingerprint: String { configuration.pipeline.fingerprint }
    var processors: [String] { configuration.pipeline.processorNames }

    func process(inputPath: String) throws -> String {
        let started = monotonicNanoseconds()
        let names = try OutputNames(input: inputPath)
        let bytes = try FileBytes.read(inputPath, maxBytes: configuration.maxInputBytes)
        let decoded = try InputDecoder.decode(bytes)
        let source = SourceInfo(
            file: relativeName(inputPath), bytes: bytes.count, sha256: SHA256.hex(bytes),
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
