import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct FileJobTests {
    static func job(_ yaml: String) throws -> FileJob {
        FileJob(configuration: try load(yaml))
    }

    @Test func resultsAreWrittenBesideTheInputAndAStaleErrorRecordGoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Array("正文。\n".utf8), to: "page.txt")
        _ = try folder.write(Array("{}".utf8), to: "page.error.json")
        let job = try Self.job("processors: [splitter]\n")
        guard case .written(let processed, let names) = job.run(input) else {
            Issue.record("the page failed")
            return
        }
        #expect(processed.document.warnings == ["split"])
        #expect(names.json == folder.file("page.json"))
        #expect(try folder.contents() == ["page.json", "page.md", "page.txt"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == Data("正文。\n".utf8))
        let json = try String(contentsOfFile: names.json, encoding: .utf8)
        #expect(json.contains(#""processors": ["splitter"]"#))
        #expect(json.contains(#""warnings": ["split"]"#))
    }

    @Test func onlyTheConfiguredFormatsAreWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Array("a".utf8), to: "p.txt")
        _ = try Self.job("output: {formats: [markdown]}\n").run(input)
        #expect(try folder.contents() == ["p.md", "p.txt"])
    }

    @Test func aFailureWritesAnErrorRecordAndKeepsEarlierResults() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Array("第一版".utf8), to: "page.txt")
        guard case .written = try Self.job("processors: []\n").run(input) else {
            Issue.record("the good page failed")
            return
        }
        let goodJSON = try Data(contentsOf: URL(fileURLWithPath: folder.file("page.json")))
        let broken = try Self.job("processors:\n  - broken: {fail_on_build: false}\n")
        guard case .failed(let record, let written, nil) = broken.run(input) else {
            Issue.record("the broken processor did not fail")
            return
        }
        #expect(written)
        #expect(record.processor == "broken")
        #expect(record.reason == "processor")
        #expect(record.message == "broken: gave up on this page")
        #expect(try folder.contents() == ["page.error.json", "page.json", "page.md", "page.txt"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("page.json"))) == goodJSON)
        let errorJSON = try String(contentsOfFile: folder.file("page.error.json"), encoding: .utf8)
        #expect(errorJSON.contains(#""processor": "broken""#))
        #expect(errorJSON.contains(#""fingerprint": "\#(broken.writer.fingerprint)""#))
    }

    @Test func aMissingInputOrAFolderGetsNoErrorRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let job = try Self.job("")
        guard case .failed(let record, false, nil) = job.run(folder.file("gone.txt")) else {
            Issue.record("a missing input did not fail cleanly")
            return
        }
        #expect(record.reason == "not_found")
        try FileManager.default.createDirectory(
            atPath: folder.file("sub"), withIntermediateDirectories: false)
        guard case .failed(_, false, nil) = job.run(folder.file("sub")) else {
            Issue.record("a folder did not fail cleanly")
            return
        }
        #expect(try folder.contents() == ["sub"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("sub")).isEmpty)
    }

    @Test func theStateTellsCurrentFailedAndStaleResultsApart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Array("版面".utf8), to: "page.txt")
        let names = try OutputNames(input: input)
        let job = try Self.job("processors: [splitter]\n")
        let sha = try job.runner.reader.readRaw(input).sha256
        #expect(job.writer.state(of: names, inputSHA256: sha) == .needsProcessing)
        _ = job.run(input)
        #expect(job.writer.state(of: names, inputSHA256: sha) == .upToDate)
        #expect(job.writer.state(of: names, inputSHA256: SHA256.hex("other")) == .needsProcessing)
        let otherPipeline = try Self.job("processors: []\n")
        #expect(otherPipeline.writer.state(of: names, inputSHA256: sha) == .needsProcessing)

        let broken = try Self.job("processors:\n  - broken: {fail_on_build: false}\n")
        _ = broken.run(input)
        #expect(broken.writer.state(of: names, inputSHA256: sha) == .failedBefore)
        // Good results, but beside them the error record of another pipeline: redo, which
        // clears the record.
        #expect(job.writer.state(of: names, inputSHA256: sha) == .needsProcessing)
        _ = job.run(input)
        #expect(job.writer.state(of: names, inputSHA256: sha) == .upToDate)
    }
}
