import Foundation
import PresswatchCore
import Summarizer
import Testing

/// The ranking model's coefficients are learned from the headline set. These tests measure
/// it the honest way, on articles the coefficients did not see (10-fold cross-validation),
/// and re-derive the shipped coefficients from the whole set.
@Suite("Summarizer learned weights")
struct LearnedWeightsTests {
    static let folds = 10

    /// Each article's fold: a fixed shuffle, so the figures can be reproduced.
    static func foldOfArticle(count: Int) -> [Int] {
        var generator = SummarizerRobustnessTests.Generator(state: 2026)
        let order = Array(0..<count).shuffled(using: &generator)
        var fold = [Int](repeating: 0, count: count)
        for (position, article) in order.enumerated() { fold[article] = position % folds }
        return fold
    }

    /// Figures to two decimals: the margins over Lead-1 are tenths.
    static func line(_ label: String, _ scores: ROUGEScores) -> String {
        let figures = [scores.rouge1, scores.rouge2, scores.rougeL].map {
            String(format: "%.2f", $0)
        }
        return "\(label): R1 \(figures[0])  R2 \(figures[1])  RL \(figures[2])"
    }

    static func examples(_ articles: [(Article, String)]) -> [SwitchModelTrainer.Example] {
        articles.compactMap { SwitchModelTrainer.example($0.0, reference: $0.1) }
    }

    @Test("headline set, cross-validated: one sentence beats Lead-1 on unseen articles")
    func crossValidated() throws {
        let articles = try SummarizerEvaluationTests.headlineArticles()
        try #require(articles.count == 600 && EvaluationArticles.shared.isLoaded)
        let examples = Self.examples(articles)
        try #require(examples.count == articles.count)
        let fold = Self.foldOfArticle(count: articles.count)
        var options = SummarizerOptions()
        options.sentences = 1
        let summarizer = Summarizer(options: options)
        var ours = ROUGEScores()
        var differentFromLead = 0
        for held in 0..<Self.folds {
            let training = examples.indices.filter { fold[$0] != held }.map { examples[$0] }
            let weights = SwitchModelTrainer.weights(SwitchModelTrainer.fit(training))
            for index in articles.indices where fold[index] == held {
                let (article, reference) = articles[index]
                let summary = summarizer.summarize(article, weights: weights)
                ours = ours + CharacterROUGE.score(summary?.text ?? "", against: reference)
                if summary?.sentences.first != article.sentences.indices.first {
                    differentFromLead += 1
                }
            }
        }
        ours = ours.averaged(over: articles.count)
        try Self.printShortPosts(articles, fold: fold, examples: examples)
        typealias Setting = SummarizerEvaluationTests.Setting
        let lead1 = SummarizerEvaluationTests.score(
            articles, Setting(label: "lead-1", method: .lead, sentences: 1))
        for setting in [
            Setting(label: "lead-3", method: .lead, sentences: 3),
            Setting(label: "centrality-1", method: .centrality, sentences: 1),
            Setting(label: "shipped weights, in-sample", method: .auto, sentences: 1),
        ] {
            let scores = SummarizerEvaluationTests.score(articles, setting)
            print(Self.line("headlines \(setting.label)", scores))
        }
        print(Self.line("headlines lead-1", lead1))
        print(
            Self.line("headlines ours, \(Self.folds)-fold cross-validated", ours)
                + "  (another sentence than the lead on \(differentFromLead) of \(articles.count))")
        let seed = try SummarizerEvaluationTests.seedArticles()
        for setting in [
            Setting(label: "lead-2", method: .lead, sentences: 2),
            Setting(label: "ours", method: .auto, sentences: 2),
        ] {
            print(
                Self.line("seed \(setting.label)", SummarizerEvaluationTests.score(seed, setting)))
        }
        #expect(ours.rouge1 > lead1.rouge1)
        #expect(ours.rouge2 > lead1.rouge2)
        #expect(ours.rougeL > lead1.rougeL)
    }

    /// A stand-in for short news posts (none are in the repository): each article cut to its
    /// first five sentences, still scored against its headline, with the same folds.
    static func printShortPosts(
        _ articles: [(Article, String)], fold: [Int], examples: [SwitchModelTrainer.Example]
    ) throws {
        let builder = EvaluationArticles.shared
        let short = articles.map { article, reference -> (Article, String) in
            let spans = article.sentences.prefix(5)
            let end = spans.last?.end ?? 0
            var text = String.UnicodeScalarView()
            text.append(contentsOf: article.scalars[0..<end])
            return (builder.article(text: String(text)), reference)
        }
        var options = SummarizerOptions()
        options.sentences = 1
        let summarizer = Summarizer(options: options)
        var ours = ROUGEScores()
        for held in 0..<folds {
            let training = examples.indices.filter { fold[$0] != held }.map { examples[$0] }
            let weights = SwitchModelTrainer.weights(SwitchModelTrainer.fit(training))
            for index in short.indices where fold[index] == held {
                let text = summarizer.summarize(short[index].0, weights: weights)?.text ?? ""
                ours = ours + CharacterROUGE.score(text, against: short[index].1)
            }
        }
        let lead1 = SummarizerEvaluationTests.score(
            short, .init(label: "lead-1", method: .lead, sentences: 1))
        print(Self.line("first-five-sentence posts lead-1", lead1))
        print(
            Self.line(
                "first-five-sentence posts ours, cross-validated", ours.averaged(over: short.count))
        )
    }

    @Test("the shipped coefficients are what training on the whole headline set gives")
    func reDerive() throws {
        let articles = try SummarizerEvaluationTests.headlineArticles()
        try #require(articles.count == 600 && EvaluationArticles.shared.isLoaded)
        let model = SwitchModelTrainer.fit(Self.examples(articles))
        func literal(_ values: [Double]) -> String {
            values.map { String(format: "%.4f", $0) }.joined(separator: ", ")
        }
        print("learned own: [\(literal(model.own))]")
        print("learned lead: [\(literal(model.lead))]")
        print("learned bias: \(String(format: "%.4f", model.bias))")
        let shipped = SignalWeights.standard
        for (learned, constant) in zip(
            model.own + model.lead, shipped.coefficients + shipped.leadCoefficients)
        {
            #expect(abs(learned - constant) < 1e-3)
        }
        #expect(abs(model.bias - SwitchModelTrainer.margin - shipped.bias) < 1e-3)
    }
}
