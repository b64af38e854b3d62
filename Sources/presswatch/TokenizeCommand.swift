import ArgumentParser
import Foundation
import PresswatchCore
import Segmenter

/// `presswatch tokenize [FILE]`: each input line's words separated by one space, one output
/// line per input line, so the output can be scored like a word-segmentation bakeoff.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print each line's words separated by spaces (stdin when no file is given).")

    @Argument(help: "A UTF-8 text file; standard input when absent.")
    var file: String?

    @Option(help: "Extra words, one `word [frequency] [tag]` a line.")
    var userDictionary: String?

    @Option(help: "The folder holding presswatch_Segmenter.resources (the lexicon).")
    var dataDir: String?

    @Flag(help: "Print the lexicon's load time and the tokenizing speed on standard error.")
    var timing = false

    func run() throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let loadStartCPU = processCPUSeconds()
        let segmenter: WordSegmenter
        do {
            segmenter = try WordSegmenter.load(
                resources: ResourceLocator(dataDirectory: dataDir), userDictionary: userDictionary)
        } catch {
            throw TokenizeError(description: "\(error)")
        }
        let input: Data
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw TokenizeError(description: "cannot read \(file)")
            }
            input = data
        } else {
            input = FileHandle.standardInput.readDataToEndOfFile()
        }
        let loaded = clock.now
        let loadedCPU = processCPUSeconds()
        var output = TokenizedOutput()
        let scalars = TokenizedOutput.decode(input)
        output.write(scalars, with: segmenter)
        output.flush()
        if timing {
            let megabytes = Double(input.count) / 1_000_000
            let cpu = processCPUSeconds() - loadedCPU
            // Once more without the output, for the segmenter's own speed.
            let segmenterStart = processCPUSeconds()
            let tokenCount = TokenizedOutput.tokenizeLines(scalars, with: segmenter)
            let segmenterCPU = processCPUSeconds() - segmenterStart
            let report = String(
                format: "load %.1f ms (cpu %.1f ms); tokenize %.2f MB: %.1f MB/s (cpu %.1f MB/s); "
                    + "the segmenter alone: cpu %.1f MB/s, %d tokens\n",
                (loaded - loadStart) / .milliseconds(1), (loadedCPU - loadStartCPU) * 1000,
                megabytes, megabytes / ((clock.now - loaded) / .seconds(1)), megabytes / cpu,
                megabytes / segmenterCPU, tokenCount)
            FileHandle.standardError.write(Data(report.utf8))
        }
    }
}

/// A failure that is no usage mistake: printed without the usage text.
struct TokenizeError: Error, CustomStringConvertible {
    var description: String
}

/// User and system CPU time of this process so far: on a busy machine the wall clock says
/// more about the other processes than about this one.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}
