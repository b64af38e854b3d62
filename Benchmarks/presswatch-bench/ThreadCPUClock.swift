#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread, in seconds: on a shared, loaded machine it counts this
/// thread's work only, not the time other processes held the core.
enum ThreadCPUClock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Wall-clock time, in seconds, from a monotonic clock.
enum WallClock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
