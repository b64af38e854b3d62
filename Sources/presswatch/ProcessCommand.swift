import ArgumentParser
import PresswatchCore

/// `presswatch process FILE...`: the daemon's work on the given files, once.
struct ProcessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract:
            "Process the given files: write NAME.json and NAME.md (and NAME.html) beside each.",
        discussion: """
            Writes the results the daemon would write, per output.formats in the \
            configuration; an input that fails gets NAME.error.json instead and the previous \
            results stay. With html among the formats, each folder that got a page view gets \
            an index.html of its page views too. Files are processed `workers` at a time. \
            Exit status 0 when every \
            input succeeded, 1 when any input or the configuration was bad (each problem on \
            stderr as FILE: message).
            """)

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "Print each result as one line of JSON on stdout instead of writing files.")
    var stdout = false

    @Flag(help: "No progress line and no tally on a terminal.")
    var quiet = false

    @Argument(help: ArgumentHelp("The input files.", valueName: "file"))
    var files: [String]

    func run() async throws {
        let configuration = try options.load()
        // Results printed to stdout cannot clash; files written beside inputs can.
        let (inputs, refused) = stdout ? (files, []) : InputList.withoutClashes(files)
        let progress = ProgressLine(
            total: inputs.count + refused.count, enabled: !quiet && standardErrorIsATerminal)
        for message in refused {
            progress.report(message)
            progress.advance(failed: true)
        }
        let anyFailed =
            stdout
            ? await printResults(inputs, configuration, progress: progress)
            : await writeResults(inputs, configuration, progress: progress)
        progress.finish(verb: stdout ? "printed" : "written")
        if anyFailed || !refused.isEmpty { throw ExitCode(1) }
    }

    /// Writes results beside each input; true when any input failed.
    private func writeResults(
        _ inputs: [String], _ configuration: Configuration, progress: ProgressLine
    ) async -> Bool {
        var anyFailed = false
        var pageViewFolders: Set<String> = []
        let job = FileJob(configuration: configuration)
        await OrderedWork.run(
            inputs, workers: configuration.workers, work: { job.run($0) },
            deliver: { outcome in
                guard case .failed(let record, _, let recordError) = outcome else {
                    if job.writer.writesPageViews, case .written(_, let names) = outcome {
                        pageViewFolders.insert(FolderIndex.folder(of: names.html))
                    }
                    return progress.advance(failed: false)
                }
                anyFailed = true
                progress.report(record.description)
                if let recordError {
                    progress.report("\(record.file): cannot write its error record: \(recordError)")
                }
                progress.advance(failed: true)
            })
        for folder in pageViewFolders.sorted() {
            do {
                try FolderIndex.write(folder: folder)
            } catch {
                anyFailed = true
                progress.report("cannot write the index of page views: \(error)")
            }
        }
        return anyFailed
    }

    /// Prints one compact JSON line per input, in order; true when any input failed.
    private func printResults(
        _ inputs: [String], _ configuration: Configuration, progress: ProgressLine
    ) async -> Bool {
        var anyFailed = false
        let runner = DocumentRunner(configuration: configuration)
        let writer = ResultWriter(configuration: configuration)
        await OrderedWork.run(
            inputs, workers: configuration.workers,
            work: { path -> Result<[UInt8], ErrorRecord> in
                runner.process(file: path).flatMap { processed in
                    Result { () throws(ErrorRecord) in try writer.json(processed, layout: .compact)
                    }
                }
            },
            deliver: { result in
                switch result {
                case .success(let line):
                    printLine(line)
                    progress.advance(failed: false)
                case .failure(let record):
                    anyFailed = true
                    progress.report(record.description)
                    progress.advance(failed: true)
                }
            })
        return anyFailed
    }
}
