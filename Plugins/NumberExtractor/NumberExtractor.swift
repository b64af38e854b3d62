import PresswatchCore

/// Finds every quantity in each article (money, percentages, counts, measures, durations,
/// dates, ordinals, ranges, bare numbers), with its value in the result schema's
/// conventions, and attaches them as the article's `numbers`.
///
/// One pass over each article's scalars; the segmenter's words keep numeral characters
/// inside ordinary words (统一, 大陆, 一把手) from being read as numbers.
public struct NumberExtractor: Processor {
    public typealias Options = NumberExtractorOptions

    public static let name = "number_extractor"
    public static let summary =
        "every quantity of each article: money, percentages, counts, measures, dates, ranges"
    public static let needs: Set<Capability> = [.articles, .sentences, .tokens]
    public static let gives: Set<Capability> = [.numbers]

    public let options: Options
    private let kinds: Set<QuantityKind>

    public init(options: Options = Options(), context: ProcessorContext) throws {
        self.options = options
        self.kinds = Set(options.kinds)
    }

    public func process(_ document: inout Document) throws {
        for index in document.articles.indices {
            let entries = extract(from: document.articles[index])
            document.articles[index].findings[Numbers.self] = Numbers(
                entries: entries, markdownRows: options.markdownRows)
        }
    }

    /// The quantities of one article, in text order.
    public func extract(from article: Article) -> [NumberEntry] {
        let text = article.scalars
        let words = WordGuard(
            text: text, tokens: article.tokens, lexicon: article.lexicon,
            skipQuotedNames: options.skipQuotedNames)
        var entries: [NumberEntry] = []
        QuantityScanner(text: text, words: words, english: options.english).scan { quantity in
            guard kinds.contains(quantity.kind) else { return }
            entries.append(
                NumberEntry(
                    text: text.string(quantity.start, quantity.end), start: quantity.start,
                    end: quantity.end, sentence: article.sentenceIndex(containing: quantity.start),
                    kind: quantity.kind, value: quantity.value, unit: quantity.unit,
                    approx: quantity.approx,
                    exact: quantity.exact.map { $0.decimal(in: text) }.flatMap {
                        $0.needsExactText ? $0.text : nil
                    }))
        }
        return entries
    }
}
