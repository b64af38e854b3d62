/// Renders processed documents and writes their results beside the input, per
/// `output.formats`; writes error records for inputs that failed.
public struct ResultWriter: Sendable {
    public var formats: [OutputFormat]
    /// The processor names in the order they ran, and the pipeline's fingerprint: recorded in
    /// every result and error record.
    public var processors: [String]
    public var fingerprint: String

    public init(formats: [OutputFormat], pipeline: Pipeline) {
        self.formats = formats
        self.processors = pipeline.processorNames
        self.fingerprint = pipeline.fingerprint
    }

    public init(configuration: Configuration) {
        self.init(formats: configuration.output.formats, pipeline: configuration.pipeline)
    }

    /// The result as JSON: `.pretty` for files, `.compact` for one line of `--stdout` or `pipe`.
    public func json(
        _ processed: ProcessedDocument, layout: JSONWriter.Layout
    ) throws(ErrorRecord) -> [UInt8] {
        do {
            let value = try ResultJSON.value(
                of: processed.document, processors: processors, fingerprint: fingerprint,
                elapsedMilliseconds: processed.elapsedMilliseconds)
            return JSONWriter(layout: layout).bytes(value)
        } catch {
            let source = processed.document.source
            throw ErrorRecord(
                file: source.file, reason: "result", message: error.description,
                bytes: source.bytes, sha256: source.sha256)
        }
    }

    public func markdown(_ processed: ProcessedDocument) -> [UInt8] {
        Array(MarkdownReport.render(processed.document, fingerprint: fingerprint).utf8)
    }

    /// Writes the configured results atomically and then removes a stale error record.
    /// Everything is rendered before anything is written, so a result that cannot be rendered
    /// leaves the previous results as they were.
    public func write(_ processed: ProcessedDocument, to names: OutputNames) throws(ErrorRecord) {
        var files: [(path: String, bytes: [UInt8])] = []
        for format in formats {
            switch format {
            case .json: files.append((names.json, try json(processed, layout: .pretty)))
            case .markdown: files.append((names.markdown, markdown(processed)))
            }
        }
        do {
            for file in files { try AtomicFile.write(file.bytes, to: file.path) }
            try AtomicFile.remove(names.error)
        } catch {
            let source = processed.document.source
            throw ErrorRecord(
                file: source.file, reason: "output", message: "cannot write results: \(error)",
                bytes: source.bytes, sha256: source.sha256)
        }
    }

    /// Writes `NAME.error.json`; results of an earlier success stay as they were.
    public func writeError(_ record: ErrorRecord, to names: OutputNames) throws(OutputError) {
        let value = record.json(processors: processors, fingerprint: fingerprint)
        try AtomicFile.write(JSONWriter(layout: .pretty).bytes(value), to: names.error)
    }
}
