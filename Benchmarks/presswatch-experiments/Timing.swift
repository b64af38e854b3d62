#if canImport(Glibc)
    import Glibc
#endif

/// Time measured on the calling thread's CPU clock (the machine is shared, so wall-clock
/// time varies with the other load), and on the wall clock for comparison.
enum Timing {
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
