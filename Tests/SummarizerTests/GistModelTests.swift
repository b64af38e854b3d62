import Foundation
import PresswatchCore
import Testing

@testable import Summarizer

/// The headline style on the headline set: trained on the development part only, measured on
/// the validation part (`HeadlineSplit`), the shipped weights re-derived.
@Suite("Summarizer headline gist model")
struct GistModelTests {
    /// The headline set through the real segmenter, split, built once for every test.
    struct Split: Sendable {
        let development: [(Article, String)]
        let validation: [(Article, String)]
        /// Development articles whose text does not hold their headline word for word: the
        /// task is a headline the text does not contain, so the others teach the wrong thing.
        let training: [GistTrainer.Example]

        init() throws {
            var development: [(Article, String)] = []
            var validation: [(Article, String)] = []
            var training: [GistTrainer.Example] = []
            for row in try HeadlineSplit.rows() {
                guard let article = SegmentedArticles.shared.article(text: row.text) else {
                    continue
                }
                if HeadlineSplit.isValidation(row.id) {
                    validation.append((article, row.headline))
                } else {
                    development.append((article, row.headline))
                    if !LearnedWeightsTests.holdsReference(row.text, row.headline),
                        let example = GistTrainer.example(article, headline: row.headline)
                    {
                        training.append(example)
                    }
                }
            }
            self.development = development
            self.validation = validation
            self.training = training
        }
    }

    static let split = Result { try Split() }

    static func score(_ articles: [(Article, String)], _ options: SummarizerOptions) -> ROUGEScores
    {
        let summarizer = Summarizer(options: options)
        var total = ROUGEScores()
        for (article, reference) in articles {
            let text = summarizer.summarize(article)?.text ?? ""
            total = total + CharacterROUGE.score(text, against: reference)
        }
        return total.averaged(over: articles.count)
    }

    static func options(_ style: SummaryStyle, method: SummaryMethod = .auto) -> SummarizerOptions {
        var options = SummarizerOptions()
        options.sentences = 1
        options.style = style
        options.method = method
        return options
    }

    @Test("the shipped gist weights are what training on the development part gives")
    func shippedWeightsAreTheLearnedOnes() throws {
        let split = try Self.split.get()
        try #require(split.development.count == 400 && split.validation.count == 200)
        let (threshold, tried) = GistTrainer.chooseThreshold(split.training)
        for (value, scores) in tried {
            print(LearnedWeightsTests.line("development 2-fold, threshold \(value)", scores))
        }
        let weights = GistTrainer.fit(split.training)
        let source = GistTrainer.source(weights, threshold: threshold)
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Plugins/Summarizer/GistWeights.swift").path
        if ProcessInfo.processInfo.environment["PRESSWATCH_WRITE_GIST_WEIGHTS"] == "1" {
            try source.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let shipped = try String(contentsOfFile: path, encoding: .utf8)
        print("gist features: \(weights.count), threshold \(threshold)")
        #expect(shipped == source, "re-run with PRESSWATCH_WRITE_GIST_WEIGHTS=1 to regenerate")
        #expect(GistModel.shipped.threshold == threshold)
        #expect(GistModel.shipped.weights.count == weights.count)
    }

    @Test("validation part: the headline gist reaches character ROUGE-1 42")
    func validationFigures() throws {
        let split = try Self.split.get()
        try #require(split.development.count == 400 && split.validation.count == 200)
        var results: [String: ROUGEScores] = [:]
        for (part, articles) in [
            ("development", split.development), ("validation", split.validation),
        ] {
            for (label, options) in [
                ("lead-1", Self.options(.sentences, method: .lead)),
                ("sentences", Self.options(.sentences)),
                ("headline", Self.options(.headline)),
            ] {
                let scores = Self.score(articles, options)
                results[part + " " + label] = scores
                print(
                    LearnedWeightsTests.line(
                        "headline set \(part) (\(articles.count)) \(label)", scores))
            }
        }
        let headline = try #require(results["validation headline"])
        let lead = try #require(results["validation lead-1"])
        #expect(headline.rouge1 > lead.rouge1)
        #expect(headline.rouge1 >= 42.0)
    }
}
