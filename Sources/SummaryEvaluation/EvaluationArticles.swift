import Foundation
import PresswatchCore
import Segmenter

/// Builds articles for the evaluations from plain text: the real word segmenter's tokens,
/// and sentences ending at `。！？!?；…` (with their closing quotes) and at paragraph ends (the
/// segmenter's own splitter is internal to its module).
public struct EvaluationArticles: Sendable {
    public static let shared = EvaluationArticles()

    private let words: WordSegmenter?

    private init() {
        words = try? WordSegmenter.load(resources: ResourceLocator())
    }

    public var isLoaded: Bool { words != nil }

    /// An article of one text, paragraphs on `\n`, with sentences and tokens.
    public func article(
        text: String, headline: String? = nil, kicker: String? = nil, kind: ArticleKind = .news
    ) -> Article {
        let paragraphs = text.split(separator: "\n").map { $0.trimmingWhitespaceAtEnds() }
            .filter { !$0.isEmpty }
        var article = Article(
            index: 0, kind: kind, lines: LineRange(first: 1, last: max(paragraphs.count, 1)),
            paragraphs: paragraphs, headline: headline, kicker: kicker)
        article.sentences = sentences(of: article.scalars)
        article.tokens = tokens(of: article.scalars)
        return article
    }

    public func sentences(of scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var first = start
            while first < end && scalars[first].properties.isWhitespace { first += 1 }
            if first < end { spans.append(Span(start: first, end: end)) }
            start = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(index)
                start = index + 1
            } else if "。！？!?；…".unicodeScalars.contains(scalar)
                || (scalar == "."
                    && (index + 1 == scalars.count
                        || scalars[index + 1].properties.isWhitespace))
            {
                var end = index + 1
                while end < scalars.count && "。！？!?…”’」』）)\"".unicodeScalars.contains(scalars[end])
                {
                    end += 1
                }
                index = end - 1
                close(end)
            }
            index += 1
        }
        close(scalars.count)
        return spans
    }

    public func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        words?.tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        return tokens
    }
}
