import Foundation

/// Wakes a thread that waits for work or for a deadline: the settle loop sleeps until the
/// next file is due, the scanner until the next request or timed rescan. Nothing polls.
final class Wakeup: @unchecked Sendable {
    // `pending` is guarded by `condition`.
    private let condition = NSCondition()
    private var pending = false

    /// Wakes the waiter, or the next one to wait.
    func signal() {
        condition.withLock {
            pending = true
            condition.signal()
        }
    }

    /// Waits until signalled or until `deadline` (monotonic ns; nil: no deadline).
    func wait(until deadline: UInt64?) {
        condition.lock()
        defer { condition.unlock() }
        while !pending {
            guard let deadline else {
                condition.wait()
                continue
            }
            let now = monotonicNanoseconds()
            if now >= deadline { break }
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(deadline - now) / 1e9))
        }
        pending = false
    }
}

/// Runs blocking work (`poll`, `read` on a pipe, a directory walk) on a thread of its own,
/// so it never holds one of the few threads of the cooperative pool, and awaits its end.
func onThread(_ name: String, _ work: @escaping @Sendable () -> Void) async {
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
        let thread = Thread {
            work()
            done.resume()
        }
        thread.name = name
        thread.start()
    }
}
