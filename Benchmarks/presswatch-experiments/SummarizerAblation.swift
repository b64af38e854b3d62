import ArgumentParser
import PresswatchCore
import Summarizer
import SummaryEvaluation

/// Each signal of the summarizer's ranking switched off in turn, on the seed page (two
/// sentences) and the headline set (one): what a signal is worth is what is lost without it.
struct SummarizerAblation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarizer-ablation",
        abstract: "Character ROUGE with each ranking signal switched off in turn.")

    func run() throws {
        let seed = try SummaryScoring.seedArticles()
        let headlines = try SummaryScoring.headlineArticles()
        guard !seed.isEmpty, !headlines.isEmpty else {
            throw ValidationError("the seed page or the headline set is missing from Tests/Data")
        }
        var rows: [(String, SignalWeights)] = [("all signals", .standard)]
        for signal in SignalWeights.Signal.allCases {
            rows.append(("without \(signal.rawValue)", SignalWeights.standard.without(signal)))
        }
        for (label, weights) in rows {
            let onSeed = SummaryScoring.score(
                seed, .init(label: label, method: .auto, sentences: 2, weights: weights))
            let onHeadlines = SummaryScoring.score(
                headlines, .init(label: label, method: .auto, sentences: 1, weights: weights))
            print(
                SummaryScoring.line("ablation \(label) | seed", onSeed) + " | "
                    + SummaryScoring.line("headlines", onHeadlines))
        }
    }
}
