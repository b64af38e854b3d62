import Foundation
import PresswatchCore
import PresswatchTesting
import Summarizer
import SummaryEvaluation
import Testing

/// The ranking model's coefficients are learned from the headline set. These tests measure
/// it the honest way, on articles the coefficients did not see (10-fold cross-validation),
/// and re-derive the shipped coefficients from the whole set.
@Suite("Summarizer learned weights", .tags(.quality))
struct LearnedWeightsTests {
    static let folds = 10

    /// Each article's fold: a fixed shuffle, so the figures can be reproduced.
    static func foldOfArticle(count: Int) -> [Int] {
        var generator = SeededGenerator(seed: 2026)
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

    /// The headline set's texts as given, in the order of its articles.
    static func texts() throws -> [String] {
        try TestData.headlines().map(\.text)
    }

    /// Whether a text holds its headline word for word (a digest item's title line, or the
    /// headline left in): the task is a headline the text does not contain, so such articles
    /// teach the wrong thing and are left out of training.
    static func holdsReference(_ text: String, _ reference: String) -> Bool {
        text.contains(reference.trimmingCharacters(in: .whitespaces))
    }

    /// Per article, its training examples: the whole article and its cuts (none for an
    /// article whose text holds its headline).
    static func examples(
        _ articles: [(Article, String)], texts: [String]
    ) -> [[SwitchModelTrainer.Example]] {
        zip(articles, texts).map { entry, text in
            holdsReference(text, entry.1)
                ? [] : SwitchModelTrainer.examples(entry.0, reference: entry.1)
        }
    }

    /// The issue's Lead-1: the first sentence of the text as given, split at `。！？；…` and
    /// line ends, without the segmenter.
    static func plainLead1(_ text: String, _ reference: String) -> ROUGEScores {
        let scalars = Array(text.unicodeScalars)
        guard let first = EvaluationArticles.shared.sentences(of: scalars).first else {
            return ROUGEScores()
        }
        var sentence = String.UnicodeScalarView()
        sentence.append(contentsOf: scalars[first.range])
        return CharacterROUGE.score(String(sentence), against: reference)
    }

    /// The model trained on every fold but `held`.
    static func weights(
        _ examples: [[SwitchModelTrainer.Example]], fold: [Int], without held: Int
    ) -> SignalWeights {
        let training = examples.indices.filter { fold[$0] != held }.flatMap { examples[$0] }
        return SwitchModelTrainer.weights(SwitchModelTrainer.fit(training))
    }

    /// One sentence per article, each article summarized by the model of its own fold.
    static func crossValidatedScore(
        _ articles: [(Article, String)?], fold: [Int], models: [SignalWeights]
    ) -> (scores: ROUGEScores, count: Int, switched: Int) {
        var options = SummarizerOptions()
        options.sentences = 1
        let summarizer = Summarizer(options: options)
        var total = ROUGEScores()
        var count = 0
        var switched = 0
        for (index, entry) in articles.enumerated() {
            guard let (article, reference) = entry else { continue }
            let summary = summarizer.summarize(article, weights: models[fold[index]])
            total = total + CharacterROUGE.score(summary?.text ?? "", against: reference)
            count += 1
            if summary?.sentences.first != article.sentences.indices.first { switched += 1 }
        }
        return (total.averaged(over: count), count, switched)
    }

    /// The headline set through the segmenter, its texts as given and each article's training
    /// examples, built once for both tests: segmenting the articles and their cuts is most of
    /// their time.
    struct HeadlineSet: Sendable {
        let articles: [(Article, String)]
        let texts: [String]
        let examples: [[SwitchModelTrainer.Example]]

        init() throws {
            articles = try SummaryScoring.headlineArticles()
            texts = try LearnedWeightsTests.texts()
            examples = LearnedWeightsTests.examples(articles, texts: texts)
        }
    }

    static let headlineSet = Result { try HeadlineSet() }

    @Test("headline set, cross-validated: one sentence beats Lead-1 on unseen articles")
    func crossValidated() throws {
        let set = try Self.headlineSet.get()
        let (articles, texts, examples) = (set.articles, set.texts, set.examples)
        try #require(articles.count == 600 && texts.count == 600)
        let fold = Self.foldOfArticle(count: articles.count)
        let models = (0..<Self.folds).map { Self.weights(examples, fold: fold, without: $0) }
        let ours = Self.crossValidatedScore(
            articles.map { Optional($0) }, fold: fold, models: models)
        typealias Setting = SummaryScoring.Setting
        let lead1 = SummaryScoring.score(
            articles, Setting(label: "lead-1", method: .lead, sentences: 1))
        let plain = zip(texts, articles).map { Self.plainLead1($0, $1.1) }
        for setting in [
            Setting(label: "lead-3", method: .lead, sentences: 3),
            Setting(label: "centrality-1", method: .centrality, sentences: 1),
            Setting(label: "shipped weights, in-sample", method: .auto, sentences: 1),
        ] {
            let scores = SummaryScoring.score(articles, setting)
            print(Self.line("headlines \(setting.label)", scores))
        }
        print(Self.line("headlines lead-1 (first unit of the segmented article)", lead1))
        print(
            Self.line(
                "headlines lead-1 (first sentence of the plain text)",
                plain.reduce(ROUGEScores(), +).averaged(over: plain.count)))
        print(
            Self.line("headlines ours, \(Self.folds)-fold cross-validated", ours.scores)
                + "  (another sentence than the lead on \(ours.switched) of \(ours.count))")
        // The held-out long articles have their headline removed: the articles whose text
        // does not hold theirs are the fair comparison with the plain Lead-1.
        let unheld = articles.indices.filter { !Self.holdsReference(texts[$0], articles[$0].1) }
        let isUnheld = Set(unheld)
        let oursUnheld = Self.crossValidatedScore(
            articles.indices.map { isUnheld.contains($0) ? articles[$0] : nil }, fold: fold,
            models: models)
        let plainUnheld = unheld.map { plain[$0] }.reduce(ROUGEScores(), +)
            .averaged(over: unheld.count)
        print(Self.line("headline not in the text (\(unheld.count)): plain lead-1", plainUnheld))
        print(Self.line("headline not in the text: ours, cross-validated", oursUnheld.scores))
        let short = try Self.shortPosts(articles, fold: fold, models: models)
        let seed = try SummaryScoring.seedArticles()
        for setting in [
            Setting(label: "lead-2", method: .lead, sentences: 2),
            Setting(label: "ours", method: .auto, sentences: 2),
        ] {
            print(
                Self.line("seed \(setting.label)", SummaryScoring.score(seed, setting)))
        }
        for (ours, lead) in [(ours.scores, lead1), (oursUnheld.scores, plainUnheld), short] {
            #expect(ours.rouge1 > lead.rouge1)
            #expect(ours.rouge2 > lead.rouge2)
            #expect(ours.rougeL > lead.rougeL)
        }
    }

    /// A stand-in for short news posts (none are in the repository): each article cut to its
    /// first five sentences, still scored against its headline, with the same folds; prints
    /// and returns ours and Lead-1.
    static func shortPosts(
        _ articles: [(Article, String)], fold: [Int], models: [SignalWeights]
    ) throws -> (ROUGEScores, ROUGEScores) {
        let short = articles.map { article, reference in
            SegmentedArticles.shared.cut(article, toSentences: 5).map { ($0, reference) }
        }
        let ours = crossValidatedScore(short, fold: fold, models: models)
        let lead1 = SummaryScoring.score(
            short.compactMap { $0 }, .init(label: "lead-1", method: .lead, sentences: 1))
        print(Self.line("first-five-sentence posts lead-1", lead1))
        print(
            Self.line("first-five-sentence posts ours, cross-validated", ours.scores)
                + "  (\(ours.count) posts, another sentence than the lead on \(ours.switched))")
        return (ours.scores, lead1)
    }

    @Test("the shipped coefficients are what training on the whole headline set gives")
    func reDerive() throws {
        let set = try Self.headlineSet.get()
        try #require(set.articles.count == 600)
        let model = SwitchModelTrainer.fit(set.examples.flatMap { $0 })
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
