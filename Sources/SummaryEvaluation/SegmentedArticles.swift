import Foundation
import PresswatchCore
import PresswatchTesting

/// Articles as the daemon sees them: a text goes through the configured chain up to the
/// segmenter (`pipeline.yaml`) as a page of its own, and its first article is taken (the evaluation texts are one article each).
public struct SegmentedArticles: Sendable {
    public static let shared = SegmentedArticles()

    private let chain: ProcessorChain?

    private init() {
        chain = try? ProcessorChain(through: "segmenter")
    }

    public var isLoaded: Bool { chain != nil }

    public func article(text: String) -> Article? {
        guard let chain else { return nil }
        return (try? chain.run(text, file: "evaluation.txt"))?.articles.first
    }

    /// The article's text up to the end of its `count`th sentence, segmented again: a stand-in
    /// for a short news post. Nil when the article has no more than `count` sentences.
    public func cut(_ article: Article, toSentences count: Int) -> Article? {
        guard count > 0, article.sentences.count > count else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: article.scalars[0..<article.sentences[count - 1].end])
        return self.article(text: String(text))
    }
}
