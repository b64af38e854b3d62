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

    /// What the settle loop does at `now`: takes the due candidates out, checks each with
    /// `stat` (here: `current`), and returns the complete ones.
    func settle(_ settler: inout Settler, now: UInt64, current: (String) -> FileStatus?)
        -> [String]
    {
        var complete: [String] = []
        for (path, candidate) in settler.takeDue(now: now)
        where settler.settled(path, candidate: candidate, current: current(path), now: now) {
            complete.append(path)
        }
        return complete
    }

    @Test func readyOnlyAfterTheSettleTimeUnchanged() {
        var settler = Settler(settleMilliseconds: 100, capacity: 10)
        let step1 = settler.closed("a", status: status, now: 0)
        #expect(step1)
        #expect(settler.nextDue == 100_000_000)
        let step2 = settle(&settler, now: 50_000_000) { _ in status }
        #expect(step2.isEmpty)
        let step3 = settle(&settler, now: 100_000_000) { _ in status }
        #expect(step3 == ["a"])
        #expect(settler.count == 0)
        #expect(settler.nextDue == nil)
    }

    @Test func aChangeOrAWriterTakesItBack() {
        var settler = Settler(settleMilliseconds: 100, capacity: 10)
        _ = settler.closed("a", status: status, now: 0)
        var grown = status
        grown.size = 20
        let step4 = settle(&settler, now: 100_000_000) { _ in grown }
        #expect(step4.isEmpty)
        #expect(settler.nextDue == 200_000_000)
        let step5 = settle(&settler, now: 200_000_000) { _ in grown }
        #expect(step5 == ["a"])
        _ = settler.closed("b", status: status, now: 0)
        settler.modified("b")
        // A writer holds it: not due, however late.
        #expect(settler.nextDue == nil)
        let step6 = settle(&settler, now: 500_000_000) { _ in status }
        #expect(step6.isEmpty)
        _ = settler.closed("b", status: status, now: 500_000_000)
        let step7 = settle(&settler, now: 600_000_000) { _ in status }
        #expect(step7 == ["b"])
    }

    /// A close that comes while a due candidate is being checked outside the lock wins: the
    /// file settles again from that close.
    @Test func aNewerEventDuringTheCheckKeepsTheFile() {
        var settler = Settler(settleMilliseconds: 100, capacity: 10)
        _ = settler.closed("a", status: status, now: 0)
        let due = settler.takeDue(now: 100_000_000)
        _ = settler.closed("a", status: status, now: 100_000_001)
        let complete = settler.settled("a", candidate: due[0].candidate, current: status, now: 1)
        #expect(!complete)
        #expect(settler.count == 1)
    }

    @Test func vanishedFilesAreDroppedAndCapacityIsBounded() {
        var settler = Settler(settleMilliseconds: 0, capacity: 1)
        let step8 = settler.closed("a", status: status, now: 0)
        #expect(step8)
        let step9 = settler.closed("b", status: status, now: 0)
        #expect(!step9)
        let step10 = settle(&settler, now: 1) { _ in nil }
        #expect(step10.isEmpty)
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
