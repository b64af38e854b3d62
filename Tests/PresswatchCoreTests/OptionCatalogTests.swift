import PresswatchTesting
import Testing

@testable import PresswatchCore

/// A processor whose options cover every kind of option the catalog describes.
private struct Catalogued: Processor {
    struct Options: ProcessorOptions {
        enum Method: String, Codable, CaseIterable { case auto, lead }
        var top = 10
        var minScore = 0.25
        var method = Method.auto
        var kinds: [Method] = [.auto, .lead]
        var wordList: String?
        var label = "*.txt"
        init() {}
        static let fields = [
            OptionField("top", bounds: .within(1...100), help: "how many"),
            OptionField("min_score", bounds: .atLeast(0), help: "the floor"),
            OptionField("method", help: "how"),
            OptionField("kinds", help: "which"),
            OptionField("word_list", isPath: true, help: "a file"),
            OptionField("label", help: "a name"),
        ]
    }
    static let name = "catalogued"
    static let summary = "does nothing"
    static let needs: Set<Capability> = []
    static let gives: Set<Capability> = []
    init(options: Options, context: ProcessorContext) {}
    func process(_ document: inout Document) {}
}

/// Fields that disagree with their type in every way the catalog reports.
private struct Mismatched: Codable {
    var top = 500
    var name = "x"
    var count = 3
    var rest: String?
}

@Suite(.tags(.fast)) struct OptionCatalogTests {
    @Test func typeDefaultAndAllowedValuesComeFromTheType() {
        let options = ProcessorDescriptor(Catalogued.self).options
        #expect(
            options.map(\.name) == ["top", "min_score", "method", "kinds", "word_list", "label"])
        #expect(
            options.map(\.type) == [
                "integer", "number", "string", "list of strings", "path", "string",
            ])
        #expect(
            options.map(\.defaultValue) == [
                "10", "0.25", "auto", "[auto, lead]", "none", #""*.txt""#,
            ])
        #expect(
            options.map(\.allowed) == ["1 to 100", "0 or more", "auto, lead", "auto, lead", "", ""])
        #expect(ProcessorDescriptor(Catalogued.self).fieldProblems.isEmpty)
    }

    /// Change a default in the type and the description follows: nothing to keep in step.
    @Test func theDescriptionFollowsTheDefaultInstance() {
        var changed = Catalogued.Options()
        changed.top = 7
        changed.method = .lead
        let catalog = OptionCatalog(
            Catalogued.Options.self, defaults: changed, fields: Catalogued.Options.fields,
            owner: "catalogued")
        #expect(catalog.options.first { $0.name == "top" }?.defaultValue == "7")
        #expect(catalog.options.first { $0.name == "method" }?.defaultValue == "lead")
    }

    @Test func fieldsThatDoNotFitTheirTypeAreProblems() {
        let catalog = OptionCatalog(
            Mismatched.self, defaults: Mismatched(),
            fields: [
                OptionField("top", bounds: .within(1...100), help: "h"),
                OptionField("name", bounds: .atLeast(0), help: "h"),
                OptionField("count", isPath: true, holds: "things", help: "h"),
                OptionField("gone", help: "h"),
            ], owner: "m")
        #expect(
            catalog.problems == [
                "m: option 'rest' is missing from fields",
                "m: field 'gone' is not an option of m",
                "m: the default of 'top', 500, is not 1 to 100",
                "m: field 'name' has bounds, but it is not a number",
                "m: field 'count' is a path, but it is not a string",
                "m: field 'count' says what it holds, but it is not free-form",
            ])
    }

    @Test func theSettingsAreDescribedFromTheirTypes() {
        #expect(Configuration.optionProblems == [])
        let options = Dictionary(
            uniqueKeysWithValues: Configuration.documentedOptions.map { ($0.name, $0) })
        #expect(options["watch.settle_ms"]?.defaultValue == "500")
        #expect(options["watch.settle_ms"]?.allowed == "0 or more")
        #expect(options["watch.patterns"]?.defaultValue == #"["*.txt"]"#)
        #expect(options["output.formats"]?.type == "list of strings")
        #expect(options["output.formats"]?.allowedValues == ["json", "markdown", "html"])
        #expect(options["workers"]?.defaultValue == "number of cores")
        #expect(options["max_input_bytes"]?.defaultValue == "16777216")
        #expect(options["processors"]?.type == "list of processors")
        #expect(options["processors"]?.defaultValue == "none")
    }

    @Test func checkEnforcesTheBoundsAtTheValue() {
        func problems(_ options: String) -> [String] {
            do {
                _ = try ConfigurationLoader.load(
                    text: "processors:\n  - catalogued:\n" + options, path: "p.yaml",
                    directory: "/tmp", processors: [ProcessorDescriptor(Catalogued.self)])
                return []
            } catch {
                return error.lines
            }
        }
        #expect(
            problems("      top: 0\n      min_score: -0.5\n")
                == [
                    "p.yaml:3:12: catalogued.top: must be 1 to 100, found 0",
                    "p.yaml:4:18: catalogued.min_score: must be 0 or more, found -0.5",
                ])
        #expect(
            problems("      top: 101\n") == [
                "p.yaml:3:12: catalogued.top: must be 1 to 100, found 101"
            ])
        #expect(
            problems("      min_score: .nan\n") == [
                "p.yaml:3:18: catalogued.min_score: must be 0 or more, found .nan"
            ])
        #expect(problems("      top: 1\n      min_score: 0\n") == [])
        // A value of the wrong type is the decoder's to report, once.
        #expect(
            problems("      top: 2.5\n") == [
                "p.yaml:3:12: catalogued.top: expected an integer, found '2.5'"
            ])
        #expect(
            problems("      kinds: [auto, leed]\n")
                == [
                    "p.yaml:3:21: catalogued.kinds[1]: expected one of auto, lead, found 'leed'; did you mean 'lead'?"
                ])
    }

    @Test func theSettingsBoundsAreEnforcedToo() {
        do {
            _ = try ConfigurationLoader.load(
                text: "workers: 0\njob_timeout_s: -2\n", path: "p.yaml", directory: "/tmp",
                processors: [])
            Issue.record("accepted")
        } catch {
            #expect(
                error.lines == [
                    "p.yaml:1:10: workers: must be 1 or more, found 0",
                    "p.yaml:2:16: job_timeout_s: must be 0 or more, found -2",
                ])
        }
    }

    @Test func theTableHasARowPerOptionWithEveryColumn() {
        let table = OptionTable.markdown(ProcessorDescriptor(Catalogued.self).options)
        #expect(
            table == """
                | option | type | default | allowed | meaning |
                | --- | --- | --- | --- | --- |
                | `top` | integer | `10` | 1 to 100 | how many |
                | `min_score` | number | `0.25` | 0 or more | the floor |
                | `method` | string | `auto` | `auto`, `lead` | how |
                | `kinds` | list of strings | `[auto, lead]` | `auto`, `lead` | which |
                | `word_list` | path | none |  | a file |
                | `label` | string | `"*.txt"` |  | a name |

                """)
        let readme = "text\n\(OptionTable.marker(for: "catalogued"))\n\(table)\nmore\n"
        #expect(OptionTable.table(after: "catalogued", in: readme) == table)
        #expect(OptionTable.table(after: "other", in: readme) == nil)
    }

    @Test func theListingLineSaysTypeAllowedAndDefault() {
        let options = ProcessorDescriptor(Catalogued.self).options
        #expect(
            options[0].listingLine(nameWidth: 5)
                == "top    integer (1 to 100), default 10: how many")
        #expect(options[4].listingLine(nameWidth: 9) == "word_list  path, default none: a file")
    }
}
