import Foundation
import Testing

extension DaemonEndToEnd {
    /// Resident memory of a process, in kB, from /proc.
    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
    }

    static func children(of pid: Int32) -> [Int32] {
        let tasks =
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8))
                ?? "").split(separator: " ").compactMap { Int32($0) }
        }
    }

    /// Under `make tsan` resident memory is mostly the sanitizer's shadow, not the program's.
    static var underThreadSanitizer: Bool {
        ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil
    }

    @Test(
        "the daemon's parent checks the configuration without building its processors",
        .disabled(if: underThreadSanitizer, "memory sizes mean nothing under the Thread Sanitizer"))
    func parentLoadsNoProcessorData() throws {
        let daemon = try DaemonHarness(workers: 1)
        try daemon.writeConfiguration(
            settleMilliseconds: 150, workers: 1, processors: "[segmenter]")
        try daemon.start()
        daemon.write("page.txt", pageText(3))
        try require(within: 30, "the page processed") {
            !daemon.logLines(containing: "processed \(daemon.inbox)/page.txt").isEmpty
        }
        let worker = try #require(Self.children(of: daemon.pid).first)
        let parentMemory = try #require(Self.residentKilobytes(daemon.pid))
        let workerMemory = try #require(Self.residentKilobytes(worker))
        // The worker holds the lexicon (tens of MB); the parent, which once held it too,
        // holds none of it.
        #expect(
            parentMemory * 3 < workerMemory * 2,
            "parent \(parentMemory) kB, worker \(workerMemory) kB")
        #expect(daemon.stop() == 0)
    }

    @Test("a configuration whose pipeline cannot be built is refused at start and at reload")
    func unbuildablePipelineIsRefused() throws {
        let daemon = try DaemonHarness(workers: 1)
        try "新词 1 n extra\n".write(
            toFile: daemon.root + "/user.dict", atomically: true, encoding: .utf8)
        let broken = "[{segmenter: {user_dictionary: user.dict}}]"
        try daemon.writeConfiguration(settleMilliseconds: 150, workers: 1, processors: broken)
        try daemon.start(waitForReady: false)
        #expect(daemon.waitForExit(timeout: 30) == 1)
        #expect(!daemon.logLines(containing: "user.dict:1: expected").isEmpty)

        try daemon.writeConfiguration(settleMilliseconds: 150, workers: 1)
        try daemon.start()
        try daemon.writeConfiguration(settleMilliseconds: 150, workers: 1, processors: broken)
        daemon.signal(SIGHUP)
        try require(within: 30, "the refused reload") {
            !daemon.logLines(containing: "refused: the running pipeline stays").isEmpty
        }
        #expect(daemon.logLines(containing: "reloaded").isEmpty)
        // The running pipeline goes on.
        daemon.write("after.txt", pageText(4))
        daemon.expectAllCurrent(["after.txt"], timeout: 30)
        #expect(daemon.stop() == 0)
    }
}
