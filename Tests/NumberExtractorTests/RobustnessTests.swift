import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Nothing crashes on any input, and every entry is a true span of its article.
@Suite(.tags(.fast)) struct RobustnessTests {
    /// Scalars weighted towards what numbers are made of, with any scalar now and then.
    static func randomText(count: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let pieces = Array(
            "0123456789０１２３.．,，-－%％$¥￥€£^/／eEkKmM 第负一二两三四五六七八九十百千万亿兆零〇廿壹贰叁肆伍陆柒捌玖拾佰仟点分之又多余几来半成折元美欧日港英镑角年月日号度个名家条项人岁天周小时分钟公里米吨亩以上下左右约近超过不少于至到~“”《》「」http://www.a.b\n\t\u{3000}abc"
                .unicodeScalars)
        var view = String.UnicodeScalarView()
        for _ in 0..<count {
            if Int.random(in: 0..<10, using: &generator) == 0 {
                let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { view.append(scalar) }
            } else {
                view.append(pieces[Int.random(in: 0..<pieces.count, using: &generator)])
            }
        }
        return String(view)
    }

    @Test(arguments: [1 as UInt64, 2, 3]) func randomUnicodeDoesNotCrash(seed: UInt64) throws {
        let text = Self.randomText(count: 60_000, seed: seed)
        let article = Extraction.article([text])
        let extractor = try NumberExtractor(context: Extraction.context)
        let entries = extractor.extract(from: article)
        var previousEnd = 0
        for entry in entries {
            #expect(entry.start >= previousEnd && entry.start < entry.end)
            #expect(entry.end <= article.scalars.count)
            #expect(entry.text == article.text(of: Span(start: entry.start, end: entry.end)))
            previousEnd = entry.end
        }
        #expect(!entries.isEmpty)
    }

    @Test func emptyAndTinyInputs() throws {
        let extractor = try NumberExtractor(context: Extraction.context)
        for text in [
            "", "一", "万", ".", "-", "第", "百分之", "3至", "1/0", "2^", "$", "99999999999999999999",
        ] {
            _ = extractor.extract(from: Extraction.article([text]))
        }
        #expect(Extraction.entries("1/0").allSatisfy { $0.value.number?.isFinite ?? true })
    }

    /// Without tokens (a pipeline that gives none) the extractor still reads numbers.
    @Test func worksWithoutTokens() throws {
        let article = Article(
            index: 0, lines: LineRange(first: 1, last: 1), paragraphs: ["投资5亿元，增长3%。"])
        let entries = try NumberExtractor(context: Extraction.context).extract(from: article)
        #expect(entries.map(\.text) == ["5亿元", "3%"])
    }
}
