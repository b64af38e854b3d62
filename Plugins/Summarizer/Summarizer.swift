import PresswatchCore

/// Gives every article with text a short extractive summary: a few of its own sentences, or a
/// headline-style gist cut from the best of them.
public struct Summarizer: Processor {
    public typealias Options = SummarizerOptions

    public static let name = "summarizer"
    public static let summary = "a short extractive summary of every article (its own sentences)"
    public static let needs: Set<Capability> = [.sentences, .tokens]
    public static let gives: Set<Capability> = [.summary]

    public let options: SummarizerOptions

    public init(options: SummarizerOptions, context: ProcessorContext) throws {
        self.options = options
    }

    public init(options: SummarizerOptions = SummarizerOptions()) {
        self.options = options
    }

    public func process(_ document: inout Document) throws {
        for index in document.articles.indices {
            let summary = summarize(document.articles[index])
            document.articles[index].findings[Summary.self] = summary
        }
    }

    /// The summary of one article, or nil when it has no sentences. `weights` rank the
    /// sentences: by default `.standard` for whole sentences, and for the headline style
    /// `.gistSelection`, trained on the headline set's development part only.
    public func summarize(_ article: Article, weights: SignalWeights? = nil) -> Summary? {
        // Spans that do not fit the text (a processor's mistake) would trap; none is used.
        let size = article.scalars.count
        guard article.sentences.allSatisfy({ $0.end <= size }),
            article.tokens.allSatisfy({ $0.end <= size })
        else { return nil }
        if options.style == .headline {
            return headline(article, weights: weights ?? .gistSelection)
        }
        let selector = SentenceSelector(
            article: article, options: options, weights: weights ?? .standard)
        let chosen = selector.select()
        guard !chosen.isEmpty else { return nil }
        let text = SummaryText.join(chosen.map { article.sentences[$0] }, in: article.scalars)
        return text.isEmpty ? nil : Summary(text: text, sentences: chosen)
    }

    /// The gist of the sentences the selector ranks first (`HeadlineGist.poolUnits` units, a
    /// quotation whole), the length budget applying to the gist rather than to the choice.
    func headline(
        _ article: Article, weights: SignalWeights, model: GistModel = .shipped
    ) -> Summary? {
        var choosing = options
        choosing.sentences = HeadlineGist.poolUnits
        choosing.maxChars = nil
        let selected = SentenceSelector(article: article, options: choosing, weights: weights)
            .select()
        guard !selected.isEmpty else { return nil }
        let chosen = EnglishDateline.skipping(selected, in: article)
        let gist = HeadlineGist(article: article, sentences: chosen, model: model)
        let text = gist.text(maxChars: options.maxChars)
        return text.isEmpty ? nil : Summary(text: text, sentences: chosen, style: .headline)
    }
}
