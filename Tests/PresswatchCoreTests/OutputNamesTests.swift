import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct OutputNamesTests {
    @Test func resultsGoBesideTheInputUnderItsStem() throws {
        let names = try OutputNames(input: "inbox/page.001.txt")
        #expect(names.json == "inbox/page.001.json")
        #expect(names.markdown == "inbox/page.001.md")
        #expect(names.error == "inbox/page.001.error.json")
    }

    @Test func dotsInFoldersAndLeadingDotsStartNoExtension() throws {
        #expect(try OutputNames(input: "a.d/page").json == "a.d/page.json")
        #expect(try OutputNames(input: "in/.notes").json == "in/.notes.json")
        #expect(try OutputNames(input: "中文版面.txt").markdown == "中文版面.md")
    }

    @Test func anInputNamedLikeItsOwnOutputIsRefused() {
        for input in ["in/x.json", "in/x.md", "in/x.error.json"] {
            #expect(throws: InputError.self) { try OutputNames(input: input) }
        }
        do {
            _ = try OutputNames(input: "in/x.md")
        } catch {
            #expect(error.reason == .outputWouldOverwriteInput)
            #expect(
                error.description.hasPrefix(
                    "in/x.md: refused: its results would be written to x.md"))
            #expect(!error.deservesErrorRecord)
        }
    }
}
