import Foundation
import PresswatchTesting
import Testing

/// A folder holding a copy of the seed page and a configuration without processors.
private func folderWithSeedPage() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("pipeline.yaml", "processors: []\nworkers: 2\n")
    let seed = TestData.repository.appendingPathComponent("seeds/000_21d0c9da4e890f31.txt")
    try FileManager.default.copyItem(at: seed, to: folder.url.appendingPathComponent("page.txt"))
    return folder
}

private func contents(of folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
}

private func read(_ folder: TemporaryFolder, _ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.url.appendingPathComponent(name)), as: UTF8.self)
}

@Suite(.tags(.daemon)) struct ProcessCommandTests {
    @Test func writesJSONAndMarkdownBesideEachInput() throws {
        let folder = try folderWithSeedPage()
        try folder.write("in/second.txt", "第二版\r\n正文。\r\n")
        let before = try read(folder, "page.txt")
        let result = try runPresswatch(["process", "page.txt", "in/second.txt"], cwd: folder.url)
        #expect(result == RunResult(status: 0, stdout: "", stderr: ""))
        #expect(
            try contents(of: folder) == ["in", "page.json", "page.md", "page.txt", "pipeline.yaml"])
        #expect(
            try FileManager.default.contentsOfDirectory(
                atPath: folder.url.appendingPathComponent("in").path
            ).sorted() == ["second.json", "second.md", "second.txt"])
        #expect(try read(folder, "page.txt") == before)
        let json = try read(folder, "in/second.json")
        #expect(json.contains(#""file": "in/second.txt""#))
        #expect(json.contains(#""paragraphs": ["第二版\n正文。"]"#))
        #expect(try read(folder, "in/second.md").hasPrefix("# in/second.txt\n"))
    }

    @Test func theJSONOfARealRunFollowsTheSchema() throws {
        // The repository's own pipeline.yaml: every processor compiled in and configured
        // there is part of this check.
        let folder = try folderWithSeedPage()
        try folder.write(
            "english.txt", "Council approves budget\n\nThe city council approved 3 plans.\n")
        let config = TestData.repository.appendingPathComponent("pipeline.yaml").path
        let run = try runPresswatch(
            ["process", "--config", config, "page.txt", "english.txt"], cwd: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let stdoutRun = try runPresswatch(
            ["process", "--config", config, "--stdout", "page.txt"], cwd: folder.url)
        let lines = try jsonLinesFile(stdoutRun.stdout, in: folder, name: "stdout")
        let problems = try schemaProblems(ofFiles: [
            folder.url.appendingPathComponent("page.json"),
            folder.url.appendingPathComponent("english.json"), lines,
        ])
        #expect(problems == "")
    }

    @Test func stdoutPrintsOneCompactObjectPerInputInOrderAndWritesNothing() throws {
        let folder = try folderWithSeedPage()
        var names: [String] = []
        for index in 0..<6 {
            try folder.write("p\(index).txt", String(repeating: "段落\(index)。", count: index + 1))
            names.append("p\(index).txt")
        }
        let before = try contents(of: folder)
        let result = try runPresswatch(["process", "--stdout"] + names, cwd: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7 && lines.last == "")
        for (line, name) in zip(lines, names) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let source = object?["source"] as? [String: Any]
            #expect(source?["file"] as? String == name)
        }
        #expect(try contents(of: folder) == before)
    }

    @Test func otherEncodingsGiveTheSameArticlesAsUTF8() throws {
        let folder = try folderWithSeedPage()
        let page = try read(folder, "page.txt")
        let gb18030 = try #require(page.data(using: String.Encoding(rawValue: 0x8000_0632)))
        try gb18030.write(to: folder.url.appendingPathComponent("gb.txt"))
        var utf16 = Data([0xFF, 0xFE])
        for unit in page.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        try utf16.write(to: folder.url.appendingPathComponent("utf16.txt"))
        try (Data([0xEF, 0xBB, 0xBF]) + Data(page.utf8)).write(
            to: folder.url.appendingPathComponent("bom.txt"))
        let result = try runPresswatch(
            ["process", "--stdout", "page.txt", "gb.txt", "utf16.txt", "bom.txt"], cwd: folder.url)
        #expect(result.status == 0)
        let objects = try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let encodings = objects.map { ($0["source"] as! [String: Any])["encoding"] as! String }
        #expect(encodings == ["utf-8", "gb18030", "utf-16le", "utf-8"])
        let articles = objects.map { $0["articles"] as! NSArray }
        #expect(articles.allSatisfy { $0 == articles[0] })
    }

    @Test func binaryAndOversizedInputsAreRefusedWithExitOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.yaml", "processors: []\nmax_input_bytes: 100\n")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(
            to: folder.url.appendingPathComponent("image.txt"))
        try folder.write("big.txt", String(repeating: "长", count: 40))  // 120 bytes
        try folder.write("good.txt", "好")
        let result = try runPresswatch(
            ["process", "image.txt", "big.txt", "good.txt"], cwd: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                image.txt: binary file: a NUL byte at byte offset 8 (not text, or UTF-16 without a byte order mark)
                big.txt: too large: 120 bytes, over max_input_bytes (100 bytes); raise max_input_bytes in pipeline.yaml to accept it

                """)
        #expect(
            try contents(of: folder) == [
                "big.error.json", "big.txt", "good.json", "good.md", "good.txt", "image.error.json",
                "image.txt", "pipeline.yaml",
            ])
        let record =
            try JSONSerialization.jsonObject(
                with: Data(try read(folder, "image.error.json").utf8)) as! [String: Any]
        #expect(record["reason"] as? String == "binary")
        #expect(record["byte_offset"] as? Int == 8)
        #expect(record["file"] as? String == "image.txt")
        #expect((record["time"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func aBrokenConfigurationExitsWithOneAndProcessesNothing() throws {
        let folder = try folderWithSeedPage()
        try folder.write("bad.yaml", "workers: lots\nprocessors: []\n")
        let result = try runPresswatch(
            ["process", "--config", "bad.yaml", "page.txt"], cwd: folder.url)
        #expect(
            result
                == RunResult(
                    status: 1, stdout: "",
                    stderr: "bad.yaml:1:10: workers: expected an integer, found 'lots'\n"))
        #expect(try contents(of: folder) == ["bad.yaml", "page.txt", "pipeline.yaml"])
    }

    @Test func inputsWhoseResultsWouldClashAreRefused() throws {
        let folder = try folderWithSeedPage()
        try folder.write("notes.json", "{}")
        try folder.write("page.text", "另一版")
        let result = try runPresswatch(
            ["process", "page.txt", "page.txt", "page.text", "notes.json", "gone.txt"],
            cwd: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                page.text: refused: its results would overwrite those of page.txt (both write page.json)
                notes.json: refused: its results would be written to notes.json, the input itself; rename the input (for example to .txt)
                gone.txt: no such file (it may have been removed)

                """)
        #expect(
            try contents(of: folder) == [
                "notes.json", "page.json", "page.md", "page.text", "page.txt", "pipeline.yaml",
            ])
    }

    @Test func noFilesIsWrongUsage() throws {
        let folder = try folderWithSeedPage()
        #expect(try runPresswatch(["process"], cwd: folder.url).status == 2)
    }
}
