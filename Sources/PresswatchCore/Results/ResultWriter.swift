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

    /// A writer for a pipeline known by its processor names and fingerprint alone: the
    /// daemon's, whose processors are built in its workers.
    public init(formats: [OutputFormat], processors: [String], fingerprint: String) {
        self.formats = formats
        self.processors = processors
        self.fingerprint = fingerprint
    }

    /// The result as JSON: `.pretty` for files, `.compact` for one line of `--stdout` or `pipe`.
    public func json(
        _ processed: ProcessedDocument, layout: JSONWriter.Layout
    ) throws(ErrorRecord) -> [UInt8] {
        JSONWriter(layout: layout).bytes(try resultValue(processed))
    }

    /// The result JSON as a value, shared by `NAME.json` and the page view.
    public func resultValue(_ processed: ProcessedDocument) throws(ErrorRecord) -> JSONValue {
        do {
            return try ResultJSON.value(
                of: processed.document, processors: processors, fingerprint: fingerprint,
                elapsedMilliseconds: processed.elapsedMilliseconds)
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

    /// The page view; `result` is the document's result JSON when already made for
    /// `NAME.json` (the view reads the findings from it), else it is made here.
    public func html(_ processed: ProcessedDocument, result: JSONValue? = nil)
        throws(ErrorRecord) -> [UInt8]
    {
        let document = processed.document
        let value: JSONValue
        if let result { value = result } else { value = try resultValue(processed) }
        return PageView.render(
            document, result: value,
            stamp: ResultStamp(sha256: document.source.sha256, fingerprint: fingerprint))
    }

    /// Whether results include page views, and so folders an `index.html`.
    public var writesPageViews: Bool { formats.contains(.html) }

    /// Writes the configured results atomically and then removes a stale error record.
    /// Everything is rendered before anything is replaced, so a result that cannot be
    /// rendered leaves the previous results as they were: each format is rendered into a
    /// temporary file beside its result as it is made (one format's bytes in memory at a
    /// time, and only a chunk of them: results run to tens of times their input), and the
    /// files are put in place once all are written.
    public func write(_ processed: ProcessedDocument, to names: OutputNames) throws(ErrorRecord) {
        let source = processed.document.source
        if writesPageViews, OutputNames.fileName(of: names.html) == FolderIndex.fileName {
            throw ErrorRecord(
                file: source.file, reason: "result",
                message:
                    "its page view would be \(FolderIndex.fileName), the folder's index; "
                    + "rename the input")
        }
        // The result JSON is made once, for NAME.json and the page view alike.
        let value: JSONValue? =
            formats.contains(.json) || formats.contains(.html) ? try resultValue(processed) : nil
        var files: [PendingFile] = []
        defer { for file in files { file.discard() } }
        do throws(OutputError) {
            for format in formats {
                switch format {
                case .json:
                    let file = try PendingFile(path: names.json)
                    files.append(file)
                    JSONWriter(layout: .pretty).write(value!, into: file)
                case .markdown:
                    let file = try PendingFile(path: names.markdown)
                    files.append(file)
                    file.append(markdown(processed))
                case .html:
                    let file = try PendingFile(path: names.html)
                    files.append(file)
                    PageView.write(
                        processed.document, result: value!,
                        stamp: ResultStamp(
                            sha256: source.sha256, fingerprint: fingerprint),
                        into: file)
                }
            }
            for file in files { try file.finish() }
            for file in files { try file.commit() }
            try AtomicFile.remove(names.error)
        } catch {
            throw ErrorRecord(
                file: source.file, reason: ErrorRecord.outputReason,
                message: "cannot write results: \(error)",
                bytes: source.bytes, sha256: source.sha256)
        }
    }

    /// Writes `NAME.error.json`; results of an earlier success stay as they were.
    public func writeError(_ record: ErrorRecord, to names: OutputNames) throws(OutputError) {
        let value = record.json(processors: processors, fingerprint: fingerprint)
        try AtomicFile.write(JSONWriter(layout: .pretty).bytes(value), to: names.error)
    }
}
