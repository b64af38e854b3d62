import Foundation
import PresswatchCore
import Segmenter

/// Articles as the daemon sees them: a text goes through the real segmenter as a page of
/// its own, and its first article is taken (the evaluation texts are one article each).
struct SegmentedArticles: Sendable {
    static let shared = SegmentedArticles()

    private let segmenter: Segmenter?

    private init() {
        segmenter = try? Segmenter(
            options: SegmenterOptions(), context: ProcessorContext(configDirectory: TestData.root))
    }

    var isLoaded: Bool { segmenter != nil }

    func article(text: String) -> Article? {
        guard let segmenter else { return nil }
        let source = SourceInfo(
            file: "evaluation.txt", bytes: text.utf8.count, sha256: "", encoding: .utf8,
            lines: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        var document = Document(source: source, text: text)
        guard (try? segmenter.process(&document)) != nil else { return nil }
        return document.articles.first
    }

    /// The article's text up to the end of its `count`th sentence, segmented again: a stand-in
    /// for a short news post. Nil when the article has no more than `count` sentences.
    func cut(_ article: Article, toSentences count: Int) -> Article? {
        guard count > 0, article.sentences.count > count else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: article.scalars[0..<article.sentences[count - 1].end])
        return self.article(text: String(text))
    }
}
