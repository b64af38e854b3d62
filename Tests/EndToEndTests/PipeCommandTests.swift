import Foundation
import Testing

@Suite struct PipeCommandTests {
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
        #expect(
            lines[1]
                == #"{"error":"not JSON: expected an object {\"id\": \"...\", \"text\": \"...\"}","line":2}"#
        )
        #expect(
            lines[2]
                == #"{"error":"missing \"text\": expected an object {\"id\": \"...\", \"text\": \"...\"}","line":3}"#
        )
        #expect(lines[3].contains(#""source":{"file":"7","#))
        #expect(
            lines[4]
                == #"{"error":"binary data: a NUL character (U+0000) at byte offset 1 of the text","line":6,"id":"nul"}"#
        )
        let results = try jsonLinesFile(
            [lines[0], lines[3]].joined(separator: "\n") + "\n", in: folder, name: "pipe")
        #expect(try schemaProblems(ofFiles: [results]) == "")
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
