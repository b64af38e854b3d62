import CompiledProcessors
import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import presswatch

/// The README's tables of options, `presswatch processors` and `presswatch check` all come
/// from the options types: these tests hold the README to them and run the binary.
@Suite(.tags(.fast)) struct OptionDocumentationTests {
    /// Every table the README must carry, by its marker name, made from the types.
    static var expectedTables: [(name: String, table: String)] {
        [("pipeline.yaml", OptionTable.markdown(Configuration.documentedOptions, keyHeader: "key"))]
            + CompiledProcessors.all.map { ($0.name, OptionTable.markdown($0.options)) }
    }

    /// What differs between the README's tables and the types; empty when they agree.
    static func differences(inReadme readme: String) -> [String] {
        expectedTables.compactMap { name, expected in
            guard let found = OptionTable.table(after: name, in: readme) else {
                return "README.md has no \(OptionTable.marker(for: name)) table; it should be:\n"
                    + expected
            }
            guard found != expected else { return nil }
            return "README.md's table of \(name) differs from the type; it should be "
                + "(`presswatch processors --markdown` prints it):\n" + expected
        }
    }

    @Test func theReadmeTablesAreTheTypes() throws {
        let readme = try String(
            contentsOf: TestData.repositoryFile("README.md"), encoding: .utf8)
        let differences = Self.differences(inReadme: readme)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// The check can fail: a README whose default disagrees with the type's is caught, and so
    /// is one whose allowed values or type do.
    @Test func aDefaultTheTypeDoesNotHaveIsCaught() throws {
        let readme = try String(
            contentsOf: TestData.repositoryFile("README.md"), encoding: .utf8)
        let edits = [
            ("| `top` | integer | `10` |", "| `top` | integer | `12` |"),
            ("`auto`, `tfidf`, `textrank`", "`auto`, `tfidf`"),
            ("| `sentences` | integer |", "| `sentences` | number |"),
            ("| `watch.settle_ms` | integer | `500` |", "| `watch.settle_ms` | integer | `400` |"),
        ]
        for (old, new) in edits {
            #expect(readme.contains(old), "the README has no \(old)")
            let edited = readme.replacingOccurrences(of: old, with: new)
            #expect(Self.differences(inReadme: edited).count == 1, "\(new) was not caught")
        }
    }

    @Test func processorsListsTypesAllowedValuesAndDefaults() throws {
        let result = try runPresswatch(["processors"])
        #expect(result.status == 0)
        // Each line with its padding squeezed to one space.
        let lines = result.stdout.split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(lines.contains { $0.hasPrefix("top integer (1 to 100), default 10: ") })
        #expect(
            lines.contains {
                $0.hasPrefix("method string (auto, tfidf, textrank), default auto: ")
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "kinds list of strings (count, money, percent, measure, duration, date,"
                        + " ordinal, range, number), default [count, money, percent,")
            })
        #expect(lines.contains { $0.hasPrefix("max_chars integer (1 or more), default none: ") })
        let markdown = try runPresswatch(["processors", "--markdown"])
        #expect(
            markdown.stdout
                == ProcessorsCommand.markdownTables(
                    CompiledProcessors.all.sorted { $0.name < $1.name }))
        #expect(markdown.stdout.contains(OptionTable.marker(for: "pipeline.yaml")))
    }

    @Test func checkEnforcesTypesAllowedValuesAndBoundsWithTheirPlace() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "pipeline.yaml",
            """
            watch:
              settle_ms: -5
            processors:
              - segmenter:
                  tokens: yes
              - number_extractor:
                  kinds: [money, monee]
                  markdown_rows: -1
              - summarizer:
                  sentences: 0
                  style: headlines
              - keyword_tagger:
                  top: 101
                  min_score: -1
            """)
        let result = try runPresswatch(["check"], cwd: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                pipeline.yaml:2:14: watch.settle_ms: must be 0 or more, found -5
                pipeline.yaml:5:15: segmenter.tokens: expected true or false, found 'yes'
                pipeline.yaml:7:22: number_extractor.kinds[1]: expected one of count, money, percent, measure, duration, date, ordinal, range, number, found 'monee'; did you mean 'money'?
                pipeline.yaml:8:22: number_extractor.markdown_rows: must be 0 or more, found -1
                pipeline.yaml:10:18: summarizer.sentences: must be 1 or more, found 0
                pipeline.yaml:11:14: summarizer.style: expected one of sentences, headline, found 'headlines'; did you mean 'headline'?
                pipeline.yaml:13:12: keyword_tagger.top: must be 1 to 100, found 101
                pipeline.yaml:14:18: keyword_tagger.min_score: must be 0 or more, found -1

                """)
    }
}
