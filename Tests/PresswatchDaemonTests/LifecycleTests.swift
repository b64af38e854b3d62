import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension DaemonEndToEnd {
    @Test("SIGTERM during a burst: exit 0, no partial or temporary output; a restart finishes")
    func terminatedDuringBurst() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let names = (0..<1000).map { String(format: "t%04d.txt", $0) }
        for (index, name) in names.enumerated() { daemon.write(name, pageText(index)) }
        try require(within: 60, "some results") {
            daemon.processedCount(names[0]) > 0
                || daemon.logLines(containing: "processed ").count > 20
        }
        #expect(daemon.stop(timeout: 30) == 0)
        #expect(daemon.temporaryFiles().isEmpty)
        // Every result present is whole and current.
        let done = names.filter {
            FileManager.default.fileExists(
                atPath: daemon.path(($0 as NSString).deletingPathExtension + ".json"))
        }
        #expect(done.count < names.count)
        #expect(daemon.problems(inputs: done).isEmpty)
        #expect(!daemon.logLines(containing: "stopped: processed").isEmpty)
        try daemon.start()
        daemon.expectAllCurrent(names, timeout: 120)
        #expect(daemon.stop() == 0)
    }

    @Test("pipeline.yaml broken then fixed while running: logged with line:column, old one stays")
    func brokenThenFixed() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let good = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        try "watch:\n  directory: inbox\n  settle_ms: [oops\n".write(
            toFile: daemon.configPath, atomically: true, encoding: .utf8)
        try require(within: 10, "the refused reload") {
            !daemon.logLines(containing: "refused").isEmpty
        }
        let located = daemon.logLines(containing: "pipeline.yaml:")
        #expect(
            located.contains {
                $0.range(of: #"pipeline\.yaml:\d+:\d+: "#, options: .regularExpression) != nil
            })
        // The running pipeline goes on.
        daemon.write("during.txt", pageText(15))
        daemon.expectAllCurrent(["during.txt"], timeout: 30)
        // Fixed, with a new pattern: files after it follow the new configuration.
        try good.replacingOccurrences(
            of: "settle_ms: 150", with: "settle_ms: 150\n  patterns: [\"*.txt\", \"*.text\"]"
        )
        .write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        try require(within: 10, "the reload") { !daemon.logLines(containing: "reloaded").isEmpty }
        daemon.write("after.text", pageText(16))
        daemon.expectAllCurrent(["during.txt", "after.text"], timeout: 30)
        #expect(daemon.stop() == 0)
    }

    @Test("a changed pipeline: reprocess_on_change true redoes earlier results, false does not")
    func reprocessOnChange() throws {
        for reprocess in [true, false] {
            let daemon = try DaemonHarness(extra: "reprocess_on_change: \(reprocess)")
            try daemon.start()
            daemon.write("early.txt", "市政府今日召开会议。\n")
            daemon.expectAllCurrent(["early.txt"], timeout: 30)
            try daemon.writeConfiguration(
                settleMilliseconds: 150, workers: 2, extra: "reprocess_on_change: \(reprocess)",
                processors: "\n  - segmenter")
            // A reload is accepted once a worker has built the new pipeline: the lexicon
            // loads first, which a debug or Thread Sanitizer build takes a while over.
            try require(within: 60, "the reload") {
                !daemon.logLines(containing: "reloaded").isEmpty
            }
            daemon.write("late.txt", "新的一页。\n")
            let segmented = { (name: String) -> Bool in
                let json = (try? String(contentsOfFile: daemon.path(name), encoding: .utf8)) ?? ""
                return json.contains("\"segmenter\"")
            }
            try require(within: 60, "the late page under the new pipeline") {
                segmented("late.json")
            }
            if reprocess {
                try require(within: 60, "the early page redone") { segmented("early.json") }
            } else {
                usleep(1_500_000)
                #expect(!segmented("early.json"))
            }
            #expect(daemon.stop() == 0)
            #expect(daemon.temporaryFiles().isEmpty)
        }
    }

    @Test("the watched folder deleted and made again: watched again, its files processed")
    func folderRecreated() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        try FileManager.default.removeItem(atPath: daemon.inbox)
        try require(within: 10, "the folder-gone log line") {
            !daemon.logLines(containing: "was deleted or moved").isEmpty
        }
        try FileManager.default.createDirectory(
            atPath: daemon.inbox, withIntermediateDirectories: false)
        daemon.write("early.txt", pageText(17))
        try require(within: 10, "the folder-back log line") {
            !daemon.logLines(containing: "is back").isEmpty
        }
        daemon.write("late.txt", pageText(18))
        daemon.expectAllCurrent(["early.txt", "late.txt"], timeout: 30)
        #expect(daemon.stop() == 0)
    }

    @Test("a fake NOTIFY_SOCKET hears READY, RELOADING with MONOTONIC_USEC, READY, STOPPING")
    func notifyProtocol() throws {
        let daemon = try DaemonHarness()
        let listener = try NotifyListener(path: daemon.root + "/notify.sock")
        daemon.environment["NOTIFY_SOCKET"] = listener.path
        daemon.environment["WATCHDOG_USEC"] = "400000"
        daemon.environment["JOURNAL_STREAM"] = "8:12345"
        try daemon.start()
        // Under systemd every log line carries its syslog priority for journald.
        #expect(daemon.logLines(containing: "ready:").first?.hasPrefix("<5>") == true)
        #expect(daemon.logLines(containing: "watching ").first?.hasPrefix("<6>") == true)
        try require(within: 10, "READY=1") { listener.states.contains("READY=1") }
        daemon.signal(SIGHUP)
        try require(within: 10, "READY=1 after the reload") {
            listener.states.filter { $0 == "READY=1" }.count >= 2
        }
        // A broken configuration: RELOADING, then READY all the same.
        try "processors: [\n".write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try require(within: 10, "READY=1 after the failed reload") {
            listener.states.filter { $0 == "READY=1" }.count >= 3
        }
        #expect(daemon.stop() == 0)
        try require(within: 5, "STOPPING=1") { listener.states.contains("STOPPING=1") }
        let states = listener.states.filter { $0 != "WATCHDOG=1" }
        #expect(
            states == ["READY=1", "RELOADING=1", "READY=1", "RELOADING=1", "READY=1", "STOPPING=1"]
                || states.starts(with: [
                    "READY=1", "RELOADING=1", "READY=1", "RELOADING=1", "READY=1",
                ]),
            "\(states)")
        #expect(states.last == "STOPPING=1")
        #expect(listener.messages.contains { $0.contains("RELOADING=1\nMONOTONIC_USEC=") })
        #expect(listener.states.contains("WATCHDOG=1"))
        #expect(daemon.logLines(containing: "reloaded").count == 1)
        #expect(
            daemon.logLines(containing: "reload (SIGHUP) refused").allSatisfy {
                $0.hasPrefix("<3>")
            })
    }
}

/// A datagram socket standing in for systemd's notify socket; records what arrives.
final class NotifyListener: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var received: [String] = []

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw TimedOut(what: "binding \(path)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(
            descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Thread { [self] in receive() }.start()
    }

    deinit { close(descriptor) }

    private func receive() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                recv(descriptor, $0.baseAddress, $0.count, 0)
            }
            if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
            guard count > 0 else { return }
            let message = String(decoding: buffer[..<count], as: UTF8.self)
            lock.withLock { received.append(message) }
        }
    }

    var messages: [String] { lock.withLock { received } }

    /// The state lines (READY=1, RELOADING=1, STOPPING=1, WATCHDOG=1) in the order they came.
    var states: [String] {
        messages.flatMap { $0.split(separator: "\n").map(String.init) }
            .filter { ["READY=1", "RELOADING=1", "STOPPING=1", "WATCHDOG=1"].contains($0) }
    }
}
