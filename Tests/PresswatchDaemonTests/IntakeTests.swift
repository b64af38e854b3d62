import Foundation
import PresswatchTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// End to end: the real binary on temporary folders. Serialized, so the daemons under test
/// do not compete for the two cores with each other.
///
/// No time limit: Swift Testing starts a test's clock before the test gets a thread, and on
/// two cores the long CPU-bound suites (the English training checks) can hold the whole
/// cooperative pool for minutes. A 5-minute limit failed a 2-second test that had waited
/// 5 minutes for a thread. Every wait in `DaemonHarness` has its own bound instead.
@Suite(.serialized, .tags(.daemon))
struct DaemonEndToEnd {
    @Test("2,000 files written at once: every one gets its result, with few file descriptors")
    func burst() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let before = try #require(Self.openDescriptors(daemon.pid))
        let names = (0..<2000).map { String(format: "burst%05d.txt", $0) }
        for (index, name) in names.enumerated() { daemon.write(name, pageText(index)) }
        daemon.expectAllCurrent(names, timeout: 120)
        // Descriptors stay bounded: the same handful after the burst as before it (logs,
        // inotify, a pipe pair per worker), never one per file.
        let after = try #require(Self.openDescriptors(daemon.pid))
        #expect(after <= before + 4, "\(before) descriptors before the burst, \(after) after")
        #expect(after < 40)
        #expect(daemon.stop() == 0)
        let counts = daemon.processedCounts()
        #expect(names.allSatisfy { counts[$0] == 1 })
    }

    @Test("stopped with SIGSTOP while 6,000 files arrive, then resumed: the overflow is rescanned")
    func suspended() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        daemon.signal(SIGSTOP)
        // 6,000 files raise 18,000 events, past the kernel's 16,384-event queue.
        let names = (0..<6000).map { String(format: "held%05d.txt", $0) }
        for (index, name) in names.enumerated() { daemon.write(name, pageText(index, lines: 3)) }
        daemon.signal(SIGCONT)
        daemon.expectAllCurrent(names, timeout: 240)
        #expect(daemon.stop() == 0)
        #expect(!daemon.logLines(containing: "events were lost").isEmpty)
    }

    @Test(
        "kill -9 at random moments during a burst of 500, restarted: nothing lost or half-written")
    func killedAndRestarted() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let names = (0..<500).map { String(format: "k%04d.txt", $0) }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3 {
            for index in names.indices where index % 3 == round {
                daemon.write(names[index], pageText(index))
            }
            usleep(UInt32.random(in: 50_000...600_000, using: &generator))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit(timeout: 10)
            try daemon.start()
        }
        daemon.expectAllCurrent(names, timeout: 120)
        #expect(daemon.stop() == 0)
    }

    @Test("a writer that pauses for twice the settle time mid-file: processed once, complete")
    func slowWriter() throws {
        let daemon = try DaemonHarness(settleMilliseconds: 300)
        try daemon.start()
        let text = pageText(1, lines: 40)
        let bytes = Array(text.utf8)
        let descriptor = open(daemon.path("slow.txt"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes[..<(bytes.count / 2)].withUnsafeBytes {
            write(descriptor, $0.baseAddress, $0.count)
        }
        usleep(600_000)
        _ = bytes[(bytes.count / 2)...].withUnsafeBytes {
            write(descriptor, $0.baseAddress, $0.count)
        }
        close(descriptor)
        daemon.expectAllCurrent(["slow.txt"], timeout: 30)
        usleep(800_000)
        #expect(daemon.processedCount("slow.txt") == 1)
        #expect(daemon.stop() == 0)
    }

    @Test("a writer that closes and reopens to append within the settle time: processed once")
    func reopenAppend() throws {
        let daemon = try DaemonHarness(settleMilliseconds: 1000)
        try daemon.start()
        let path = daemon.path("append.txt")
        writeFile(path, Array(pageText(2).utf8))
        usleep(150_000)
        writeFile(path, Array("追加的一行 appended line\n".utf8), append: true)
        daemon.expectAllCurrent(["append.txt"], timeout: 30)
        usleep(800_000)
        #expect(daemon.processedCount("append.txt") == 1)
        #expect(daemon.stop() == 0)
    }

    @Test("moved in with mv, and rsync-style hidden temporary names: each processed once")
    func renamesIn() throws {
        let daemon = try DaemonHarness(settleMilliseconds: 300)
        try daemon.start()
        daemon.moveIn("moved.txt", pageText(3))
        // rsync writes .NAME.XXXXXX in the folder itself, slowly, then renames it.
        let temporary = daemon.path(".synced.txt.Ab12Cd")
        writeFile(temporary, Array(pageText(4).utf8))
        usleep(700_000)
        writeFile(temporary, Array("more\n".utf8), append: true)
        rename(temporary, daemon.path("synced.txt"))
        daemon.expectAllCurrent(["moved.txt", "synced.txt"], timeout: 30)
        usleep(800_000)
        #expect(daemon.processedCount("moved.txt") == 1)
        #expect(daemon.processedCount("synced.txt") == 1)
        #expect(!FileManager.default.fileExists(atPath: daemon.path(".synced.txt.json")))
        #expect(daemon.stop() == 0)
    }

    @Test("a file replaced under the same name, same size and first lines: processed again")
    func replacedSameName() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let first = pageText(5) + "结尾A\n"
        let second = pageText(5) + "结尾B\n"
        #expect(first.utf8.count == second.utf8.count)
        daemon.write("same.txt", first)
        daemon.moveIn("moved-same.txt", first)
        daemon.expectAllCurrent(["same.txt", "moved-same.txt"], timeout: 30)
        daemon.write("same.txt", second)
        daemon.moveIn("moved-same.txt", second)
        daemon.expectAllCurrent(["same.txt", "moved-same.txt"], timeout: 30)
        #expect(daemon.processedCount("same.txt") == 2)
        #expect(daemon.processedCount("moved-same.txt") == 2)
        #expect(daemon.stop() == 0)
    }

    @Test("files added while stopped are caught up at start; done ones are not redone")
    func catchUpAtStart() throws {
        let daemon = try DaemonHarness(watch: ["rescan_s: 1"])
        daemon.write("before.txt", pageText(6))
        try daemon.start()
        daemon.expectAllCurrent(["before.txt"], timeout: 30)
        #expect(daemon.stop() == 0)
        daemon.write("while-down.txt", pageText(7))
        try daemon.start()
        daemon.expectAllCurrent(["before.txt", "while-down.txt"], timeout: 30)
        #expect(daemon.processedCount("before.txt") == 1)
        // A result deleted by hand is redone by the periodic rescan.
        unlink(daemon.path("before.json"))
        daemon.expectAllCurrent(["before.txt"], timeout: 30)
        #expect(daemon.processedCount("before.txt") == 2)
        #expect(daemon.stop() == 0)
    }
}
