import PresswatchCore

/// `presswatch-bench --hash FILE`: the time SHA-256 takes over one input, in thread CPU time
/// (the median and the fastest of 7 runs), as `source.sha256` hashes every input once. Used
/// for the hashing share in BENCHMARKS.md.
enum HashBench {
    static func run(_ bytes: [UInt8]) -> String {
        var seconds: [Double] = []
        var digest = ""
        for _ in 0..<7 {
            let start = ThreadCPUClock.now()
            digest = SHA256.hex(bytes)
            seconds.append(ThreadCPUClock.now() - start)
        }
        seconds.sort()
        let median = seconds[seconds.count / 2]
        let megabytesPerSecond = Double(bytes.count) / 1e6 / median
        return """
            {"bytes": \(bytes.count), "sha256": "\(digest)", "median_s": \(median), \
            "min_s": \(seconds[0]), "mb_per_s": \(megabytesPerSecond)}
            """
    }
}
