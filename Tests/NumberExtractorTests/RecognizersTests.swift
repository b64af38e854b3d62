import Foundation
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// The public half of Recognizers-Text's Chinese specification, run through the real
/// segmenter's tokens. Prints each model's pass rate and its failing cases; asserts the
/// issue's bars for the number, percent and currency models.
@Suite(.tags(.quality)) struct RecognizersSpecTests {
    static let allKinds = Set(QuantityKind.allCases)

    struct Model {
        var file: String
        var scorer: RecognizersScorer
        var bar: Double?
    }

    static let models: [Model] = [
        Model(
            file: "Number/NumberModel.json",
            scorer: RecognizersScorer(kinds: allKinds.subtracting([.money, .percent])), bar: 0.95),
        Model(
            file: "Number/PercentModel.json", scorer: RecognizersScorer(kinds: [.percent]),
            bar: 0.95),
        Model(
            file: "NumberWithUnit/CurrencyModel.json", scorer: RecognizersScorer(kinds: [.money]),
            bar: 0.90),
        Model(
            file: "Number/OrdinalModel.json", scorer: RecognizersScorer(kinds: [.ordinal]),
            bar: nil),
        Model(
            file: "Number/NumberRangeModel.json",
            scorer: RecognizersScorer(kinds: [.range], compareIntervals: true), bar: nil),
        Model(
            file: "Number/NumberRangeModelExperimentalMode.json",
            scorer: RecognizersScorer(kinds: [.range], compareIntervals: true), bar: nil),
        Model(
            file: "NumberWithUnit/AgeModel.json", scorer: RecognizersScorer(kinds: []), bar: nil),
        Model(
            file: "NumberWithUnit/DimensionModel.json",
            scorer: RecognizersScorer(kinds: [.measure]), bar: nil),
        Model(
            file: "NumberWithUnit/TemperatureModel.json",
            scorer: RecognizersScorer(kinds: [.measure]), bar: nil),
    ]

    @Test(arguments: models.map(\.file))
    func passRate(file: String) throws {
        let model = Self.models.first { $0.file == file }!
        let cases = try RecognizersCase.load(file)
        var failures: [String] = []
        for testCase in cases {
            let entries = Extraction.entries(testCase.input)
            if !model.scorer.passes(testCase, entries) {
                failures.append(Self.describe(testCase, entries))
            }
        }
        let rate = Double(cases.count - failures.count) / Double(max(cases.count, 1))
        print(
            "Recognizers \(file): \(cases.count - failures.count)/\(cases.count) passed, "
                + String(format: "%.1f%%", rate * 100)
                + (model.bar.map {
                    String(format: " (bar %.0f%%)", $0 * 100)
                } ?? ""))
        for failure in failures { print("  FAIL \(file): \(failure)") }
        if let bar = model.bar {
            #expect(rate >= bar, "\(file): \(rate) below \(bar)")
        }
    }

    static func describe(_ testCase: RecognizersCase, _ entries: [NumberEntry]) -> String {
        let expected = testCase.results.map { "\($0.text)=\($0.value ?? "nil")" }
        let got = entries.map { "\($0.text)=\(Numbers.format($0.value))[\($0.kind.rawValue)]" }
        return "\(testCase.input) | expected \(expected) | got \(got)"
    }
}
