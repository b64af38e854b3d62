import Foundation
import KeywordTagger
import PresswatchCore
import PresswatchTesting
import Segmenter

/// Articles for the tests, tokenised by the project's word segmenter.
enum Articles {
    static let segmenter: WordSegmenter = {
        do {
            return try WordSegmenter.load(resources: ResourceLocator())
        } catch {
            fatalError("the word segmenter's lexicon is missing: \(error)")
        }
    }()

    static func make(
        _ paragraphs: [String], headline: String? = nil, kicker: String? = nil,
        bylines: [Byline] = []
    ) -> Article {
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: max(1, paragraphs.count)),
            paragraphs: paragraphs, headline: headline, kicker: kicker, bylines: bylines)
        article.tokens = segmenter.tokenize(article.text)
        return article
    }

    /// An article from hand-made tokens: `word/tag` pieces, and bare punctuation.
    static func handMade(_ pieces: [String], headline: String? = nil, bylines: [Byline] = [])
        -> Article
    {
        var text = ""
        var tokens: [Token] = []
        var offset = 0
        for piece in pieces {
            let parts = piece.split(separator: "/", maxSplits: 1).map(String.init)
            let word = parts[0]
            let length = word.unicodeScalars.count
            let span = Span(start: offset, end: offset + length)
            if parts.count == 2 {
                tokens.append(Token(span: span, kind: .word, tag: PartOfSpeech(parts[1])))
            } else {
                tokens.append(Token(span: span, kind: .punct))
            }
            text += word
            offset += length
        }
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: 1), paragraphs: [text], headline: headline,
            bylines: bylines)
        article.tokens = tokens
        return article
    }
}

/// A tagger built as the pipeline builds it, with the resources of the build tree.
func makeTagger(_ configure: (inout KeywordTaggerOptions) -> Void = { _ in }) throws
    -> KeywordTagger
{
    var options = KeywordTaggerOptions()
    configure(&options)
    return try KeywordTagger(options: options, context: ProcessorContext(configDirectory: "/"))
}

/// The keywords a tagger gives an article.
func keywords(_ tagger: KeywordTagger, _ article: Article) -> [String] {
    guard var document = try? Document.holding([article]) else { return [] }
    try? tagger.process(&document)
    return document.articles[0].findings[Keywords.self]?.terms ?? []
}
