import Foundation
import PresswatchTesting
import Testing

/// `pipe` meets lines far larger than any page it may take: each gets its numbered answer,
/// the stream goes on, and memory stays bounded.
@Suite(.tags(.fast)) struct PipeOversizedLineTests {
    /// What `/usr/bin/time -v presswatch pipe ARGS < stdin` did: the answers, and the peak
    /// memory of the pipe process.
    struct MeasuredRun {
        var status: Int32
        var lines: [String]
        var maxResidentKilobytes: Int?
        var stderr: String
    }

    /// Runs pipe with `stdin` (a file the test wrote piece by piece, so that the test itself
    /// never holds a 100 MB line either) under `/usr/bin/time -v`.
    static func runPipe(stdin: URL, cwd: URL) throws -> MeasuredRun {
        let run = try runProgram(
            URL(fileURLWithPath: "/usr/bin/time"), ["-v", try presswatchBinary().path, "pipe"],
            stdinFile: stdin, cwd: cwd)
        let peak = run.stderr.split(separator: "\n").first {
            $0.contains("Maximum resident set size (kbytes):")
        }.flatMap { Int($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
        return MeasuredRun(
            status: run.status, lines: run.stdout.split(separator: "\n").map(String.init),
            maxResidentKilobytes: peak, stderr: run.stderr)
    }

    /// Writes the lines to a file; a `(prefix, count)` line is `prefix` then `count` bytes of
    /// "A", written a megabyte at a time.
    static func writeStdin(_ lines: [(prefix: String, filler: Int)], to url: URL) throws {
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let megabyte = Data(repeating: UInt8(ascii: "A"), count: 1 << 20)
        for line in lines {
            handle.write(Data(line.prefix.utf8))
            var left = line.filler
            while left > 0 {
                let count = min(left, megabyte.count)
                handle.write(megabyte.prefix(count))
                left -= count
            }
            if line.filler > 0 { handle.write(Data(#"""#.utf8) + Data("}".utf8)) }
            handle.write(Data("\n".utf8))
        }
    }

    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    static let timeExists = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")

    @Test(
        "a 100 MB line gets its numbered too_large answer and pipe stays under 200 MB",
        .enabled(if: timeExists, "/usr/bin/time is missing (Debian package: time)"))
    func aHundredMegabyteLineIsRefusedInBoundedMemory() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.yaml", "processors: []\n")
        let stdin = folder.url.appendingPathComponent("stdin.jsonl")
        let huge = 100_000_000
        try Self.writeStdin(
            [
                (#"{"id": "before", "text": "市长视察征兵工作。"}"#, 0),
                (#"{"id": "huge", "base64": ""#, huge),
                // No id at its start: only the line number can say which it was.
                (#"{"base64": ""#, huge),
                (#"{"id": "after", "text": "Council approves budget."}"#, 0),
            ], to: stdin)
        let run = try Self.runPipe(stdin: stdin, cwd: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        try #require(run.lines.count == 4, "\(run.lines.map { $0.prefix(300) })")

        #expect(run.lines[0].contains(#""source":{"file":"before","#))
        let refused = try Self.object(run.lines[1])
        #expect(refused["schema"] as? String == "presswatch.error/1")
        #expect(refused["reason"] as? String == "too_large")
        #expect(refused["file"] as? String == "huge")
        #expect(refused["id"] as? String == "huge")
        #expect(refused["line"] as? Int == 2)
        let lineBytes = #"{"id": "huge", "base64": ""#.utf8.count + huge + 2
        #expect(
            (refused["error"] as? String)?.hasPrefix("line too long: \(lineBytes) bytes, over the ")
                == true, "\(refused)")
        let anonymous = try Self.object(run.lines[2])
        #expect(anonymous["line"] as? Int == 3)
        #expect(anonymous["id"] == nil)
        #expect((anonymous["error"] as? String)?.hasPrefix("line too long: ") == true)
        #expect(run.lines[3].contains(#""source":{"file":"after","#))

        // readLine held each 100 MB line, and the JSON decoder copies of it: over 300 MB.
        let peak = try #require(run.maxResidentKilobytes, "\(run.stderr)")
        #expect(peak < 200_000, "peak memory \(peak) kB")
    }

    /// A line within the line limit whose page is over max_input_bytes is read and refused as
    /// a file would be; one over the line limit is skipped unread. Both are numbered.
    @Test func linesOverMaxInputBytesAreNumberedAndTheStreamGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.yaml", "max_input_bytes: 4096\nprocessors: []\n")
        let page = String(repeating: "长", count: 2000)  // 6,000 bytes of UTF-8
        let input = [
            #"{"id": 1, "text": "甲"}"#,
            #"{"id": "page", "text": "\#(page)"}"#,
            #"{"id": 3, "text": "\#(String(repeating: "x", count: 100_000))"}"#,
            "",
            // An id with escapes, read from the start of a line that is never parsed whole.
            #"  { "id" : "p\"1\u00e9", "text": "\#(String(repeating: "y", count: 100_000))"}"#,
            #"{"id": "last", "text": "乙"}"#,
        ].joined(separator: "\n")
        let result = try runPresswatch(["pipe"], stdin: input, cwd: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 5)
        #expect(lines[0].contains(#""source":{"file":"1","#))
        let large = try Self.object(lines[1])
        #expect(large["reason"] as? String == "too_large")
        #expect(large["line"] as? Int == 2)
        #expect(large["id"] as? String == "page")
        #expect((large["error"] as? String)?.hasPrefix("too large: 6000 bytes") == true)
        let long = try Self.object(lines[2])
        #expect(long["reason"] as? String == "too_large")
        #expect(long["line"] as? Int == 3)
        #expect(long["id"] as? String == "3")
        // 4096 bytes as base64 is 5,464 bytes; 64 KiB more for the id.
        #expect(
            (long["error"] as? String)?.hasPrefix(
                "line too long: 100021 bytes, over the \(5464 + 65536) bytes a line may have")
                == true, "\(long)")
        let escaped = try Self.object(lines[3])
        #expect(escaped["id"] as? String == "p\"1é")
        #expect(escaped["file"] as? String == "p\"1é")
        #expect(escaped["line"] as? Int == 5)
        #expect(lines[4].contains(#""source":{"file":"last","#))
    }
}
