import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension DaemonEndToEnd {
    @Test("empty, binary, GB18030, 20 MB, a symlink: each gets a result or an error record")
    func inputKinds() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        daemon.write("empty.txt", "")
        daemon.write("binary.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0xFF, 0])
        // "北京市人民政府" in GB18030.
        let gb18030: [UInt8] = [
            0xB1, 0xB1, 0xBE, 0xA9, 0xCA, 0xD0, 0xC8, 0xCB, 0xC3, 0xF1, 0xD5, 0xFE, 0xB8, 0xAE,
            0x0A,
        ]
        daemon.write("gb.txt", bytes: gb18030)
        let line = Array("第二十版 长篇报道 a long page line\n".utf8)
        var big: [UInt8] = []
        big.reserveCapacity(20 * 1024 * 1024 + line.count)
        while big.count < 20 * 1024 * 1024 { big += line }
        daemon.write("big.txt", bytes: big)
        daemon.write("target.data", "target of a link\n")
        symlink(daemon.path("target.data"), daemon.path("link.txt"))
        let inputs = ["empty.txt", "binary.txt", "gb.txt", "big.txt", "link.txt"]
        daemon.expectAllCurrent(inputs, timeout: 120)
        #expect(ErrorRecordReader.read(daemon.path("binary.error.json"))?.reason == "binary")
        #expect(ErrorRecordReader.read(daemon.path("big.error.json"))?.reason == "too_large")
        #expect(ErrorRecordReader.read(daemon.path("link.error.json"))?.reason == "symlink")
        let gbResult = try String(contentsOfFile: daemon.path("gb.json"), encoding: .utf8)
        #expect(gbResult.contains("\"gb18030\""))
        #expect(gbResult.contains("北京市人民政府"))
        #expect(FileManager.default.fileExists(atPath: daemon.path("empty.json")))
        // Failures are not retried while nothing changes.
        usleep(500_000)
        #expect(daemon.logLines(containing: "failed \(daemon.path("binary.txt"))").count == 1)
        #expect(daemon.stop() == 0)
    }

    @Test("deleted before it settled, and a folder named x.txt: no result, no crash")
    func notInputs() throws {
        let daemon = try DaemonHarness(settleMilliseconds: 500)
        try daemon.start()
        daemon.write("gone.txt", pageText(8))
        usleep(100_000)
        unlink(daemon.path("gone.txt"))
        mkdir(daemon.path("x.txt"), 0o755)
        daemon.write("after.txt", pageText(9))
        daemon.expectAllCurrent(["after.txt"], timeout: 30)
        usleep(700_000)
        #expect(!FileManager.default.fileExists(atPath: daemon.path("gone.json")))
        #expect(!FileManager.default.fileExists(atPath: daemon.path("gone.error.json")))
        #expect(!FileManager.default.fileExists(atPath: daemon.path("x.json")))
        #expect(!FileManager.default.fileExists(atPath: daemon.path("x.error.json")))
        #expect(daemon.stop() == 0)
    }

    @Test(
        "an unreadable file (chmod 000) gets an error record, and is redone once readable",
        .enabled(
            if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
    )
    func unreadable() throws {
        let daemon = try DaemonHarness()
        chmod(daemon.root, 0o777)
        chmod(daemon.inbox, 0o777)
        daemon.asNobody = true
        try daemon.start()
        daemon.write("secret.txt", pageText(10))
        chmod(daemon.path("secret.txt"), 0)
        daemon.expectAllCurrent(["secret.txt"], timeout: 30)
        #expect(ErrorRecordReader.read(daemon.path("secret.error.json"))?.reason == "unreadable")
        chmod(daemon.path("secret.txt"), 0o644)
        try require(within: 30, "the result once readable") {
            FileManager.default.fileExists(atPath: daemon.path("secret.json"))
        }
        daemon.expectAllCurrent(["secret.txt"], timeout: 30)
        #expect(daemon.stop() == 0)
    }

    @Test("recursive: files in new subfolders are processed, hidden folders are not")
    func recursive() throws {
        let daemon = try DaemonHarness(watch: ["recursive: true"])
        try daemon.start()
        mkdir(daemon.path("2026"), 0o755)
        daemon.write("2026/early.txt", pageText(11))
        mkdir(daemon.path("2026/11"), 0o755)
        daemon.write("2026/11/deep.txt", pageText(12))
        mkdir(daemon.path(".hidden"), 0o755)
        daemon.write(".hidden/skip.txt", pageText(13))
        daemon.expectAllCurrent(["2026/early.txt", "2026/11/deep.txt"], timeout: 30)
        #expect(!FileManager.default.fileExists(atPath: daemon.path(".hidden/skip.json")))
        #expect(daemon.stop() == 0)
    }

    @Test("a network file system is polled: forced polling still processes every file")
    func polling() throws {
        let daemon = try DaemonHarness()
        daemon.environment["PRESSWATCH_FORCE_POLLING"] = "1"
        try daemon.start()
        #expect(!daemon.logLines(containing: "network file system").isEmpty)
        let names = (0..<50).map { "polled\($0).txt" }
        for (index, name) in names.enumerated() { daemon.write(name, pageText(index)) }
        daemon.expectAllCurrent(names, timeout: 60)
        #expect(daemon.stop() == 0)
    }

    @Test("a worker that dies mid-job costs one error record; the daemon goes on")
    func workerCrash() throws {
        let daemon = try DaemonHarness(workers: 1)
        try daemon.start()
        let line = Array("一行很长的报道文字 a line of a long report\n".utf8)
        var big: [UInt8] = []
        while big.count < 6 * 1024 * 1024 { big += line }
        daemon.write("huge.txt", bytes: big)
        // A worker starts with its first job, but is in that job only once its start-up
        // handshake is done (a worker killed before is replaced and the job retried, with no
        // record): wait until a worker has read the input's bytes. Its pipeline is empty, so
        // nothing else it reads comes near 6 MB.
        try require(within: 30, "the job on huge.txt") {
            daemon.workerPIDs().contains { bytesRead(by: $0) >= big.count }
        }
        #expect(!FileManager.default.fileExists(atPath: daemon.path("huge.json")))
        // SIGKILL, as the OOM killer would. (A SIGSEGV sent from outside is caught by the
        // Swift runtime's backtracer, which then lets the process run on.)
        for worker in daemon.workerPIDs() { kill(worker, SIGKILL) }
        try require(within: 30, "the crash record") {
            ErrorRecordReader.read(daemon.path("huge.error.json"))?.reason == "crash"
        }
        daemon.write("next.txt", pageText(14))
        daemon.expectAllCurrent(["huge.txt", "next.txt"], timeout: 60)
        #expect(!daemon.logLines(containing: "crashed the worker").isEmpty)
        #expect(daemon.stop() == 0)
    }

    @Test("a job past job_timeout_s: its worker is stopped, the input recorded, the daemon goes on")
    func jobTimeout() throws {
        let daemon = try DaemonHarness(workers: 1, extra: "job_timeout_s: 1")
        try daemon.start()
        daemon.write("first.txt", pageText(20))
        daemon.expectAllCurrent(["first.txt"], timeout: 60)
        // The worker waits for its next job; stopped, it takes the job and never answers,
        // as a processor caught in a loop would.
        let workers = daemon.workerPIDs()
        try #require(workers.count == 1)
        kill(workers[0], SIGSTOP)
        daemon.write("stuck.txt", pageText(21))
        try require(within: 30, "the timeout record") {
            ErrorRecordReader.read(daemon.path("stuck.error.json"))?.reason == "timeout"
        }
        #expect(!daemon.logLines(containing: "longer than job_timeout_s (1 s)").isEmpty)
        daemon.write("after.txt", pageText(22))
        daemon.expectAllCurrent(["after.txt"], timeout: 60)
        #expect(daemon.stop() == 0)
    }
}

/// What a process has read so far (`rchar` of /proc/PID/io), or 0 when it cannot be seen.
private func bytesRead(by pid: pid_t) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else {
        return 0
    }
    let line = text.split(separator: "\n").first { $0.hasPrefix("rchar:") }
    return line.flatMap { Int($0.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) }
        ?? 0
}
