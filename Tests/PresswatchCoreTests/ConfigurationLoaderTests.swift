import Foundation
import PresswatchTesting
import Testing
import YAMLTree

@testable import PresswatchCore

/// Loads configuration text as `pipeline.yaml` in /srv/press with the test processors.
func load(_ yaml: String, processors: [ProcessorDescriptor] = testProcessors)
    throws(ConfigurationError) -> Configuration
{
    try ConfigurationLoader.load(
        text: yaml, path: "pipeline.yaml", directory: "/srv/press", processors: processors)
}

/// The lines a broken configuration prints; empty when it loads.
func problems(_ yaml: String, processors: [ProcessorDescriptor] = testProcessors) -> [String] {
    do {
        _ = try load(yaml, processors: processors)
        return []
    } catch {
        return error.lines
    }
}

@Suite(.tags(.fast)) struct ConfigurationDefaultsTests {
    @Test func anEmptyFileIsAValidConfigurationWithEveryDefault() throws {
        let configuration = try load("")
        #expect(configuration.watch.directory == "/srv/press/inbox")
        #expect(configuration.watch.patterns == ["*.txt"])
        #expect(configuration.watch.settleMs == 500)
        #expect(configuration.watch.recursive == false)
        #expect(configuration.watch.rescanS == 300)
        #expect(configuration.output.formats == [.json, .markdown])
        #expect(configuration.workers == ProcessInfo.processInfo.activeProcessorCount)
        #expect(configuration.maxInputBytes == 16 * 1024 * 1024)
        #expect(configuration.reprocessOnChange == false)
        #expect(configuration.shutdownTimeoutS == 30)
        #expect(configuration.jobTimeoutS == 300)
        #expect(configuration.pipeline.processorNames.isEmpty)
        #expect(configuration.directory == "/srv/press")
    }

    @Test func aFileWithOnlyProcessorsKeepsTheOtherDefaults() throws {
        let configuration = try load("processors:\n  - splitter\n  - tagger:\n      top: 3\n")
        #expect(configuration.pipeline.processorNames == ["splitter", "tagger"])
        #expect(configuration.pipeline.stages[1].optionsJSON == #"{"top":3,"weighting":"tfidf"}"#)
        #expect(configuration.watch.settleMs == 500)
    }

    @Test func settingsAreRead() throws {
        let configuration = try load(
            """
            watch:
              directory: ../pages
              patterns: ["*.txt", "*.text"]
              settle_ms: 0
              recursive: true
              rescan_s: 0
            output:
              formats: [json]
            workers: 3
            max_input_bytes: 1024
            reprocess_on_change: true
            shutdown_timeout_s: 5
            processors:
            """)
        #expect(configuration.watch.directory == "/srv/pages")
        #expect(configuration.watch.patterns == ["*.txt", "*.text"])
        #expect(configuration.watch.settleMs == 0)
        #expect(configuration.watch.recursive)
        #expect(configuration.watch.rescanS == 0)
        #expect(configuration.output.formats == [.json])
        #expect(configuration.workers == 3)
        #expect(configuration.maxInputBytes == 1024)
        #expect(configuration.reprocessOnChange)
        #expect(configuration.shutdownTimeoutS == 5)
    }

    @Test func anAbsoluteWatchDirectoryStaysAsItIs() throws {
        #expect(try load("watch:\n  directory: /var/inbox/\n").watch.directory == "/var/inbox")
    }

    /// The default file is the documentation by example: it shows every setting.
    @Test func theRepositoryDefaultConfigurationShowsEverySetting() throws {
        let text = try String(contentsOf: TestData.repositoryFile("pipeline.yaml"), encoding: .utf8)
        let decoder = YAMLNodeDecoder()
        let keys =
            decoder.keys(
                of: ConfigurationFile.self,
                defaults: YAMLNodeDecoder.node(encoding: ConfigurationFile())
            )
            .union(
                decoder.keys(
                    of: WatchSettings.self,
                    defaults: YAMLNodeDecoder.node(encoding: WatchSettings()))
            )
            .union(
                decoder.keys(
                    of: OutputSettings.self,
                    defaults: YAMLNodeDecoder.node(encoding: OutputSettings())))
        #expect(keys.count == 14)
        for key in keys.sorted() {
            #expect(text.contains("\n\(key):") || text.contains(" \(key):"), "\(key) is not shown")
        }
    }

    @Test func aRelativeWatchDirectoryResolvesAgainstTheConfigurationsFolder() throws {
        let configuration = try ConfigurationLoader.load(
            text: "watch:\n  directory: inbox\n", path: "conf/pipeline.yaml",
            directory: "/srv/news/conf", processors: testProcessors)
        #expect(configuration.watch.directory == "/srv/news/conf/inbox")
    }
}

@Suite(.tags(.fast)) struct ConfigurationErrorTests {
    @Test func aSyntaxErrorSaysWhere() {
        #expect(
            problems("watch:\n  patterns: [\"*.txt\"\n  settle_ms: 5\n") == [
                "pipeline.yaml:3:3: syntax error: did not find expected ',' or ']' while parsing a flow sequence"
            ])
    }

    @Test func duplicateKeysAndAliasesAreReportedWithTheOtherProblems() {
        #expect(
            problems("workers: 2\nworkers: 3\nwatch: &w\n  settle_ms: 5\nx: *w\n") == [
                "pipeline.yaml:2:1: duplicate key 'workers' (first given at 1:1)",
                "pipeline.yaml:5:1: unknown key 'x' (known keys: job_timeout_s, max_input_bytes, output, processors, reprocess_on_change, shutdown_timeout_s, watch, workers)",
                "pipeline.yaml:5:4: aliases (*w) are not supported here; write the value out",
            ])
    }

    @Test func unknownKeysSuggestTheClosestOne() {
        #expect(
            problems("watch:\n  directroy: x\nworkerz: 2\nfoo: 1\n") == [
                "pipeline.yaml:2:3: unknown key 'directroy'; did you mean 'directory'?",
                "pipeline.yaml:3:1: unknown key 'workerz'; did you mean 'workers'?",
                "pipeline.yaml:4:1: unknown key 'foo' (known keys: job_timeout_s, max_input_bytes, output, processors, reprocess_on_change, shutdown_timeout_s, watch, workers)",
            ])
    }

    @Test func wrongTypesAndValues() {
        #expect(
            problems(
                """
                watch:
                  settle_ms: fast
                  recursive: sometimes
                  patterns: "*.txt"
                output:
                  formats: [json, pdf]
                workers: "2"
                """) == [
                    "pipeline.yaml:2:14: watch.settle_ms: expected an integer, found 'fast'",
                    "pipeline.yaml:3:14: watch.recursive: expected true or false, found 'sometimes'",
                    "pipeline.yaml:4:13: watch.patterns: expected a list, found the string \"*.txt\"",
                    "pipeline.yaml:6:19: output.formats[1]: expected one of json, markdown, html, found 'pdf'",
                    "pipeline.yaml:7:10: workers: expected an integer, found the string \"2\"",
                ])
    }

    @Test func valuesOutOfRange() {
        #expect(
            problems(
                """
                watch:
                  settle_ms: -1
                  rescan_s: -5
                  patterns: []
                  directory: ""
                output:
                  formats: [json, json]
                workers: 0
                max_input_bytes: 0
                shutdown_timeout_s: -1
                """) == [
                    "pipeline.yaml:2:14: watch.settle_ms: must be 0 or more, found -1",
                    "pipeline.yaml:3:13: watch.rescan_s: must be 0 or more, found -5",
                    "pipeline.yaml:4:13: watch.patterns: give at least one pattern",
                    "pipeline.yaml:5:14: watch.directory: must not be empty",
                    "pipeline.yaml:7:12: output.formats: json is listed twice",
                    "pipeline.yaml:8:10: workers: must be 1 or more, found 0",
                    "pipeline.yaml:9:18: max_input_bytes: must be 1 or more, found 0",
                    "pipeline.yaml:10:21: shutdown_timeout_s: must be 0 or more, found -1",
                ])
        #expect(
            problems("output:\n  formats: []\nwatch:\n  patterns: [\"in/*.txt\"]\n") == [
                "pipeline.yaml:2:12: output.formats: give at least one of json, markdown, html",
                "pipeline.yaml:4:13: watch.patterns: pattern 1 ('in/*.txt') must be a file name pattern such as *.txt",
            ])
    }

    @Test func theWholeFileMustBeAMapping() {
        #expect(problems("- splitter\n") == ["pipeline.yaml:1:1: expected a mapping, found a list"])
    }

    @Test func processorItemsAreANameOrAOneKeyMap() {
        #expect(
            problems(
                """
                processors:
                  - [splitter]
                  - splitter:
                    tokens: true
                  -
                """) == [
                    "pipeline.yaml:2:5: a processor is a name or a one-key map of name to options, found a list",
                    "pipeline.yaml:3:5: a processor is a name or a one-key map of name to options, found a mapping with keys splitter, tokens; indent the options under the processor's name",
                    "pipeline.yaml:5:4: a processor is a name or a one-key map of name to options, found nothing",
                ])
        #expect(
            problems("processors: splitter\n") == [
                "pipeline.yaml:1:13: processors: expected a list of processors, found 'splitter'"
            ])
    }

    @Test func unknownProcessorsListTheKnownOnes() {
        #expect(
            problems("processors:\n  - spliter\n  - summarizer\n") == [
                "pipeline.yaml:2:5: unknown processor 'spliter'; did you mean 'splitter'? (known processors: broken, splitter, tagger)",
                "pipeline.yaml:3:5: unknown processor 'summarizer' (known processors: broken, splitter, tagger)",
            ])
        #expect(
            problems("processors: [segmenter]\n", processors: []) == [
                "pipeline.yaml:1:14: unknown processor 'segmenter'; no processors are compiled in"
            ])
    }

    @Test func aProcessorListedTwice() {
        #expect(
            problems("processors:\n  - splitter\n  - splitter: {tokens: true}\n") == [
                "pipeline.yaml:3:5: processor 'splitter' is listed twice (first at 2:5)"
            ])
    }

    @Test func anUnmetNeedNamesWhatToPutBefore() {
        #expect(
            problems("processors:\n  - tagger\n  - splitter\n") == [
                "pipeline.yaml:2:5: tagger needs tokens, which no processor before it gives; put splitter before it"
            ])
        #expect(
            problems("processors: [tagger]\n", processors: [ProcessorDescriptor(TestTagger.self)])
                == [
                    "pipeline.yaml:1:14: tagger needs tokens, which no processor before it gives; no compiled-in processor gives it"
                ])
    }

    @Test func optionErrorsStandAtTheOption() {
        #expect(
            problems(
                """
                processors:
                  - splitter
                  - tagger:
                      top: 0
                      stop_words: missing.txt
                      weighting: tf
                      min_scor: 1
                """) == [
                    "pipeline.yaml:4:12: tagger.top: must be 1 or more",
                    "pipeline.yaml:5:19: tagger.stop_words: cannot read /srv/press/missing.txt",
                    "pipeline.yaml:6:18: tagger.weighting: expected one of tfidf, frequency, found 'tf'",
                    "pipeline.yaml:7:7: unknown key 'min_scor'; did you mean 'min_score'?",
                ])
        #expect(
            problems(
                "processors:\n  - splitter\n  - tagger:\n      top: 0\n      stop_words: missing.txt\n"
            )
                == [
                    "pipeline.yaml:4:12: tagger.top: must be 1 or more",
                    "pipeline.yaml:5:19: tagger.stop_words: cannot read /srv/press/missing.txt",
                ])
        #expect(
            problems("processors:\n  - splitter:\n      tokens: 1\n  - tagger: 5\n") == [
                "pipeline.yaml:3:15: splitter.tokens: expected true or false, found '1'",
                "pipeline.yaml:4:13: tagger: expected a mapping, found '5'",
            ])
    }

    @Test func anErrorFromAProcessorsInitStandsAtItsName() {
        #expect(
            problems("processors:\n  - splitter\n  - broken\n") == [
                "pipeline.yaml:3:5: broken: cannot load its table"
            ])
    }

    @Test func everyProblemOfTheFileIsReportedAtOnce() {
        #expect(
            problems(
                """
                watch:
                  setle_ms: 5
                workers: many
                processors:
                  - tagger
                  - splitter:
                      tokens: maybe
                  - summarizer
                """) == [
                    "pipeline.yaml:2:3: unknown key 'setle_ms'; did you mean 'settle_ms'?",
                    "pipeline.yaml:3:10: workers: expected an integer, found 'many'",
                    "pipeline.yaml:5:5: tagger needs tokens, which no processor before it gives; put splitter before it",
                    "pipeline.yaml:7:15: splitter.tokens: expected true or false, found 'maybe'",
                    "pipeline.yaml:8:5: unknown processor 'summarizer' (known processors: broken, splitter, tagger)",
                ])
    }

    @Test func aMissingOrUnreadableFile() throws {
        #expect(
            throws: ConfigurationError(
                path: "no/such.yaml",
                problems: [.init("cannot read the configuration: no such file", at: nil)])
        ) {
            try ConfigurationLoader.load(path: "no/such.yaml", processors: [])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "presswatch-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.yaml")
        try Data([0x77, 0x6F, 0x72, 0x6B, 0x65, 0x72, 0x73, 0x3A, 0x20, 0xE9, 0x0A]).write(to: file)
        #expect(
            throws: ConfigurationError(
                path: file.path,
                problems: [
                    .init("the configuration is not UTF-8 text (invalid byte at offset 9)", at: nil)
                ])
        ) {
            try ConfigurationLoader.load(path: file.path, processors: [])
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(path: folder.path, processors: [])
        }
    }
}
