import PresswatchCore
import Summarizer
import Testing

/// Quality on the data in the repository, printed and held to the bars. The headline
/// set goes through the real segmenter, as the daemon runs it; the seed page's articles are
/// built from their gold paragraphs (`SeedThroughSegmenterTests` segments the page itself).
@Suite("Summarizer evaluation")
struct SummarizerEvaluationTests {
    struct Setting {
        var label: String
        var method: SummaryMethod
        var sentences: Int
        var weights: SignalWeights = .standard
    }

    static func score(
        _ articles: [(Article, String)], _ setting: Setting
    ) -> ROUGEScores {
        var options = SummarizerOptions()
        options.method = setting.method
        options.sentences = setting.sentences
        let summarizer = Summarizer(options: options)
        var total = ROUGEScores()
        for (article, reference) in articles {
            let text = summarizer.summarize(article, weights: setting.weights)?.text ?? ""
            total = total + CharacterROUGE.score(text, against: reference)
        }
        return total.averaged(over: articles.count)
    }

    static func line(_ label: String, _ scores: ROUGEScores) -> String {
        func f(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return String(describing: rounded)
        }
        return "\(label): R1 \(f(scores.rouge1))  R2 \(f(scores.rouge2))  RL \(f(scores.rougeL))"
    }

    static func seedArticles() throws -> [(Article, String)] {
        try TestData.seed().map { gold, reference in
            let paragraphs = gold["paragraphs"] as? [String] ?? []
            let kind = ArticleKind(rawValue: gold["kind"] as? String ?? "") ?? .news
            let article = EvaluationArticles.shared.article(
                text: paragraphs.joined(separator: "\n"), headline: gold["headline"] as? String,
                kicker: gold["kicker"] as? String, kind: kind)
            return (article, reference)
        }
    }

    /// The headline set through the real segmenter, each article with its headline.
    static func headlineArticles() throws -> [(Article, String)] {
        try TestData.headlines().compactMap { text, headline in
            SegmentedArticles.shared.article(text: text).map { ($0, headline) }
        }
    }

    @Test("seed page: 2-sentence summaries reach character ROUGE-1 55")
    func seedPage() throws {
        let articles = try Self.seedArticles()
        try #require(articles.count >= 7 && EvaluationArticles.shared.isLoaded)
        let ours = Self.score(articles, Setting(label: "ours", method: .auto, sentences: 2))
        for setting in [
            Setting(label: "lead-2", method: .lead, sentences: 2),
            Setting(label: "lead-3", method: .lead, sentences: 3),
            Setting(label: "centrality-2", method: .centrality, sentences: 2),
        ] {
            print(Self.line("seed \(setting.label)", Self.score(articles, setting)))
        }
        print(Self.line("seed ours (auto, 2 sentences)", ours))
        #expect(ours.rouge1 >= 55)
    }

    /// In-sample: the shipped coefficients were learned on these articles. The honest figure is
    /// the cross-validated one in `LearnedWeightsTests`.
    @Test("headline set, in-sample: one sentence beats Lead-1 on ROUGE-1, -2 and -L")
    func headlineSet() throws {
        let articles = try Self.headlineArticles()
        try #require(articles.count == 600)
        let ours = Self.score(articles, Setting(label: "ours", method: .auto, sentences: 1))
        let lead1 = Self.score(articles, Setting(label: "lead-1", method: .lead, sentences: 1))
        let lead3 = Self.score(articles, Setting(label: "lead-3", method: .lead, sentences: 3))
        let central = Self.score(
            articles, Setting(label: "centrality", method: .centrality, sentences: 1))
        print(Self.line("headlines lead-1", lead1))
        print(Self.line("headlines lead-3", lead3))
        print(Self.line("headlines centrality-1", central))
        print(Self.line("headlines ours (auto, 1 sentence, in-sample)", ours))
        #expect(ours.rouge1 > lead1.rouge1)
        #expect(ours.rouge2 > lead1.rouge2)
        #expect(ours.rougeL > lead1.rougeL)
    }

    /// Each signal switched off in turn; what a signal is worth is what is lost without it.
    @Test("ablation: every signal's worth, printed")
    func ablation() throws {
        let seed = try Self.seedArticles()
        let headlines = try Self.headlineArticles()
        try #require(!seed.isEmpty && !headlines.isEmpty)
        var rows: [(String, SignalWeights)] = [("all signals", .standard)]
        for signal in SignalWeights.Signal.allCases {
            rows.append(("without \(signal.rawValue)", SignalWeights.standard.without(signal)))
        }
        var full = ROUGEScores()
        for (index, (label, weights)) in rows.enumerated() {
            let onSeed = Self.score(
                seed, Setting(label: label, method: .auto, sentences: 2, weights: weights))
            let onHeadlines = Self.score(
                headlines, Setting(label: label, method: .auto, sentences: 1, weights: weights))
            if index == 0 { full = onHeadlines }
            print(
                Self.line("ablation \(label) | seed", onSeed) + " | "
                    + Self.line("headlines", onHeadlines))
        }
        #expect(full.rouge1 > 0)
    }
}
