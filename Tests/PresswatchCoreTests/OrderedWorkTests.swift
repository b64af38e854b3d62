import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

private actor Log {
    var delivered: [Int] = []
    var running = 0
    var mostRunning = 0

    func deliver(_ value: Int) { delivered.append(value) }
    func start() {
        running += 1
        mostRunning = max(mostRunning, running)
    }
    func finish() { running -= 1 }
}

@Suite(.tags(.fast)) struct OrderedWorkTests {
    @Test func resultsComeInInputOrderWithAtMostWorkersAtOnce() async {
        let log = Log()
        // Early items take longest, so they finish last.
        await OrderedWork.run(
            Array(0..<12), workers: 3,
            work: { item in
                await log.start()
                try? await Task.sleep(nanoseconds: UInt64(12 - item) * 2_000_000)
                await log.finish()
                return item * 10
            },
            deliver: { await log.deliver($0) })
        #expect(await log.delivered == (0..<12).map { $0 * 10 })
        #expect(await log.mostRunning <= 3)
        #expect(await log.mostRunning >= 2)
    }

    @Test func aResultIsDeliveredWhileTheFeedWaitsForInput() async {
        let log = Log()
        let fed = LockedCounter()
        await OrderedWork.run(
            workers: 2,
            next: {
                let count = fed.increment()
                if count == 1 { return 1 }
                // The second read waits, as stdin would, until the first answer is out.
                for _ in 0..<200 {
                    if await log.delivered == [1] { return nil }
                    try? await Task.sleep(nanoseconds: 5_000_000)
                }
                return 2
            },
            work: { $0 },
            deliver: { await log.deliver($0) })
        #expect(await log.delivered == [1])
    }

    @Test func anEmptyListDeliversNothing() async {
        let log = Log()
        await OrderedWork.run([Int](), workers: 4, work: { $0 }, deliver: { await log.deliver($0) })
        #expect(await log.delivered.isEmpty)
    }
}

private final class LockedCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
