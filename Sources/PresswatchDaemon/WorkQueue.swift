import DequeModule
import Foundation

/// The bounded queue between intake and the workers.
///
/// - A path is queued at most once; offering it again while it waits changes nothing.
/// - A path being processed is never handed out a second time: offering it marks it dirty,
///   and `finish` puts it back, so a file that changed during its job is processed again.
/// - When full, `offer` refuses (the caller records that a scan must catch up later) and
///   `put` waits: memory stays bounded however many files arrive at once.
public final class WorkQueue: @unchecked Sendable {
    public let capacity: Int
    private let condition = NSCondition()
    private var order: Deque<String> = []
    private var queued: Set<String> = []
    private var inFlight: Set<String> = []
    private var dirty: Set<String> = []
    private var closed = false

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public struct Counts: Sendable {
        public var queued: Int
        public var inFlight: Int
    }

    public var counts: Counts {
        condition.withLock { Counts(queued: order.count, inFlight: inFlight.count) }
    }

    /// Whether nothing waits and nothing is being processed.
    public var isIdle: Bool { condition.withLock { order.isEmpty && inFlight.isEmpty } }

    /// Queues `path` unless the queue is full; true when it is now queued, in flight, or
    /// marked for another run.
    @discardableResult
    public func offer(_ path: String) -> Bool {
        condition.withLock {
            if closed { return true }
            return enqueueLocked(path)
        }
    }

    /// Queues `path`, waiting while the queue is full. False once the queue is closed.
    @discardableResult
    public func put(_ path: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed {
            if enqueueLocked(path) { return true }
            condition.wait()
        }
        return false
    }

    private func enqueueLocked(_ path: String) -> Bool {
        if queued.contains(path) { return true }
        if inFlight.contains(path) {
            dirty.insert(path)
            return true
        }
        guard order.count < capacity else { return false }
        order.append(path)
        queued.insert(path)
        condition.broadcast()
        return true
    }

    /// The next path to process, waiting for one; nil once the queue is closed.
    public func take() -> String? {
        condition.lock()
        defer { condition.unlock() }
        while !closed {
            if let path = order.popFirst() {
                queued.remove(path)
                inFlight.insert(path)
                condition.broadcast()
                return path
            }
            condition.wait()
        }
        return nil
    }

    /// Ends the job on `path`. When it changed meanwhile it is queued again (ahead of the
    /// rest: it was already waited for); returns whether it was.
    @discardableResult
    public func finish(_ path: String) -> Bool {
        condition.withLock {
            inFlight.remove(path)
            defer { condition.broadcast() }
            guard dirty.remove(path) != nil, !closed else { return false }
            if !queued.contains(path) {
                order.prepend(path)
                queued.insert(path)
            }
            return true
        }
    }

    /// Forgets a queued path (its file was deleted); a job in flight is not affected.
    public func remove(_ path: String) {
        condition.withLock {
            guard queued.remove(path) != nil else { return }
            if let index = order.firstIndex(of: path) { order.remove(at: index) }
            dirty.remove(path)
            condition.broadcast()
        }
    }

    /// Whether `path` waits or is being processed.
    public func contains(_ path: String) -> Bool {
        condition.withLock { queued.contains(path) || inFlight.contains(path) }
    }

    /// Stops handing out work: waiting paths are dropped (the next start's scan finds them,
    /// since their outputs are missing), and every waiter wakes up.
    public func close() {
        condition.withLock {
            closed = true
            order.removeAll()
            queued.removeAll()
            condition.broadcast()
        }
    }

    /// Waits until no job is in flight or the deadline (monotonic ns) passes; true when idle.
    public func waitForInFlight(until deadline: UInt64) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !inFlight.isEmpty {
            let now = monotonicNanoseconds()
            if now >= deadline { return false }
            let seconds = Double(deadline - now) / 1e9
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(seconds, 0.1)))
        }
        return true
    }
}
