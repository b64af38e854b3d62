import PresswatchCore
import PresswatchTesting
import SummaryEvaluation
import Testing

@testable import Summarizer

/// A figure and its measure word, and `第` and its figure, are one chunk for the gist; a
/// preposition after a figure is not its measure word.
@Suite("Summarizer gist figure chunks", .tags(.fast))
struct FigureChunksTests {
    /// The chunks of the first sentence, as the texts of their words joined.
    static func chunks(_ text: String) -> [String] {
        let article = EvaluationArticles.shared.article(text: text)
        let words = GistWords(article: article, sentences: [0])
        let starts = FigureChunks.starts(of: words, scalars: article.scalars)
        var chunks: [String] = []
        for (position, word) in words.words.enumerated() {
            let text = String(String.UnicodeScalarView(article.scalars[word.token.span.range]))
            if starts[position] == position {
                chunks.append(text)
            } else {
                chunks[chunks.count - 1] += text
            }
        }
        return chunks
    }

    @Test("34枚 and 第134届 are chunks; 3在 is not")
    func figuresWithTheirMeasureWords() throws {
        try #require(EvaluationArticles.shared.isLoaded)
        let medals = Self.chunks("运动会全天共产生34枚金牌。")
        #expect(medals.contains("34枚"), "\(medals)")
        let fair = Self.chunks("第134届广交会今天开幕。")
        #expect(fair.contains("第134届"), "\(fair)")
        let place = Self.chunks("大会3在北京闭幕。")
        #expect(place.contains("3") && !place.contains("3在"), "\(place)")
    }

    @Test("a chunk is kept or deleted whole in every gist of the headline set, budget included")
    func keptWhole() throws {
        let rows = try HeadlineSplit.rows()
        try #require(rows.count == 600)
        var chunked = 0
        for row in rows {
            guard let article = SegmentedArticles.shared.article(text: row.text),
                let summary = Summarizer(options: Self.headline).summarize(article)
            else { continue }
            let gist = HeadlineGist(article: article, sentences: summary.sentences)
            guard !gist.isLatin else { continue }
            let words = gist.words
            let (kept, starts) = gist.labelled(budget: HeadlineGist.chineseBudget)
            for position in words.words.indices where starts[position] != position {
                chunked += 1
                #expect(kept[position] == kept[starts[position]])
            }
        }
        #expect(chunked > 100)
    }

    static var headline: SummarizerOptions {
        var options = SummarizerOptions()
        options.style = .headline
        return options
    }
}
