/// What became of one input file.
public enum FileOutcome: Sendable {
    /// Results written beside the input; the document as written (without its tokens when
    /// the results list none).
    case written(ProcessedDocument, OutputNames)
    /// Nothing done: the records beside the input are current for its bytes and this
    /// pipeline (`.upToDate` or `.failedBefore`). Only when the job was asked to skip such.
    case current(ResultState, OutputNames)
    /// The input failed. `recordWritten` says whether `NAME.error.json` was written (not for a
    /// missing input or a folder); `recordError` says why writing it failed, if it did.
    case failed(ErrorRecord, recordWritten: Bool, recordError: OutputError?)
}

/// The one way an input file is processed, by `process` and by the daemon's workers alike:
/// read it, judge whether its results are current, run the pipeline, write the results beside
/// it; on failure, write the error record instead and leave earlier results alone. The input
/// itself is only ever read.
public struct FileJob: Sendable {
    public var runner: DocumentRunner
    public var writer: ResultWriter

    /// When to leave an input alone: `process` redoes every input it is given; the daemon
    /// skips those whose records are current.
    public enum Currency: Sendable {
        case processAlways
        /// Skip an input whose records hold its digest and this pipeline's fingerprint.
        case skipCurrent
    }

    public init(runner: DocumentRunner, writer: ResultWriter) {
        self.runner = runner
        self.writer = writer
    }

    public init(configuration: Configuration) {
        self.init(
            runner: DocumentRunner(configuration: configuration),
            writer: ResultWriter(configuration: configuration))
    }

    /// Processes the file at `path`.
    /// - `name`: the input's name as its results and error record give it (default: `path`).
    /// - `knownSHA256`: the digest of the file's bytes when the caller already has it for the
    ///   file as it is now, so the bytes are hashed once per job.
    public func run(
        _ path: String, name: String? = nil, currency: Currency = .processAlways,
        knownSHA256: String? = nil
    ) -> FileOutcome {
        let names: OutputNames
        do {
            names = try OutputNames(input: path)
        } catch {
            return .failed(ErrorRecord(error), recordWritten: false, recordError: nil)
        }
        let failure: ErrorRecord
        do {
            var raw = try runner.reader.readRaw(path, knownSHA256: knownSHA256)
            if case .skipCurrent = currency {
                let state =
                    ResultRecord.read(names, formats: writer.formats)?.state(
                        fingerprint: writer.fingerprint, otherPipelinesAreStale: true,
                        inputSHA256: { raw.sha256 }, inputChangedNanoseconds: nil)
                    ?? .needsProcessing
                if state != .needsProcessing { return .current(state, names) }
            }
            raw.file = name ?? path
            let document = try runner.reader.decode(raw)
            // Decoded: the bytes as read are not needed again (the whole input, once more).
            raw.bytes = []
            var processed = try runner.run(consume document).get()
            if !processed.document.outputsTokens {
                // The results list no tokens (the segmenter's `tokens` option is off): let
                // them go before the results are rendered. At 24 bytes a word they are the
                // largest thing an article holds after its text (about 100 MB at 16 MB).
                for index in processed.document.articles.indices {
                    processed.document.articles[index].tokens = []
                }
            }
            try writer.write(processed, to: names)
            return .written(processed, names)
        } catch let error as InputError {
            var error = error
            error.file = name ?? path
            guard error.deservesErrorRecord else {
                return .failed(ErrorRecord(error), recordWritten: false, recordError: nil)
            }
            failure = ErrorRecord(error)
        } catch let error as ErrorRecord {
            failure = error
        } catch {
            failure = ErrorRecord(file: name ?? path, reason: "internal", message: "\(error)")
        }
        return record(failure, at: names)
    }

    /// Writes `record` as the input's `NAME.error.json`: for the failures found here, and for
    /// those the daemon finds (a symbolic link, a crashed or overdue worker, a vanished file).
    public func record(_ record: ErrorRecord, at names: OutputNames) -> FileOutcome {
        do {
            try writer.writeError(record, to: names)
            return .failed(record, recordWritten: true, recordError: nil)
        } catch {
            return .failed(record, recordWritten: false, recordError: error)
        }
    }
}
