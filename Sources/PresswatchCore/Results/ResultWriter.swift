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
        let stream = JSONStream(layout: layout)
        try writeJSON(processed, into: stream)
        return stream.finish()
    }

    /// The result JSON as a value (for tests and benchmarks; files are written from the
    /// document as a stream).
    public func resultValue(_ processed: ProcessedDocument) throws(ErrorRecord) -> JSONValue {
        let builder = JSONValueBuilder()
        try writeJSON(processed, into: builder)
        return builder.value!
    }

    /// The result JSON's events, straight from the document; with `readers`, each article's
    /// findings are read as they are written, into `readers[article's place]`.
    private func writeJSON(
        _ processed: ProcessedDocument, into sink: any JSONEventSink,
        readers: [PageFindingsReader]? = nil
    ) throws(ErrorRecord) {
        do {
            try ResultJSON.write(
                processed.document, processors: processors, fingerprint: fingerprint,
                elapsedMilliseconds: processed.elapsedMilliseconds, into: sink,
                reading: readers.map { readers in { readers[$0] } })
        } catch {
            throw resultError(error, processed.document.source)
        }
    }

    private func resultError(_ error: ResultEncodingError, _ source: SourceInfo) -> ErrorRecord {
        ErrorRecord(
            file: source.file, reason: "result", message: error.description,
            bytes: source.bytes, sha256: source.sha256)
    }

    public func markdown(_ processed: ProcessedDocument) -> [UInt8] {
        Array(MarkdownReport.render(processed.document, fingerprint: fingerprint).utf8)
    }

    /// The page view.
    public func html(_ processed: ProcessedDocument) throws(ErrorRecord) -> [UInt8] {
        let document = processed.document
        do {
            return try PageView.render(
                document,
                stamp: ResultStamp(sha256: document.source.sha256, fingerprint: fingerprint))
        } catch {
            throw resultError(error, document.source)
        }
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
        var files: [PendingFile] = []
        defer { for file in files { file.discard() } }
        var failure: ErrorRecord?
        // The page view shows what the result JSON says the processors found: read while
        // the JSON is written, when that comes first, instead of encoding it all again.
        var findings: [PageFindings]?
        do throws(OutputError) {
            for format in formats {
                let file = try PendingFile(path: path(of: format, names))
                files.append(file)
                failure = render(format, processed, into: file, findings: &findings)
                if failure != nil { break }
            }
            if failure == nil {
                for file in files { try file.finish() }
                for file in files { try file.commit() }
                try AtomicFile.remove(names.error)
            }
        } catch {
            throw ErrorRecord(
                file: source.file, reason: ErrorRecord.outputReason,
                message: "cannot write results: \(error)",
                bytes: source.bytes, sha256: source.sha256)
        }
        if let failure { throw failure }
    }

    private func path(of format: OutputFormat, _ names: OutputNames) -> String {
        switch format {
        case .json: names.json
        case .markdown: names.markdown
        case .html: names.html
        }
    }

    /// Renders one format into its file; a finding that cannot be written as JSON comes
    /// back as the error record to write instead (the files are then discarded).
    /// - Parameter findings: each article's findings for the page view: set by the JSON,
    ///   read by the page view (which reads them itself when they are not set).
    private func render(
        _ format: OutputFormat, _ processed: ProcessedDocument, into file: PendingFile,
        findings: inout [PageFindings]?
    ) -> ErrorRecord? {
        let source = processed.document.source
        do throws(ErrorRecord) {
            switch format {
            case .json:
                let stream = JSONStream(layout: .pretty, into: file)
                let readers =
                    writesPageViews
                    ? processed.document.articles.map { _ in PageFindingsReader() } : nil
                try writeJSON(processed, into: stream, readers: readers)
                _ = stream.finish()
                findings = readers?.map(\.findings)
            case .markdown:
                file.append(markdown(processed))
            case .html:
                do {
                    try PageView.write(
                        processed.document,
                        stamp: ResultStamp(sha256: source.sha256, fingerprint: fingerprint),
                        findings: findings, into: file)
                } catch {
                    throw resultError(error, source)
                }
            }
        } catch {
            return error
        }
        return nil
    }

    /// Writes `NAME.error.json`; results of an earlier success stay as they were.
    public func writeError(_ record: ErrorRecord, to names: OutputNames) throws(OutputError) {
        let value = record.json(processors: processors, fingerprint: fingerprint)
        try AtomicFile.write(JSONWriter(layout: .pretty).bytes(value), to: names.error)
    }
}
