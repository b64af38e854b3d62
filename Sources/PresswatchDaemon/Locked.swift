#if canImport(Glibc)
    import Glibc
#endif

/// A value behind a lock of its own: each component keeps its state in one.
///
/// A `pthread_mutex_t`, not `Synchronization.Mutex`: on Linux that one is a futex the
/// Thread Sanitizer cannot see, so `make tsan` reported every access it guards as a race;
/// and under contention it is far slower (swiftlang/swift#88440). This is the lock
/// swift-nio's `NIOLockedValueBox` is built on.
final class Locked<Value: Sendable>: @unchecked Sendable {
    // The value is only touched with `mutex` held; the mutex has a fixed address on the heap.
    private var value: Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ value: Value) {
        self.value = value
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
