import Foundation
import PresswatchTesting
import Testing

@Suite(.tags(.daemon)) struct PipeCommandTests {
    @Test func aGoodAndABadLineEachGetTheirAnswerInOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.yaml", "processors: []\n")
        let input = """
            {"id": "a-1", "text": "市长视察\\r\\n征兵工作。"}
            this is not json
            {"id": "a-2"}

            {"id": 7, "text": "Council approves budget."}
            {"id": "nul", "text": "a\\u0000b"}

            """
        let result = try runPresswatch(["pipe"], stdin: input, cwd: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        let source = first["source"] as! [String: Any]
        #expect(source["file"] as? String == "a-1")
        #expect(source["encoding"] as? String == "utf-8")
        #expect(source["bytes"] as? Int == "市长视察\r\n征兵工作。".utf8.count)
        #expect(source["lines"] as? Int == 2)
        let article = (first["articles"] as! [[String: Any]])[0]
        #expect(article["text"] as? String == "市长视察\n征兵工作。")
        let expected =
            #"expected an object {\"id\": \"...\", \"text\": \"...\"} or {\"id\": \"...\", \"base64\": \"...\"}"#
        #expect(lines[1] == #"{"error":"not JSON: \#(expected)","line":2}"#)
        #expect(
            lines[2]
                == #"{"error":"missing \"text\" or \"base64\": \#(expected)","line":3,"id":"a-2"}"#)
        #expect(lines[3].contains(#""source":{"file":"7","#))
        let refused = try JSONSerialization.jsonObject(with: Data(lines[4].utf8)) as! [String: Any]
        #expect(refused["schema"] as? String == "presswatch.error/1")
        #expect(refused["file"] as? String == "nul")
        #expect(refused["reason"] as? String == "binary")
        #expect(
            refused["error"] as? String
                == "binary data: a NUL character (U+0000) at byte offset 1 of the text")
        #expect(refused["byte_offset"] as? Int == 1)
        #expect(refused["line"] as? Int == 6)
        #expect(refused["id"] as? String == "nul")
        let results = try jsonLinesFile(
            [lines[0], lines[3]].joined(separator: "\n") + "\n", in: folder, name: "pipe")
        #expect(try schemaProblems(ofFiles: [results]) == "")
    }

    /// A page sent as base64 gets what `process --stdout` gives for a file with the same bytes
    /// and name, `elapsed_ms` aside; a refused one gets the error record `process` writes.
    @Test func bytesInBase64GetWhatTheSameFileGets() throws {
        let folder = try TemporaryFolder()
        let config = TestData.repository.appendingPathComponent("pipeline.yaml").path
        let seed = try String(
            contentsOf: TestData.repository.appendingPathComponent(
                "seeds/000_21d0c9da4e890f31.txt"),
            encoding: .utf8)
        var utf16 = Data([0xFF, 0xFE])
        for unit in seed.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let pages: [(name: String, bytes: Data)] = [
            ("page.txt", Data(seed.utf8)),
            ("gb.txt", try #require(seed.data(using: String.Encoding(rawValue: 0x8000_0632)))),
            ("utf16.txt", utf16),
            ("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Council approves budget\r\n".utf8)),
            ("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])),
            ("odd.txt", Data([0x41, 0x42, 0x81, 0x20, 0x43])),
        ]
        for page in pages { try page.bytes.write(to: folder.url.appendingPathComponent(page.name)) }
        var input = pages.map {
            #"{"id": "\#($0.name)", "base64": "\#($0.bytes.base64EncodedString())"}"#
        }
        input.append(#"{"id": "broken", "base64": "QUJD*A=="}"#)
        let piped = try runPresswatch(
            ["pipe", "--config", config], stdin: input.joined(separator: "\n") + "\n",
            cwd: folder.url)
        #expect(piped.status == 0, "\(piped.stderr)")
        let lines = piped.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == pages.count + 1)

        let good = pages.prefix(4).map(\.name)
        let printed = try runPresswatch(
            ["process", "--config", config, "--stdout"] + good, cwd: folder.url)
        #expect(printed.status == 0, "\(printed.stderr)")
        let expected = printed.stdout.split(separator: "\n").map(String.init)
        try #require(expected.count == good.count)
        for index in good.indices {
            let fromPipe = try withoutTimes(lines[index]) as NSDictionary
            let fromFile = try withoutTimes(expected[index]) as NSDictionary
            #expect(fromPipe == fromFile, "\(good[index])")
        }

        let bad = pages.suffix(2).map(\.name)
        let written = try runPresswatch(["process", "--config", config] + bad, cwd: folder.url)
        #expect(written.status == 1)
        for (offset, name) in bad.enumerated() {
            let stem = (name as NSString).deletingPathExtension
            let record = try String(
                contentsOf: folder.url.appendingPathComponent(stem + ".error.json"), encoding: .utf8
            )
            var fromPipe = try withoutTimes(lines[4 + offset])
            #expect(fromPipe.removeValue(forKey: "line") as? Int == 5 + offset)
            #expect(fromPipe.removeValue(forKey: "id") as? String == name)
            #expect(
                fromPipe as NSDictionary == (try withoutTimes(record)) as NSDictionary, "\(name)")
        }
        #expect(
            lines[6]
                == #"{"error":"\"base64\" is not base64: U+002A (not in A-Z a-z 0-9 + /) at offset 4","line":7,"id":"broken"}"#
        )
    }

    @Test func aBrokenConfigurationExitsWithOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.yaml", "processors: [nope]\n")
        let result = try runPresswatch(
            ["pipe"], stdin: "{\"id\":\"a\",\"text\":\"b\"}\n", cwd: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("pipeline.yaml:1:14: unknown processor 'nope'"))
    }
}

/// A result or error record as an object, without what differs from run to run.
private func withoutTimes(_ line: String) throws -> [String: Any] {
    var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    object.removeValue(forKey: "elapsed_ms")
    object.removeValue(forKey: "time")
    return object
}
