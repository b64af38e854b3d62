import PresswatchTesting
import Testing

@testable import PresswatchCore

/// The result is written as events (`JSONStream`, `JSONEventEncoder`) instead of a value
/// tree: these hold the stream to the tree writer's bytes on random values of every shape,
/// and the event encoder to the value encoder on the findings' kinds of types.
@Suite(.tags(.fast)) struct JSONStreamTests {
    /// A random value: containers nest up to `depth`, strings are short or long (around the
    /// line width, where the one-line rule decides), numbers whole and fractional.
    static func randomValue(_ random: inout SeededGenerator, depth: Int) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 0 ? 9 : 6), using: &random)
        switch choice {
        case 0: return .null
        case 1: return .bool(random.chance(0.5))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 3:
            return .double(
                random.chance(0.3)
                    ? Double(Int.random(in: -99...99, using: &random))
                    : Double.random(in: -1e6...1e6, using: &random))
        case 4, 5:
            let length = random.chance(0.2) ? Int.random(in: 40...120, using: &random) : 4
            let alphabet: [Character] = ["a", "版", "\"", "\n", " ", "\u{1}", "\\", "z"]
            return .string(String((0..<length).map { _ in random.pick(alphabet) }))
        case 6, 7:
            let count = Int.random(in: 0...(random.chance(0.2) ? 30 : 4), using: &random)
            return .array((0..<count).map { _ in randomValue(&random, depth: depth - 1) })
        default:
            let count = Int.random(in: 0...5, using: &random)
            return .object(
                (0..<count).map { index in
                    ("k\(index)", randomValue(&random, depth: depth - 1))
                })
        }
    }

    @Test func theStreamWritesWhatTheWriterWritesForEveryShape() {
        var random = SeededGenerator(seed: 18)
        for _ in 0..<3000 {
            let value = Self.randomValue(&random, depth: Int.random(in: 0...5, using: &random))
            for layout in [JSONWriter.Layout.pretty, .compact] {
                for width in [100, 20] {
                    let stream = JSONStream(layout: layout, lineWidth: width)
                    stream.value(value)
                    let expected = JSONWriter(layout: layout, lineWidth: width).bytes(value)
                    #expect(stream.finish() == expected)
                }
            }
        }
    }

    @Test func theValueBuilderRebuildsTheValueAndHandsOverElements() {
        var random = SeededGenerator(seed: 6)
        for _ in 0..<500 {
            let value = Self.randomValue(&random, depth: 4)
            let builder = JSONValueBuilder()
            builder.value(value)
            #expect(builder.value == value)
            var elements: [JSONValue] = []
            let collector = JSONValueBuilder { elements.append($0) }
            collector.value(value)
            if case .array(let items) = value {
                #expect(elements == items)
                #expect(collector.value == nil)
            } else {
                #expect(elements.isEmpty)
                #expect(collector.value == value)
            }
        }
    }

    struct Entry: Encodable {
        enum Kind: String, Encodable { case count, money }
        var text: String
        var start: Int
        var sentence: Int?
        var kind: Kind
        var value: Double
        var range: [Double]
        var unit: String?

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case text, start, sentence, kind, value, range, unit }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encodeIfPresent(sentence, forKey: .sentence)
            try container.encode(kind, forKey: .kind)
            try container.encode(value, forKey: .value)
            var range = container.nestedUnkeyedContainer(forKey: .range)
            for bound in self.range { try range.encode(bound) }
            try container.encode(unit, forKey: .unit)
        }
    }

    struct Finding: Encodable {
        var entries: [Entry]
        var summary: String?
        var empty: Empty = Empty()
        struct Empty: Encodable { func encode(to encoder: any Encoder) throws {} }
    }

    @Test func theEventEncoderEncodesAsTheValueEncoder() throws {
        var random = SeededGenerator(seed: 13)
        for _ in 0..<300 {
            let entries = (0..<Int.random(in: 0...12, using: &random)).map { index in
                Entry(
                    text: random.chance(0.5) ? "三成\"" : "about 30", start: index,
                    sentence: random.chance(0.5) ? index : nil,
                    kind: random.chance(0.5) ? .count : .money,
                    value: Double.random(in: 0...1e9, using: &random),
                    range: random.chance(0.5) ? [1, 2.5] : [],
                    unit: random.chance(0.5) ? "yuan" : nil)
            }
            let finding = Finding(entries: entries, summary: random.chance(0.5) ? "要点" : nil)
            let expected = try JSONValueEncoder().encode(finding)
            let builder = JSONValueBuilder()
            try JSONEventEncoder().encode(finding, into: builder)
            #expect(builder.value == expected)
            let bare = JSONValueBuilder()
            try JSONEventEncoder().encode(entries, into: bare)
            #expect(bare.value == (try JSONValueEncoder().encode(entries)))
        }
    }

    @Test func theEventEncoderRefusesNumbersJSONCannotHoldInTheSameWords() {
        struct Score: Encodable { var scores: [Double] }
        let value = Score(scores: [1, .infinity])
        var expected = ""
        do { _ = try JSONValueEncoder().encode(value) } catch { expected = "\(error)" }
        var found = ""
        do {
            try JSONEventEncoder().encode(value, into: JSONValueBuilder())
        } catch { found = "\(error)" }
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }

    @Test func aContainerUsedAfterItsParentWentOnIsRefused() {
        struct OutOfOrder: Encodable {
            func encode(to encoder: any Encoder) throws {
                enum Keys: String, CodingKey { case a, b }
                var container = encoder.container(keyedBy: Keys.self)
                var first = container.nestedUnkeyedContainer(forKey: .a)
                try container.encode(1, forKey: .b)
                try first.encode(2)
            }
        }
        #expect(throws: EncodingError.self) {
            try JSONEventEncoder().encode(OutOfOrder(), into: JSONValueBuilder())
        }
    }
}
