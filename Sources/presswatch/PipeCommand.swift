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
            A line longer than a page of max_input_bytes as base64 (plus 64 KiB for its id) \
            is skipped without being held in memory and answered with a too_large error \
            record (with "line", and "id" when the line starts with it) or an error line. \
            The stream goes on after a bad line. Blank lines are skipped. Exit status 0 once \
            stdin ends, 1 when the configuration is bad.
            """)

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let configuration = try options.load()
        let runner = DocumentRunner(configuration: configuration)
        let writer = ResultWriter(configuration: configuration)
        let limit = PipeRecord.maxLineBytes(maxInputBytes: configuration.maxInputBytes)
        let lines = StandardInputLines(maxLineBytes: limit)
        await OrderedWork.run(
            workers: configuration.workers,
            next: { await lines.next() },
            work: { item in
                switch item.line {
                case .bytes(let bytes):
                    let text = String(decoding: bytes, as: UTF8.self)
                    return PipeRecord.respond(
                        to: (item.number, text), runner: runner, writer: writer)
                case .tooLong(let bytes, let head):
                    return PipeRecord.tooLong(
                        line: item.number, bytes: bytes, head: head, limit: limit,
                        maxInputBytes: configuration.maxInputBytes, writer: writer)
                }
            },
            deliver: { printLine($0) })
    }
}

/// Numbered lines of stdin, read in bounded chunks on a queue of their own so that waiting
/// for input never holds one of the few threads the workers run on. Blank lines are skipped.
final class StandardInputLines: @unchecked Sendable {
    /// Only touched on `queue`.
    private var lines: BoundedLines
    private let queue = DispatchQueue(label: "presswatch.stdin")

    init(maxLineBytes: Int) {
        lines = BoundedLines(maxLineBytes: maxLineBytes) { buffer in
            while true {
                let got = read(STDIN_FILENO, buffer.baseAddress, buffer.count)
                // A read error ends the stream as its end would: what came before is answered.
                if got < 0 && errno == EINTR { continue }
                return max(got, 0)
            }
        }
    }

    func next() async -> (number: Int, line: BoundedLines.Line)? {
        await withCheckedContinuation { continuation in
            queue.async {
                while let item = self.lines.next() {
                    if case .bytes(let bytes) = item.line, Self.isBlank(bytes) { continue }
                    return continuation.resume(returning: item)
                }
                continuation.resume(returning: nil)
            }
        }
    }

    /// Only white space (the ideographic space too), or nothing. Decoded only up to the first
    /// other character, so a page-sized line costs nothing here.
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !scalar.isWhiteSpace { return false }
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
