import Logging
import PresswatchTesting
import Testing

@testable import PresswatchDaemon

@Suite(.tags(.fast)) struct NameFilterTests {
    let filter = NameFilter(patterns: ["*.txt"], outputSuffixes: [".json", ".md"])

    @Test func inputsMatchThePatterns() {
        #expect(filter.isInput("page.txt"))
        #expect(filter.isInput("第一版.txt"))
        #expect(!filter.isInput("page.pdf"))
    }

    @Test func temporaryHiddenAndOwnNamesAreNeverInputs() {
        for name in [
            ".page.txt", ".page.txt.Xy12Zq", "page.txt.tmp", "page.txt.part", "page.txt~",
            "page.txt.partial", ".page.json.tmp-12-ab",
        ] {
            #expect(!filter.isInput(name), "\(name)")
        }
        let everything = NameFilter(patterns: ["*"], outputSuffixes: [".json", ".md"])
        #expect(!everything.isInput("page.json"))
        #expect(!everything.isInput("page.error.json"))
        #expect(!everything.isInput("page.md"))
        #expect(everything.isInput("page.txt"))
    }
}

@Suite(.tags(.fast)) struct SettlerTests {
    let status = FileStatus(
        kind: .regular, size: 10, mtimeNanoseconds: 5, inode: 1, device: 1, links: 1)

    @Test func readyOnlyAfterTheSettleTimeUnchanged() {
        var settler = Settler(settleMilliseconds: 100, capacity: 10)
        let result1 = settler.closed("a", status: status, now: 0)
        #expect(result1)
        let result2 = settler.due(now: 50_000_000) { _ in status }
        #expect(result2.isEmpty)
        let result3 = settler.due(now: 100_000_000) { _ in status }
        #expect(result3 == ["a"])
        #expect(settler.count == 0)
    }

    @Test func aChangeOrAWriterTakesItBack() {
        var settler = Settler(settleMilliseconds: 100, capacity: 10)
        _ = settler.closed("a", status: status, now: 0)
        var grown = status
        grown.size = 20
        let result4 = settler.due(now: 100_000_000) { _ in grown }
        #expect(result4.isEmpty)
        let result5 = settler.due(now: 200_000_000) { _ in grown }
        #expect(result5 == ["a"])
        _ = settler.closed("b", status: status, now: 0)
        settler.modified("b")
        let result6 = settler.due(now: 500_000_000) { _ in status }
        #expect(result6.isEmpty)
        _ = settler.closed("b", status: status, now: 500_000_000)
        let result7 = settler.due(now: 600_000_000) { _ in status }
        #expect(result7 == ["b"])
    }

    @Test func vanishedFilesAreDroppedAndCapacityIsBounded() {
        var settler = Settler(settleMilliseconds: 0, capacity: 1)
        let result8 = settler.closed("a", status: status, now: 0)
        #expect(result8)
        let result9 = settler.closed("b", status: status, now: 0)
        #expect(!result9)
        let result10 = settler.due(now: 1) { _ in nil }
        #expect(result10.isEmpty)
        #expect(settler.count == 0)
    }
}

@Suite(.tags(.fast)) struct WorkQueueTests {
    @Test func neverTwoJobsOnOneFileAndChangesAreRedone() {
        let queue = WorkQueue(capacity: 4)
        #expect(queue.offer("a"))
        #expect(queue.offer("a"))
        #expect(queue.counts.queued == 1)
        #expect(queue.take() == "a")
        #expect(queue.offer("a"))  // changed while in flight: marked, not queued
        #expect(queue.counts.queued == 0)
        #expect(queue.finish("a"))
        #expect(queue.take() == "a")
        #expect(!queue.finish("a"))
        #expect(queue.isIdle)
    }

    @Test func fullQueueRefusesOffers() {
        let queue = WorkQueue(capacity: 2)
        #expect(queue.offer("a") && queue.offer("b"))
        #expect(!queue.offer("c"))
        queue.remove("a")
        #expect(queue.offer("c"))
        queue.close()
        #expect(queue.take() == nil)
        #expect(!queue.put("d"))
    }
}

@Suite(.tags(.fast)) struct SystemdNotifierTests {
    @Test func socketAddressesAndWatchdog() {
        #expect(SystemdNotifier.address(nil) == nil)
        #expect(SystemdNotifier.address("relative") == nil)
        #expect(SystemdNotifier.address("@abc") == [0, 97, 98, 99])
        #expect(SystemdNotifier.address("/run/n") == Array("/run/n".utf8))
        let notifier = SystemdNotifier(environment: ["WATCHDOG_USEC": "2000000"])
        #expect(notifier.watchdogInterval == 1_000_000_000)
        #expect(!notifier.isEnabled)
        #expect(notifier.send("READY=1") == nil)
        let other = SystemdNotifier(environment: ["WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"])
        #expect(other.watchdogInterval == nil)
    }

    @Test func journalPriorities() {
        #expect(JournalLogHandler.priority(.error) == 3)
        #expect(JournalLogHandler.priority(.warning) == 4)
        #expect(JournalLogHandler.priority(.info) == 6)
        #expect(JournalLogHandler.priority(.debug) == 7)
        #expect(JournalLogHandler.underSystemd(["JOURNAL_STREAM": "8:123"]))
        #expect(!JournalLogHandler.underSystemd([:]))
    }
}
