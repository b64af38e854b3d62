import Foundation
import PresswatchCore
import PresswatchTesting
import SummaryEvaluation
import Testing

@testable import Summarizer

/// Every gist is made by deletions only and fits its budget, on every article in the
/// repository: the 600 of the headline set, the Chinese pages (seed, pages/, pages-zh/) and the
/// English pages (pages-en/ dev, validation and raw), each page through the real segmenter.
@Suite("Summarizer headline gist faithfulness", .tags(.quality))
struct GistFaithfulnessTests {
    static func pageTexts(_ folders: [String]) throws -> [String] {
        var texts: [String] = []
        for folder in folders {
            let path = TestData.root + "/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            where name.hasSuffix(".txt") {
                texts.append(try String(contentsOfFile: path + "/" + name, encoding: .utf8))
            }
        }
        return texts
    }

    static func articles(ofPage text: String) throws -> [Article] {
        try ProcessorChain(through: "segmenter").run(text).articles
    }

    /// Whether `part`'s scalars, white space left out, appear in `whole` in order.
    static func isSubsequence(_ part: String, of whole: [Unicode.Scalar]) -> Bool {
        var index = 0
        for scalar in part.unicodeScalars where !scalar.properties.isWhitespace {
            while index < whole.count && whole[index] != scalar { index += 1 }
            if index == whole.count { return false }
            index += 1
        }
        return true
    }

    /// Checks every article's gist under the default budget and a tight one; returns how many
    /// gists there were and how many of them were Latin.
    static func check(_ articles: [Article]) -> (gists: Int, latin: Int) {
        var gists = 0
        var latin = 0
        for maxChars in [nil, 12] as [Int?] {
            var options = SummarizerOptions()
            options.style = .headline
            options.maxChars = maxChars
            let summarizer = Summarizer(options: options)
            for article in articles {
                guard let summary = summarizer.summarize(article) else { continue }
                #expect(summary.style == .headline)
                let sentences = summary.sentences
                let span = Span(
                    start: article.sentences[sentences[0]].start,
                    end: article.sentences[sentences[sentences.count - 1]].end)
                let source = Array(article.scalars[span.range])
                let isLatin = HeadlineGist(article: article, sentences: sentences).isLatin
                let budget =
                    maxChars ?? (isLatin ? HeadlineGist.latinBudget : HeadlineGist.chineseBudget)
                #expect(
                    isSubsequence(summary.text, of: source),
                    "not a subsequence of its sentences: \(summary.text)")
                #expect(summary.text.unicodeScalars.count <= budget, "too long: \(summary.text)")
                #expect(!summary.text.contains("\n"))
                gists += 1
                if isLatin { latin += 1 }
            }
        }
        return (gists, latin)
    }

    @Test("the headline set's 600 articles")
    func headlineSet() throws {
        let articles = try HeadlineSplit.rows().compactMap {
            SegmentedArticles.shared.article(text: $0.text)
        }
        try #require(articles.count == 600)
        let (gists, _) = Self.check(articles)
        #expect(gists >= 1190)
    }

    @Test("every article of the Chinese pages")
    func chinesePages() throws {
        let texts = try Self.pageTexts(["seed", "pages", "pages-zh/dev", "pages-zh/val"])
        try #require(texts.count >= 320)
        let articles = try texts.flatMap { try Self.articles(ofPage: $0) }
        let (gists, _) = Self.check(articles)
        print("Chinese pages: \(texts.count) pages, \(articles.count) articles, \(gists) gists")
        #expect(gists > articles.count)
    }

    @Test("every article of the English pages, gists printed for the dev pages")
    func englishPages() throws {
        let dev = try Self.pageTexts(["pages-en/dev"])
        let others = try Self.pageTexts(["pages-en/validation", "pages-en/raw"])
        try #require(dev.count >= 5 && others.count >= 200)
        let devArticles = try dev.flatMap { try Self.articles(ofPage: $0) }
        let articles = try others.flatMap { try Self.articles(ofPage: $0) } + devArticles
        let (gists, latin) = Self.check(articles)
        print(
            "English pages: \(dev.count + others.count) pages, \(articles.count) articles, \(gists) gists (\(latin) Latin)"
        )
        #expect(latin * 10 > gists * 9)
        var options = SummarizerOptions()
        options.style = .headline
        var sentences = SummarizerOptions()
        sentences.sentences = 1
        var lengths: [Int] = []
        for article in devArticles.prefix(40) {
            guard let gist = Summarizer(options: options).summarize(article),
                let whole = Summarizer(options: sentences).summarize(article)
            else { continue }
            print(
                "EN \(whole.text.unicodeScalars.count) -> \(gist.text.unicodeScalars.count): \(gist.text)"
            )
            lengths.append(gist.text.unicodeScalars.count)
        }
        #expect(!lengths.isEmpty)
    }
}
