import Foundation
import PresswatchCore
import Segmenter
import Testing

@testable import NumberExtractor

/// Runs the extractor the way the pipeline does: an article of the given paragraphs, its
/// tokens from the real word segmenter, then the number extractor.
enum Extraction {
    static let segmenter: WordSegmenter = {
        do {
            return try WordSegmenter.load(resources: ResourceLocator())
        } catch {
            fatalError("the Segmenter lexicon is missing: \(error)")
        }
    }()

    static let context = ProcessorContext(configDirectory: "/tmp")

    static func article(_ paragraphs: [String]) -> Article {
        var article = Article(
            index: 0, lines: LineRange(first: 1, last: max(paragraphs.count, 1)),
            paragraphs: paragraphs)
        var tokens: [Token] = []
        segmenter.tokenize(article.scalars, in: 0..<article.scalars.count, into: &tokens)
        article.tokens = tokens
        article.lexicon = segmenter
        article.sentences = sentences(of: article.scalars)
        return article
    }

    /// Sentences split at 。！？ and line ends, enough to number the entries.
    static func sentences(of scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where "。！？\n".unicodeScalars.contains(scalar) {
            if index + 1 > start { spans.append(Span(start: start, end: index + 1)) }
            start = index + 1
        }
        if start < scalars.count { spans.append(Span(start: start, end: scalars.count)) }
        return spans
    }

    static func entries(_ text: String, options: NumberExtractorOptions = .init())
        -> [NumberEntry]
    {
        let extractor = try! NumberExtractor(options: options, context: context)
        return extractor.extract(from: article([text]))
    }

    /// Each of `figures` found with its value and unit, and nothing else found in `sentence`.
    static func expectOnly(
        _ sentence: String, _ figures: [(text: String, value: Double, unit: String?)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = entries(sentence)
        let shown = found.map { "\($0.text)=\($0.value) \($0.unit ?? "-")" }
        #expect(
            found.count == figures.count, "\(sentence): \(shown)", sourceLocation: sourceLocation)
        for figure in figures {
            let entry = found.first { $0.text == figure.text }
            #expect(
                entry?.value == .number(figure.value) && entry?.unit == figure.unit,
                "\(sentence): \(shown)", sourceLocation: sourceLocation)
        }
    }

    /// Expects the figure `text` of `sentence` read as `value` with `unit` (the form tables'
    /// one check).
    static func expectFigure(
        _ sentence: String, _ text: String, _ value: QuantityValue, _ unit: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = entries(sentence)
        let entry = found.first { $0.text == text }
        #expect(
            entry?.value == value, "\(sentence): \(found.map { "\($0.text)=\($0.value)" })",
            sourceLocation: sourceLocation)
        #expect(
            entry?.unit == unit, "\(sentence): unit \(entry?.unit ?? "nil")",
            sourceLocation: sourceLocation)
    }
}
