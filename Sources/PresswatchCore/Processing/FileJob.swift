/// What became of one input file.
public enum FileOutcome: Sendable {
    /// Results written beside the input.
    case written(ProcessedDocument, OutputNames)
    /// The input failed. `recordWritten` says whether `NAME.error.json` was written (not for a
    /// missing input or a folder); `recordError` says why writing it failed, if it did.
    case failed(ErrorRecord, recordWritten: Bool, recordError: OutputError?)
}

/// The whole work for one input file, as `process` and the daemon do it: read, run, write the
/// results beside it; on failure, write the error record instead and leave earlier results
/// alone. The input itself is only ever read.
public struct FileJob: Sendable {
    public var runner: DocumentRunner
    public var writer: ResultWriter

    public init(runner: DocumentRunner, writer: ResultWriter) {
        self.runner = runner
        self.writer = writer
    }

    public init(configuration: Configuration) {
        self.init(
            runner: DocumentRunner(configuration: configuration),
            writer: ResultWriter(configuration: configuration))
    }

    public func run(_ path: String) -> FileOutcome {
        let names: OutputNames
        do {
            names = try OutputNames(input: path)
        } catch {
            return .failed(ErrorRecord(error), recordWritten: false, recordError: nil)
        }
        let failure: ErrorRecord
        do {
            let document = try runner.reader.read(path)
            let processed = try runner.run(document).get()
            try writer.write(processed, to: names)
            return .written(processed, names)
        } catch let error as InputError {
            guard error.deservesErrorRecord else {
                return .failed(ErrorRecord(error), recordWritten: false, recordError: nil)
            }
            failure = ErrorRecord(error)
        } catch let error as ErrorRecord {
            failure = error
        } catch {
            failure = ErrorRecord(file: path, reason: "internal", message: "\(error)")
        }
        do {
            try writer.writeError(failure, to: names)
            return .failed(failure, recordWritten: true, recordError: nil)
        } catch {
            return .failed(failure, recordWritten: false, recordError: error)
        }
    }
}
