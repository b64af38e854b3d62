import Foundation
import PresswatchTesting

@testable import NumberExtractor

/// One case of Microsoft Recognizers-Text's Chinese test specification (format:
/// `Tests/Data/numbers/README.md`).
struct RecognizersCase: Decodable {
    struct Expected: Decodable {
        var text: String
        var typeName: String
        var resolution: [String: String?]?
        var start: Int
        var end: Int

        enum CodingKeys: String, CodingKey {
            case text = "Text"
            case typeName = "TypeName"
            case resolution = "Resolution"
            case start = "Start"
            case end = "End"
        }

        var value: String? { resolution?["value"] ?? nil }
        var currency: String? { resolution?["isoCurrency"] ?? nil }
        /// `End` is inclusive in the files.
        var span: Range<Int> { start..<(end + 1) }
    }

    var input: String
    var results: [Expected]

    enum CodingKeys: String, CodingKey {
        case input = "Input"
        case results = "Results"
    }

    static func load(_ relativePath: String) throws -> [RecognizersCase] {
        let url = TestData.directory.appendingPathComponent(
            "numbers/recognizers-public/" + relativePath)
        return try JSONDecoder().decode([RecognizersCase].self, from: Data(contentsOf: url))
    }
}

/// Scores cases the way the README says: every expected result with a value is matched by an
/// entry whose span covers it and whose value is equal (currency: and its code), and no entry
/// of the model's kinds lies where nothing is expected.
struct RecognizersScorer {
    /// The kinds a model reports; entries of other kinds are not its business (the number
    /// model does not report 一美元 as a number, the currency model ignores 1600万).
    var kinds: Set<QuantityKind>
    var compareIntervals = false

    func passes(_ testCase: RecognizersCase, _ entries: [NumberEntry]) -> Bool {
        for expected in testCase.results {
            guard let value = expected.value else { continue }
            let matched = entries.contains { entry in
                entry.start <= expected.span.lowerBound && entry.end >= expected.span.upperBound
                    && matches(entry, value: value, currency: expected.currency)
            }
            if !matched { return false }
        }
        for entry in entries where kinds.contains(entry.kind) {
            let overlapsExpected = testCase.results.contains { expected in
                entry.start < expected.span.upperBound && expected.span.lowerBound < entry.end
            }
            if !overlapsExpected { return false }
        }
        return true
    }

    private func matches(_ entry: NumberEntry, value: String, currency: String?) -> Bool {
        if let currency, entry.unit != currency { return false }
        if compareIntervals { return matchesInterval(entry, value) }
        guard let expected = Self.number(value), let got = entry.value.number else { return false }
        return Self.equal(expected, got)
    }

    /// `(20,35]`, `[30,)`: the ends compared, open or closed alike.
    private func matchesInterval(_ entry: NumberEntry, _ interval: String) -> Bool {
        let inner = interval.dropFirst().dropLast()
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map {
            Self.number(String($0))
        }
        guard parts.count == 2 else { return false }
        var low: Double?
        var high: Double?
        switch entry.value {
        case .range(let a, let b):
            low = a
            high = b
        case .number(let number):
            switch entry.approx {
            case .moreThan?, .atLeast?: low = number
            case .lessThan?, .atMost?: high = number
            default:
                low = number
                high = number
            }
        case .date:
            return false
        }
        return Self.same(low, parts[0]) && Self.same(high, parts[1])
    }

    private static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return equal(x, y)
        default: return false
        }
    }

    static func number(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text.removeLast() }
        return Double(text)
    }

    static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}
