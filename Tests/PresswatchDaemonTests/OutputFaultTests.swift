import Foundation
import Testing

extension DaemonEndToEnd {
    static func openDescriptors(_ pid: Int32) -> Int? {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd"))?.count
    }

    /// Lifts the file-size limit of the daemon and of its worker processes.
    static func liftFileSizeLimit(_ pid: Int32) throws {
        for process in [pid] + children(of: pid) {
            let lift = Process()
            lift.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            lift.arguments = ["--pid", "\(process)", "--fsize=unlimited"]
            try lift.run()
            lift.waitUntilExit()
        }
    }

    @Test(
        "results that cannot be written (a file-size limit): logged, nothing partial, the daemon serves on, retried later",
        .disabled(
            if: underThreadSanitizer,
            "the Thread Sanitizer's runtime dies of SIGBUS under a file-size limit"))
    func outputThatCannotBeWritten() throws {
        let daemon = try DaemonHarness(workers: 1, watch: ["rescan_s: 1"])
        daemon.fileSizeLimit = 64 * 1024
        try daemon.start()
        // About 180 KB of text: its results cannot be written under 64 KB.
        let big = (0..<60).map { pageText($0) }.joined(separator: "\n")
        daemon.write("big.txt", big)
        try require(within: 30, "the failed write logged") {
            !daemon.logLines(containing: "failed \(daemon.inbox)/big.txt").isEmpty
        }
        #expect(!daemon.logLines(containing: "cannot write results").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: daemon.path("big.json")))
        #expect(daemon.temporaryFiles().isEmpty, "\(daemon.temporaryFiles())")
        // The daemon serves on.
        daemon.write("small.txt", pageText(1, lines: 3))
        daemon.expectAllCurrent(["small.txt"], timeout: 30)
        // Once the disk takes it, the input is done at a later scan, without being touched.
        #expect(FileManager.default.fileExists(atPath: daemon.path("big.error.json")))
        try Self.liftFileSizeLimit(daemon.pid)
        try require(within: 60, "the results written at a later scan") {
            FileManager.default.fileExists(atPath: daemon.path("big.json"))
                && !FileManager.default.fileExists(atPath: daemon.path("big.error.json"))
        }
        daemon.expectAllCurrent(["big.txt", "small.txt"], timeout: 30)
        #expect(daemon.stop() == 0)
    }
}
