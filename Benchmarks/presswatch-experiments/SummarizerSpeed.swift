import ArgumentParser
import PresswatchCore
import Summarizer
import SummaryEvaluation

/// Throughput on the 600 headline-set articles (about 640 characters each) in each style, one
/// core, in the thread's CPU time.
struct SummarizerSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarizer-speed",
        abstract: "Summarizer articles per CPU-second on one core, in each style.")

    @Option(help: "Passes over the headline set.")
    var rounds = 10

    func run() throws {
        let articles = try SummaryScoring.headlineArticles().map(\.0)
        guard !articles.isEmpty else {
            throw ValidationError("the headline set is missing from Tests/Data")
        }
        for style in SummaryStyle.allCases {
            var options = SummarizerOptions()
            options.style = style
            measure(Summarizer(options: options), articles, label: "summarizer (\(style))")
        }
    }

    func measure(_ summarizer: Summarizer, _ articles: [Article], label: String) {
        var chosen = 0
        let cpuStart = Timing.threadCPUSeconds()
        let elapsed = ContinuousClock().measure {
            for _ in 0..<rounds {
                for article in articles {
                    chosen += summarizer.summarize(article)?.sentences.count ?? 0
                }
            }
        }
        let cpu = Timing.threadCPUSeconds() - cpuStart
        let count = Double(rounds * articles.count)
        print(
            "\(label): \(Int(count / cpu)) articles per CPU-second on one core"
                + " (\(Int(count / Timing.seconds(elapsed))) per wall-clock second;"
                + " \(rounds * articles.count) articles, \(chosen) sentences)")
    }
}
