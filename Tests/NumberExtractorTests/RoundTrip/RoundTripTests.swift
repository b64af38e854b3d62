import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import NumberExtractor

/// Random numerals rendered in every style, embedded in a sentence, read back: the value
/// must be the one rendered. 20,000 cases a language in the suite;
/// `NUMBERS_ROUNDTRIP_N=1000000` (`make numbers-roundtrip N=1000000`) runs more.
@Suite(.tags(.quality)) struct RoundTripTests {
    static var count: Int {
        ProcessInfo.processInfo.environment["NUMBERS_ROUNDTRIP_N"].flatMap { Int($0) } ?? 20_000
    }

    static let seed: UInt64 = 0x5052_4553_5357_4154

    static func run(_ language: String, next: () -> RoundTripCase) -> Int {
        let extractor = try! NumberExtractor(context: Extraction.context)
        var mismatches: [String] = []
        var mismatchCount = 0
        var styles: [String: Int] = [:]
        for _ in 0..<count {
            let testCase = next()
            styles[testCase.style, default: 0] += 1
            let entries = extractor.extract(from: Extraction.article([testCase.sentence]))
            if let why = testCase.mismatch(entries) {
                mismatchCount += 1
                if mismatches.count < 40 { mismatches.append("\(testCase) -> \(why)") }
            }
        }
        let kinds = styles.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        print(
            "Round trip \(language): \(count) numerals, \(mismatchCount) mismatches "
                + "(\(kinds.joined(separator: ", ")))")
        for mismatch in mismatches { print("  MISMATCH \(language): \(mismatch)") }
        return mismatchCount
    }

    @Test func chineseNumeralsReadBackTheirValue() {
        var cases = ChineseCases(seed: Self.seed)
        #expect(Self.run("Chinese") { cases.next() } == 0)
    }

    @Test func englishNumeralsReadBackTheirValue() {
        var cases = EnglishCases(seed: Self.seed ^ 0xE)
        #expect(Self.run("English") { cases.next() } == 0)
    }

    /// The renderer itself, on numbers whose writing is fixed.
    @Test func rendererWritesTheStandardForms() {
        let plain = ChineseNumeralRenderer(script: ChineseNumeralRenderer.lower, bareTen: true)
        let expected: [(UInt64, String)] = [
            (1050, "一千零五十"), (10302, "一万零三百零二"), (11, "十一"), (100_000_005, "一亿零五"),
            (1_000_000_000_000, "一万亿"), (105_000, "十万五千"), (1_411_780_000, "十四亿一千一百七十八万"),
            (126_058_200_000_000, "一百二十六万零五百八十二亿"), (20, "二十"), (110, "一百一十"),
        ]
        for (number, text) in expected { #expect(plain.render(number) == text) }
        let liang = ChineseNumeralRenderer(
            script: ChineseNumeralRenderer.lower, liang: true, bareTen: false)
        #expect(liang.render(22_000) == "两万两千")
        #expect(liang.render(120_000) == "一十二万")
        #expect(liang.render(2_0000_0000) == "两亿")
        var english = EnglishCases(seed: 1)
        let words = english.render(245_312)
        #expect(
            words == "two hundred and forty-five thousand three hundred and twelve"
                || words == "two hundred forty-five thousand three hundred twelve")
    }
}
