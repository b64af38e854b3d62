import Foundation
import Testing

@testable import PresswatchDaemon

@Suite(.tags(.fast)) struct PollingWatcherTests {
    /// The contract with the start scan: what is in the folder when `start` returns is the
    /// scan's; everything written after it is the watcher's to report. A listing taken late
    /// (on a thread that starts after the first writes) lost those writes, on a loaded machine.
    @Test func everyFileWrittenAfterStartReturnsIsReported() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("presswatch-poll-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("before".utf8).write(to: URL(fileURLWithPath: folder + "/before.txt"))

        // `Locked`, not `Mutex`: the thread sanitizer sees pthread locks only.
        let seen = Locked<[WatchEvent]>([])
        let watcher = PollingWatcher(
            root: folder, recursive: false,
            filter: NameFilter(patterns: ["*.txt"], outputSuffixes: [".json"]),
            intervalMilliseconds: 20)
        try watcher.start { events in seen.withLock { $0 += events } }
        defer { watcher.stop() }
        let names = (0..<20).map { "after\($0).txt" }
        for name in names {
            try Data(name.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }

        let deadline = Date().addingTimeInterval(10)
        var reported: Set<String> = []
        while Date() < deadline {
            reported = Set(
                seen.withLock { $0 }.compactMap {
                    if case .closedWrite(let name) = $0 { name } else { nil }
                })
            if reported.isSuperset(of: names) { break }
            usleep(10_000)
        }
        #expect(reported.isSuperset(of: names), "missed: \(Set(names).subtracting(reported))")
        #expect(!reported.contains("before.txt"), "a file already there belongs to the scan")
    }
}
