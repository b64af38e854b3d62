import PresswatchCore

/// Runs the configured pipeline over pages held in memory, the way a worker does (decode,
/// every processor in order, the JSON, Markdown and HTML results), and times each step.
struct PageBench {
    let reader: InputReader
    let pipeline: Pipeline
    let writer: ResultWriter

    init(configuration: Configuration) {
        reader = InputReader(configuration: configuration)
        pipeline = configuration.pipeline
        writer = ResultWriter(configuration: configuration)
    }

    /// Processes one page and adds each step's thread CPU time to `times`; returns the
    /// number of result bytes, so the work cannot be optimized away.
    func run(_ raw: RawInput, into times: inout StageTimes) throws -> Int {
        var start = ThreadCPUClock.now()
        var document = try reader.decode(raw)
        start = lap("decode", since: start, &times)
        for stage in pipeline.stages {
            do {
                try stage.processor.process(&document)
            } catch {
                throw ProcessorFailure(processor: stage.name, underlying: error)
            }
            start = lap(stage.name, since: start, &times)
        }
        let processed = ProcessedDocument(document: document, elapsedMilliseconds: 0)
        var bytes = 0
        // As the writer does: the result JSON streamed from the document; the page view
        // reads the findings itself.
        if writer.formats.contains(.json) {
            bytes += try writer.json(processed, layout: .pretty).count
            start = lap("json", since: start, &times)
        }
        if writer.formats.contains(.markdown) {
            bytes += writer.markdown(processed).count
            start = lap("markdown", since: start, &times)
        }
        if writer.formats.contains(.html) {
            bytes += try writer.html(processed).count
            _ = lap("html", since: start, &times)
        }
        return bytes
    }

    private func lap(_ name: String, since start: Double, _ times: inout StageTimes) -> Double {
        let now = ThreadCPUClock.now()
        times.add(name, now - start)
        return now
    }
}
