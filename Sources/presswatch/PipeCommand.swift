import ArgumentParser
import Foundation
import PresswatchCore

/// `presswatch pipe`: JSON Lines in, one result per line out, in the same order.
struct PipeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipe",
        abstract:
            "Read pages as JSON Lines on stdin; print one result per line, in order.",
        discussion: """
            Each line of stdin is an object with an "id" (a string, or an integer) and either \
            a string "text" or "base64", the standard base64 of a page's bytes, which are \
            decoded as a file's are (byte order mark, UTF-16, GB18030; binary or \
            undecodable bytes refused with their byte offset). Each line gets one line of \
            compact JSON on stdout, in input order: the result, with the id as source.file; \
            for a page that failed, its error record (presswatch.error/1) with "line" and \
            "id" added; or {"error": ..., "line": N} for a line that is not such an object. \
            The stream goes on after a bad line. Blank lines are skipped. Exit status 0 once \
            stdin ends, 1 when the configuration is bad.
            """)

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let configuration = try options.load()
        let runner = DocumentRunner(configuration: configuration)
        let writer = ResultWriter(configuration: configuration)
        let lines = StandardInputLines()
        await OrderedWork.run(
            workers: configuration.workers,
            next: { await lines.next() },
            work: { line in PipeRecord.respond(to: line, runner: runner, writer: writer) },
            deliver: { printLine($0) })
    }
}

/// Numbered lines of stdin, read on a queue of their own so that waiting for input never
/// holds one of the few threads the workers run on. Blank lines are skipped.
final class StandardInputLines: @unchecked Sendable {
    /// Only touched on `queue`.
    private var number = 0
    private let queue = DispatchQueue(label: "presswatch.stdin")

    func next() async -> (number: Int, text: String)? {
        await withCheckedContinuation { continuation in
            queue.async {
                while let line = readLine(strippingNewline: true) {
                    self.number += 1
                    if !line.trimmingWhitespaceAtEnds().isEmpty {
                        return continuation.resume(returning: (self.number, line))
                    }
                }
                continuation.resume(returning: nil)
            }
        }
    }
}
