import Foundation
import PresswatchCore
import Summarizer
import Testing

/// Throughput on the 600 headline-set articles (about 640 characters each), one core. Not a
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
        let summarizer = Summarizer()
        var chosen = 0
        let rounds = 10
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for article in articles {
                    chosen += summarizer.summarize(article)?.sentences.count ?? 0
                }
            }
        }
        let seconds =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = Double(rounds * articles.count) / seconds
        print(
            "summarizer: \(Int(rate)) articles/s on one core (\(rounds * articles.count) articles, \(chosen) sentences)"
        )
        #expect(chosen > 0)
    }
}
