import PresswatchCore
import PresswatchTesting
import SummaryEvaluation
import Testing

@testable import Summarizer

/// The English deletion grammar on sentences shaped like the 1916 pages' leads.
@Suite("Summarizer English gist", .tags(.fast))
struct EnglishGistTests {
    static func gist(_ text: String, maxChars: Int? = nil) -> String {
        let article = EvaluationArticles.shared.article(text: text)
        let sentences = Array(article.sentences.indices.prefix(1))
        return HeadlineGist(article: article, sentences: sentences).text(maxChars: maxChars)
    }

    @Test("the dateline, a leading time phrase and an attribution go")
    func datelineAndAttribution() throws {
        try #require(EvaluationArticles.shared.isLoaded)
        let gist = Self.gist(
            "WASHINGTON, April 13.\u{2014}Yesterday afternoon, the Senate passed the naval bill, officials said."
        )
        #expect(gist == "the Senate passed the naval bill")
    }

    @Test("an appositive after a name and a bracket go; the budget holds")
    func appositive() throws {
        try #require(EvaluationArticles.shared.isLoaded)
        let gist = Self.gist(
            "Secretary Lansing, the head of the State Department, sent a note (the third) to Berlin."
        )
        #expect(gist == "Secretary Lansing sent a note to Berlin")
        let short = Self.gist(
            "The Germans launched their first direct attack on Hill 304 late yesterday afternoon.",
            maxChars: 40)
        #expect(short.unicodeScalars.count <= 40)
        #expect(short.hasPrefix("The Germans launched their first"))
    }
    @Test("a dateline that is a sentence of its own is stepped over, not cut into the gist")
    func datelineSentence() throws {
        try #require(EvaluationArticles.shared.isLoaded)
        let article = EvaluationArticles.shared.article(
            text: "LONDON, July 25. The British have captured the greater part of Pozieres.")
        try #require(article.sentences.count >= 2)
        #expect(EnglishDateline.isDateline(0, in: article))
        #expect(!EnglishDateline.isDateline(article.sentences.count - 1, in: article))
        var options = SummarizerOptions()
        options.style = .headline
        let summary = try #require(Summarizer(options: options).summarize(article))
        #expect(summary.text.hasPrefix("The British have captured"))
        #expect(!summary.sentences.contains(0))
        // A sentence of lower-case words is not a dateline, nor one of many capitals.
        let plain = EvaluationArticles.shared.article(
            text: "Paris is quiet. The Senate Passed The Naval Bill On Monday Night.")
        try #require(plain.sentences.count >= 2)
        #expect(!EnglishDateline.isDateline(0, in: plain))
        #expect(!EnglishDateline.isDateline(plain.sentences.count - 1, in: plain))
    }
}
