import PresswatchCore
import PresswatchTesting
import Summarizer

/// The summarizer scored on the repository's data: one setting (method, sentences, weights)
/// over articles with their reference summaries, in character ROUGE. The quality tests hold
/// these figures to their targets; `presswatch-experiments` prints the ones nothing asserts.
public enum SummaryScoring {
    public struct Setting: Sendable {
        public var label: String
        public var method: SummaryMethod
        public var sentences: Int
        public var weights: SignalWeights = .standard

        public init(
            label: String, method: SummaryMethod, sentences: Int,
            weights: SignalWeights = .standard
        ) {
            self.label = label
            self.method = method
            self.sentences = sentences
            self.weights = weights
        }
    }

    public static func score(
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

    /// Figures to one decimal, as the issue gives its baselines.
    public static func line(_ label: String, _ scores: ROUGEScores) -> String {
        func f(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return String(describing: rounded)
        }
        return "\(label): R1 \(f(scores.rouge1))  R2 \(f(scores.rouge2))  RL \(f(scores.rougeL))"
    }

    /// The seed page's articles built from their gold paragraphs, each with its reference.
    public static func seedArticles() throws -> [(Article, String)] {
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
    public static func headlineArticles() throws -> [(Article, String)] {
        try TestData.headlines().compactMap { text, headline in
            SegmentedArticles.shared.article(text: text).map { ($0, headline) }
        }
    }
}
