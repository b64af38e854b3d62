import PresswatchCore

/// The `segmenter` processor: the page into articles (kind, headline, kicker, subtitle,
/// bylines, dateline, source lines, paragraphs), each article into sentences and word
/// tokens; page furniture into `other`; the document's language from its script mix.
public struct Segmenter: Processor {
    public typealias Options = SegmenterOptions

    public static let name = "segmenter"
    public static let summary =
        "splits a page into articles (headline, bylines, dateline, paragraphs), sentences and words"
    public static let needs: Set<Capability> = []
    public static let gives: Set<Capability> = [.articles, .sentences, .tokens]

    private let options: SegmenterOptions
    private let words: WordSegmenter

    public init(options: SegmenterOptions, context: ProcessorContext) throws {
        self.options = options
        self.words = try WordSegmenter.load(
            resources: context.resources,
            userDictionary: options.userDictionary.map(context.resolve))
    }

    public func process(_ document: inout Document) throws {
        // The input's one article (the whole text as paragraphs, text and scalars) is
        // replaced below: let it go before the layout's own structures are made.
        document.articles = []
        let layout = PageAnalyzer.analyze(document.text)
        document.language = ScriptMix.measure(document.text).language
        document.articles = layout.articles.enumerated().map { index, laidOut in
            article(laidOut, index: index)
        }
        document.other += layout.other
        document.outputsTokens = options.tokens
    }

    /// The core article for a laid-out one, with its sentences and tokens.
    private func article(_ laidOut: LaidOutArticle, index: Int) -> Article {
        var article = Article(
            index: index, kind: laidOut.kind, lines: laidOut.lines,
            paragraphs: laidOut.paragraphs.map(\.text), headline: laidOut.headline,
            kicker: laidOut.kicker, subtitle: laidOut.subtitle, bylines: laidOut.bylines,
            dateline: laidOut.dateline)
        article.lineMarks = laidOut.lineMarks
        article.sentences = SentenceSplitter.sentences(in: article.scalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(article.scalars.count / 2 + 1)
        for (number, start) in article.paragraphStarts.enumerated() {
            let end =
                number + 1 < article.paragraphStarts.count
                ? article.paragraphStarts[number + 1] - 1 : article.scalars.count
            words.tokenize(article.scalars, in: start..<end, into: &tokens)
        }
        article.tokens = tokens
        article.lexicon = words
        return article
    }
}
