import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct JSONWriterTests {
    static let sample: JSONValue = .object([
        ("name", .string("版面 \"A\"\n\t\u{1}")),
        ("count", .int(3)),
        ("score", .double(0.25)),
        ("whole", .double(2)),
        ("none", .null),
        ("spans", .array([.object([("start", .int(0)), ("end", .int(4))])])),
        ("empty", .array([])),
    ])

    @Test func compactIsOneLineInKeyOrderWithEscapes() {
        let text = JSONWriter(layout: .compact).string(Self.sample)
        #expect(
            text
                == #"{"name":"版面 \"A\"\n\t\u0001","count":3,"score":0.25,"whole":2,"none":null,"#
                + #""spans":[{"start":0,"end":4}],"empty":[]}"#)
    }

    @Test func prettyKeepsSmallFlatContainersOnOneLine() {
        let text = JSONWriter(layout: .pretty).string(Self.sample)
        #expect(
            text == """
                {
                  "name": "版面 \\"A\\"\\n\\t\\u0001",
                  "count": 3,
                  "score": 0.25,
                  "whole": 2,
                  "none": null,
                  "spans": [
                    {"start": 0, "end": 4}
                  ],
                  "empty": []
                }

                """)
    }

    @Test func theEncoderKeepsTheTypesKeyOrderAndLeavesOutNil() throws {
        struct Number: Encodable {
            var text: String
            var value: Double
            var unit: String?
            var range: [Int]
        }
        let value = try JSONValueEncoder().encode(
            Number(text: "三成", value: 0.3, unit: nil, range: [1, 2]))
        #expect(
            JSONWriter(layout: .compact).string(value)
                == #"{"text":"三成","value":0.3,"range":[1,2]}"#)
    }

    @Test func theEncoderRefusesNumbersJSONCannotHold() {
        struct Score: Encodable { var score: Double }
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(Score(score: .nan)) }
    }
}
