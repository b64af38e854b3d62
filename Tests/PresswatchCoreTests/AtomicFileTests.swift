import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct AtomicFileTests {
    @Test func writesReplacesAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("page.json")
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second, longer".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        #expect(try folder.contents() == ["page.json"])
    }

    @Test func aFailedWriteLeavesThePreviousFileAndNoTemporary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("page.json")
        try AtomicFile.write(Array("good".utf8), to: path)
        // A folder in place of the file: the rename fails after the temporary was written.
        let blocked = folder.file("blocked.json")
        try FileManager.default.createDirectory(
            atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try AtomicFile.write(Array("new".utf8), to: blocked) }
        #expect(try folder.contents() == ["blocked.json", "page.json"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "good")
    }

    @Test func aMissingFolderIsAClearError() {
        do {
            try AtomicFile.write([1], to: "/nonexistent-presswatch/x.json")
            Issue.record("wrote into a missing folder")
        } catch {
            #expect(error.path == "/nonexistent-presswatch/x.json")
            #expect(error.message.hasPrefix("cannot create a temporary file: No such file"))
        }
    }

    @Test func theTemporaryNameIsHiddenInTheSameFolder() {
        let name = AtomicFile.temporaryName(for: "in/page.json")
        #expect(name.hasPrefix("in/.page.json.tmp-"))
        #expect(AtomicFile.temporaryName(for: "page.json").hasPrefix(".page.json.tmp-"))
    }

    @Test func removingAMissingFileIsNoError() throws {
        try AtomicFile.remove("/nonexistent-presswatch/x.error.json")
    }
}
