import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// The processor as the pipeline runs it: a document in, the page's articles out.
@Suite(.tags(.fast)) struct SegmenterProcessorTests {
    private func segmenter(tokens: Bool = false) throws -> Segmenter {
        var options = SegmenterOptions()
        options.tokens = tokens
        return try Segmenter(options: options, context: ProcessorContext(configDirectory: "/"))
    }

    @Test func theSeedPageBecomesItsArticlesWithSentencesAndTokens() throws {
        let page = try GoldPage.load("seed/000_21d0c9da4e890f31.txt")
        var document = try Document.from(text: page.text)
        try segmenter().process(&document)
        #expect(document.articles.count == 7)
        #expect(document.articles.map(\.index) == Array(0..<7))
        #expect(document.articles.map(\.headline) == page.articles.map(\.headline))
        #expect(document.language == .zh)
        #expect(document.outputsTokens == false)
        #expect(document.other.contains { $0.role == "promotion" && $0.text == "平湖发布 今平湖客户端" })
        for article in document.articles {
            #expect(!article.sentences.isEmpty)
            #expect(!article.tokens.isEmpty)
            #expect(
                article.tokens.allSatisfy { $0.end <= article.scalars.count && $0.start < $0.end })
            #expect(
                zip(article.tokens, article.tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
            #expect(article.sentences.last!.end <= article.scalars.count)
        }
        let first = document.articles[0]
        #expect(first.text(of: first.sentences[0]) == "市委副书记、市长周军波近日赴市民兵训练中心，实地视察今年上半年征兵工作开展情况。")
        // `共有 300多名`: the extraction's space is gone and the number is one token.
        #expect(first.text.contains("共有300多名"))
        #expect(
            first.tokens.contains { $0.kind == .number && first.text(of: $0.span).hasPrefix("300") }
        )
    }

    @Test func theTokensOptionOnlyDecidesWhatTheResultLists() throws {
        var document = try Document.from(text: "Mr. Smith went to Washington. He met Dr. Jones.\n")
        try segmenter(tokens: true).process(&document)
        #expect(document.outputsTokens)
        #expect(document.language == .en)
        #expect(document.articles[0].sentences.count == 2)
        #expect(document.articles[0].tokens.contains { $0.kind == .latin })
    }

    @Test func aBlankDocumentHasNoArticles() throws {
        var document = try Document.from(text: "\n \n\n")
        try segmenter().process(&document)
        #expect(document.articles.isEmpty)
        #expect(document.language == .unknown)
    }

    @Test func itDeclaresWhatItGivesAndNeeds() {
        #expect(Segmenter.name == "segmenter")
        #expect(Segmenter.needs.isEmpty)
        #expect(Segmenter.gives == [.articles, .sentences, .tokens])
    }
}
