import PresswatchTesting
import Testing

@testable import YAMLTree

private enum Weighting: String, Codable, CaseIterable {
    case tfidf, frequency
    case textRank = "text_rank"
}

private struct Section: Codable {
    var settleMs = 500
    var recursive = false
}

private struct Shaped: Codable {
    var top = 10
    var minScore = 0.5
    var name = "x"
    var stopWords: String?
    var weighting = Weighting.tfidf
    var formats: [Weighting] = [.tfidf]
    var patterns = ["*.txt"]
    var section = Section()
    var table: [String: Int] = [:]
    var rest: YAMLNode?
}

@Suite(.tags(.fast)) struct ValueShapeTests {
    @Test func aTypesShapeIsWhatItsDecodingAsksFor() throws {
        let shape = try #require(ValueShape.of(Shaped.self))
        #expect(
            shape
                == .mapping([
                    ShapeField(key: "top", shape: .integer, isOptional: false),
                    ShapeField(key: "min_score", shape: .number, isOptional: false),
                    ShapeField(key: "name", shape: .string, isOptional: false),
                    ShapeField(key: "stop_words", shape: .string, isOptional: true),
                    ShapeField(
                        key: "weighting", shape: .oneOf(["tfidf", "frequency", "text_rank"]),
                        isOptional: false),
                    ShapeField(
                        key: "formats", shape: .list(.oneOf(["tfidf", "frequency", "text_rank"])),
                        isOptional: false),
                    ShapeField(key: "patterns", shape: .list(.string), isOptional: false),
                    ShapeField(
                        key: "section",
                        shape: .mapping([
                            ShapeField(key: "settle_ms", shape: .integer, isOptional: false),
                            ShapeField(key: "recursive", shape: .boolean, isOptional: false),
                        ]), isOptional: false),
                    ShapeField(key: "table", shape: .dictionary(.integer), isOptional: false),
                    ShapeField(key: "rest", shape: .node, isOptional: true),
                ]))
    }

    /// The shape and the decoder agree: every key of the shape is a key the decoder accepts,
    /// and every key the decoder reads is in the shape.
    @Test func theShapesKeysAreTheDecodersKeys() throws {
        guard case .mapping(let fields) = try #require(ValueShape.of(Shaped.self)) else {
            Issue.record("not a mapping")
            return
        }
        let keys = YAMLNodeDecoder().keys(
            of: Shaped.self, defaults: YAMLNodeDecoder.node(encoding: Shaped()))
        #expect(Set(fields.map(\.key)) == keys)
    }

    @Test func aTypeThatRefusesTheSamplesHasNoShape() {
        struct Picky: Decodable {
            init(from decoder: any Decoder) throws {
                let text = try decoder.singleValueContainer().decode(String.self)
                if text.isEmpty {
                    throw DecodingError.valueNotFound(
                        String.self, .init(codingPath: [], debugDescription: "empty"))
                }
            }
        }
        #expect(ValueShape.of(Picky.self) == nil)
    }
}

@Suite(.tags(.fast)) struct FlowTextTests {
    @Test func defaultsReadAsAUserWouldWriteThem() throws {
        let node = try #require(YAMLNodeDecoder.node(encoding: Shaped()))
        #expect(node["top"]?.flowText == "10")
        #expect(node["min_score"]?.flowText == "0.5")
        #expect(node["weighting"]?.flowText == "tfidf")
        #expect(node["formats"]?.flowText == "[tfidf]")
        #expect(node["patterns"]?.flowText == #"["*.txt"]"#)
        #expect(node["section"]?.flowText == "{recursive: false, settle_ms: 500}")
        #expect(node["stop_words"] == nil)
    }

    /// Round trip: a string written as `flowText` inside a flow list is read back as the same
    /// string, whether it went plain or had to be quoted.
    @Test(arguments: [
        "auto", "*.txt", "true", "no", "10", "0x1F", "1e3", ".inf", "~", "null", "", " lead",
        "a: b", "a #b", "-x", "a,b", "[x]", "say \"hi\"", "back\\slash", "中文", "key:", "x-y",
        "tab\there", "line\nbreak", "@home", "`code`", "%x", "?q", "|", ">",
    ])
    func aStringReadsBackAsItself(text: String) throws {
        let written = YAMLNode.scalar(text, quoted: true, mark: Mark(line: 1, column: 1)).flowText
        let parsed = try YAMLParser.parse("[" + written + "]")
        guard case .sequence(let items, _) = parsed, items.count == 1 else {
            Issue.record("\(written) did not read back as one item")
            return
        }
        let decoded = try YAMLNodeDecoder().decode([String].self, from: parsed)
        #expect(decoded == [text], "\(written)")
        #expect(items[0].numberValue == nil, "\(written) reads as a number")
    }

    @Test func numbersReadAsYAMLTypesThem() {
        func number(_ text: String, quoted: Bool = false) -> Double? {
            YAMLNode.scalar(text, quoted: quoted, mark: Mark(line: 1, column: 1)).numberValue
        }
        #expect(number("12") == 12)
        #expect(number("-0.5") == -0.5)
        #expect(number("0x10") == 16)
        #expect(number("12", quoted: true) == nil)
        #expect(number("twelve") == nil)
        #expect(number(".nan")?.isNaN == true)
    }
}
