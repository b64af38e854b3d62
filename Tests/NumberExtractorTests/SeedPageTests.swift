import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The seed page's hand-labelled quantities, found in its gold articles (the clean
/// paragraphs the layout analysis gives) with the real segmenter's tokens.
@Suite(.tags(.fast)) struct SeedPageTests {
    struct Gold: Decodable {
        struct Must: Decodable {
            var text: String
            var value: GoldValue
            var kind: String
            var unit: String?
            var approx: String?
        }

        var must: [Must]
        var mustNot: [String]
    }

    enum GoldValue: Decodable, Equatable {
        case number(Double)
        case string(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        func matches(_ value: QuantityValue) -> Bool {
            switch (self, value) {
            case (.number(let a), .number(let b)): return RecognizersScorer.equal(a, b)
            case (.string(let a), .date(let b)): return a == b
            default: return false
            }
        }
    }

    struct Pages: Decodable {
        struct Article: Decodable { var paragraphs: [String] }
        var articles: [Article]
    }

    static let stem = TestData.seedStem

    static func load<T: Decodable>(_ type: T.Type, _ suffix: String) throws -> T {
        let url = TestData.directory.appendingPathComponent(stem + suffix)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(contentsOf: url))
    }

    /// Every entry of every gold article, with the article's text.
    static func extract() throws -> [(entries: [NumberEntry], text: String)] {
        let pages = try load(Pages.self, ".gold.json")
        let extractor = try NumberExtractor(context: Extraction.context)
        return pages.articles.map { gold in
            let article = Extraction.article(gold.paragraphs)
            return (extractor.extract(from: article), article.text)
        }
    }

    /// The raw page through the real pipeline: the configured chain (`pipeline.yaml`) up to
    /// the number extractor, so the segmenter's articles, then the numbers.
    static func extractThroughPipeline() throws -> [(entries: [NumberEntry], text: String)] {
        let document = try ProcessorChain(through: "number_extractor").run(TestData.seedPage)
        return document.articles.map { ($0.findings[Numbers.self]?.entries ?? [], $0.text) }
    }

    @Test func findsEveryLabelledQuantity() throws {
        try Self.expectEveryLabelledQuantity(in: try Self.extract(), source: "gold articles")
    }

    @Test func findsEveryLabelledQuantityThroughThePipeline() throws {
        try Self.expectEveryLabelledQuantity(
            in: try Self.extractThroughPipeline(), source: "pipeline")
    }

    @Test func reportsNoneOfTheNotQuantitiesThroughThePipeline() throws {
        try Self.expectNoNotQuantities(in: try Self.extractThroughPipeline())
    }

    static func expectEveryLabelledQuantity(
        in articles: [(entries: [NumberEntry], text: String)], source: String
    ) throws {
        let gold = try Self.load(Gold.self, ".numbers.gold.json")
        var entries = articles.flatMap(\.entries)
        var missing: [String] = []
        for must in gold.must {
            // Each labelled quantity takes its own entry: 8条 twice, 18个 and 18个以上.
            let index = entries.firstIndex { entry in
                Self.stripped(entry.text).contains(must.text) && entry.kind.rawValue == must.kind
                    && must.value.matches(entry.value)
                    && (must.unit == nil || entry.unit == must.unit)
                    && (must.approx == nil || entry.approx?.rawValue == must.approx)
            }
            if let index {
                entries.remove(at: index)
            } else {
                missing.append("\(must.text) \(must.kind) \(must.value) \(must.unit ?? "-")")
            }
        }
        print(
            "Seed page (\(source)): \(gold.must.count - missing.count)/\(gold.must.count) "
                + "labelled quantities found")
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test func reportsNoneOfTheNotQuantities() throws {
        try Self.expectNoNotQuantities(in: try Self.extract())
    }

    static func expectNoNotQuantities(in articles: [(entries: [NumberEntry], text: String)]) throws
    {
        let gold = try Self.load(Gold.self, ".numbers.gold.json")
        var reported: [String] = []
        for (entries, text) in articles {
            let scalars = Array(text.unicodeScalars)
            for word in gold.mustNot {
                for occurrence in Self.occurrences(of: Array(word.unicodeScalars), in: scalars) {
                    for entry in entries
                    where entry.start < occurrence.upperBound
                        && occurrence.lowerBound < entry.end
                    {
                        reported.append("\(word) as \(entry.text)")
                    }
                }
            }
        }
        #expect(reported.isEmpty, "reported: \(reported)")
    }

    static func stripped(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    static func occurrences(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !word.isEmpty, text.count >= word.count else { return [] }
        return (0...(text.count - word.count)).filter {
            Array(text[$0..<($0 + word.count)]) == word
        }
        .map { $0..<($0 + word.count) }
    }
}
