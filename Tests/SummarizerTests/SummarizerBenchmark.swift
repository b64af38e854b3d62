import Foundation
import PresswatchCore
import Summarizer
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Throughput on the 600 headline-set articles (about 640 characters each) in each style, one
/// core, in the thread's CPU time (the machine is shared, so wall-clock time varies). Not a
/// timed test: it only runs with `PRESSWATCH_BENCH=1`, prints, and asserts nothing about time.
/// Run it in release: `PRESSWATCH_BENCH=1 swift test -c release -Xswiftc -enable-testing
/// --filter SummarizerBenchmark`.
@Suite("SummarizerBenchmark")
struct SummarizerBenchmark {
    @Test(
        "articles per second, one core",
        .enabled(if: ProcessInfo.processInfo.environment["PRESSWATCH_BENCH"] == "1"))
    func throughput() throws {
        let articles = try SummarizerEvaluationTests.headlineArticles().map(\.0)
        try #require(!articles.isEmpty)
        for style in SummaryStyle.allCases {
            var options = SummarizerOptions()
            options.style = style
            try measure(Summarizer(options: options), articles, label: "summarizer (\(style))")
        }
    }

    func measure(_ summarizer: Summarizer, _ articles: [Article], label: String) throws {
        var chosen = 0
        let rounds = 10
        let clock = ContinuousClock()
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for article in articles {
                    chosen += summarizer.summarize(article)?.sentences.count ?? 0
                }
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let wall =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let count = Double(rounds * articles.count)
        print(
            "\(label): \(Int(count / cpu)) articles per CPU-second on one core"
                + " (\(Int(count / wall)) per wall-clock second on this shared machine;"
                + " \(rounds * articles.count) articles, \(chosen) sentences)")
        #expect(chosen > 0)
    }

    /// CPU time this thread has used, so other load on the machine does not count.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
