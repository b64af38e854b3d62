/// A document the pipeline has run on, and how long that took.
public struct ProcessedDocument: Sendable {
    public var document: Document
    public var elapsedMilliseconds: Double

    public init(document: Document, elapsedMilliseconds: Double) {
        self.document = document
        self.elapsedMilliseconds = elapsedMilliseconds
    }
}

/// Reads an input and runs the pipeline on it. Every failure comes back as the `ErrorRecord`
/// to write beside the input or to print: nothing is thrown past it, whatever the input.
public struct DocumentRunner: Sendable {
    public var reader: InputReader
    public var pipeline: Pipeline

    public init(reader: InputReader, pipeline: Pipeline) {
        self.reader = reader
        self.pipeline = pipeline
    }

    public init(configuration: Configuration) {
        self.init(
            reader: InputReader(configuration: configuration), pipeline: configuration.pipeline)
    }

    /// Reads and decodes a file, then runs the pipeline on it.
    public func process(file path: String) -> Result<ProcessedDocument, ErrorRecord> {
        do {
            return run(try reader.read(path))
        } catch {
            return .failure(ErrorRecord(error))
        }
    }

    /// Runs the pipeline on text given directly (a `pipe` record), named `id`.
    public func process(id: String, text: String) -> Result<ProcessedDocument, ErrorRecord> {
        do {
            return run(try reader.document(id: id, text: text))
        } catch {
            return .failure(ErrorRecord(error))
        }
    }

    /// Runs the pipeline on bytes given directly (a `pipe` record's `base64`), named `id`,
    /// decoded as a file's bytes are.
    public func process(id: String, bytes: [UInt8]) -> Result<ProcessedDocument, ErrorRecord> {
        do {
            return run(try reader.document(id: id, bytes: bytes))
        } catch {
            return .failure(ErrorRecord(error))
        }
    }

    /// Runs the pipeline on a document already read. The document is taken, not copied:
    /// a processor that replaces its articles (the segmenter) then frees the old ones, which
    /// hold the whole input again, at 4 bytes a scalar.
    public func run(_ document: consuming Document) -> Result<ProcessedDocument, ErrorRecord> {
        var document = document
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try pipeline.run(&document)
        } catch {
            return .failure(ErrorRecord(error, source: document.source))
        }
        let elapsed = clock.now - start
        let milliseconds =
            Double(elapsed.components.seconds) * 1000
            + Double(elapsed.components.attoseconds) / 1e15
        return .success(ProcessedDocument(document: document, elapsedMilliseconds: milliseconds))
    }
}
