import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// What the user reads: the `numbers` JSON of the result schema, the Markdown table, and
/// the options that shape them.
@Suite(.tags(.fast)) struct OutputTests {
    static func json(_ numbers: Numbers) throws -> [[String: Any]] {
        let data = try JSONEncoder().encode(numbers)
        return try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func entriesEncodeAsTheSchemaSays() throws {
        let article = Extraction.article(["2018年6月，投资约4.14亿美元，10至20个项目。"])
        let extractor = try NumberExtractor(context: Extraction.context)
        let objects = try Self.json(Numbers(entries: extractor.extract(from: article)))
        #expect(objects.count == 3)
        let date = objects[0]
        #expect(date["text"] as? String == "2018年6月")
        #expect(date["kind"] as? String == "date")
        #expect(date["value"] as? String == "2018-06")
        #expect(date["unit"] is NSNull && date["approx"] is NSNull)
        #expect(date["start"] as? Int == 0 && date["end"] as? Int == 7)
        #expect(date["sentence"] as? Int == 0)
        let money = objects[1]
        #expect(money["value"] as? Double == 414_000_000)
        #expect(money["unit"] as? String == "USD")
        #expect(money["approx"] as? String == "about")
        #expect(money["text"] as? String == "约4.14亿美元")
        #expect(objects[2]["value"] as? [Double] == [10, 20])
        for object in objects {
            let keys = Set(object.keys)
            #expect(
                keys == ["text", "start", "end", "sentence", "kind", "value", "unit", "approx"])
        }
    }

    /// A number a double cannot hold keeps its digits in `exact`; the others have none.
    @Test func bigNumbersKeepEveryDigit() throws {
        let article = Extraction.article(["债务高达123456789012345678901234元，另有3.5万元。"])
        let entries = try NumberExtractor(context: Extraction.context).extract(from: article)
        let objects = try Self.json(Numbers(entries: entries))
        #expect(objects.count == 2)
        #expect(objects[0]["text"] as? String == "123456789012345678901234元")
        #expect(objects[0]["exact"] as? String == "123456789012345678901234")
        // The nearest double (Foundation's JSON reader may not give it back exactly).
        #expect(entries[0].value == .number(Double("123456789012345678901234")!))
        #expect(objects[1]["exact"] == nil)
        let markdown = try #require(Numbers(entries: entries).markdown(for: article))
        #expect(markdown.contains("| 123456789012345678901234 | CNY |"))
    }

    @Test func spansAreScalarOffsetsOfTheArticleText() throws {
        let article = Extraction.article(["排名第一", "😀 增长3.5%，共12人。"])
        let entries = try NumberExtractor(context: Extraction.context).extract(from: article)
        #expect(entries.map(\.text) == ["第一", "3.5%", "12人"])
        for entry in entries {
            #expect(article.text(of: Span(start: entry.start, end: entry.end)) == entry.text)
        }
        #expect(entries[1].sentence == 1)
    }

    @Test func markdownIsATableOfTheFigures() throws {
        let article = Extraction.article(["投资5亿元，增长3%，3至5年。"])
        let numbers = Numbers(
            entries: try NumberExtractor(context: Extraction.context).extract(from: article))
        let markdown = try #require(numbers.markdown(for: article))
        #expect(markdown.hasPrefix("### Figures\n"))
        #expect(markdown.contains("| text | kind | value | unit | approx |"))
        #expect(markdown.contains("| 5亿元 | money | 500000000 | CNY |  |"))
        #expect(markdown.contains("| 3% | percent | 3 |  |  |"))
        #expect(markdown.contains("| 3至5年 | range | 3–5 | year |  |"))
        #expect(Numbers(entries: [], markdownRows: 10).markdown(for: article) == nil)
        #expect(Numbers(entries: numbers.entries, markdownRows: 0).markdown(for: article) == nil)
        let short = try #require(
            Numbers(entries: numbers.entries, markdownRows: 1).markdown(for: article))
        #expect(short.contains("(2 more in the JSON result)"))
    }

    @Test func kindsOptionFiltersTheResult() throws {
        var options = NumberExtractorOptions()
        options.kinds = [.money, .percent]
        let entries = Extraction.entries("2023年投资5亿元，增长3%，新增8家。", options: options)
        #expect(entries.map(\.kind) == [.money, .percent])
    }

    @Test func optionsValidateAndDecodeWithDefaults() throws {
        // The kinds are an enum: the decoder itself refuses an unknown one, at its place.
        #expect(throws: (any Error).self) {
            try NumberExtractorOptions(yaml: "kinds: [money, monee]")
        }
        let decoded = try NumberExtractorOptions(yaml: "english: false")
        #expect(decoded.english == false && decoded.kinds == NumberExtractorOptions().kinds)
        #expect(try NumberExtractorOptions(yaml: "kinds: [date]").kinds == [.date])
        #expect(
            NumberExtractorOptions.fields.map(\.name) == [
                "kinds", "english", "skip_quoted_names", "markdown_rows",
            ])
    }

    @Test func englishOptionTurnsOffNumberWords() {
        var options = NumberExtractorOptions()
        options.english = false
        #expect(
            Extraction.entries("three hundred and 5 km", options: options).map(\.text) == ["5 km"])
    }

    @Test func quotedNamesOptionKeepsThem() {
        var options = NumberExtractorOptions()
        options.skipQuotedNames = false
        let text = "推行“两个工作日”办结"
        #expect(Extraction.entries(text, options: options).map(\.text) == ["两个工作日"])
        #expect(Extraction.entries(text).isEmpty)
    }

    @Test func processorAttachesNumbersToEveryArticle() throws {
        let text = "投资5亿元。"
        var document = try Document.from(text: text, file: "a.txt")
        document.articles[0] = Extraction.article([text])
        try NumberExtractor(context: Extraction.context).process(&document)
        let numbers = try #require(document.articles[0].findings[Numbers.self])
        #expect(numbers.entries.map(\.text) == ["5亿元"])
        #expect(NumberExtractor.name == "number_extractor")
        #expect(NumberExtractor.needs.isSuperset(of: [.sentences, .tokens]))
        #expect(NumberExtractor.gives == [.numbers])
    }
}
