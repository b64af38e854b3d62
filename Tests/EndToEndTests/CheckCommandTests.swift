import Foundation
import PresswatchTesting
import Testing

@Suite(.tags(.daemon)) struct CheckCommandTests {
    @Test func theDefaultConfigurationIsGood() throws {
        let result = try runPresswatch(["check"], cwd: TestData.repository)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("pipeline.yaml: ok; "))
    }

    @Test func aGoodFileGivenWithConfig() throws {
        let folder = try TemporaryFolder()
        try folder.write("conf/batch.yaml", "processors: []\n")
        let result = try runPresswatch(["check", "--config", "conf/batch.yaml"], cwd: folder.url)
        #expect(
            result
                == RunResult(
                    status: 0,
                    stdout:
                        "conf/batch.yaml: ok; no processors (each input passes through as one article)\n",
                    stderr: ""))
    }

    @Test func everyProblemGoesToStderrWithItsPlace() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "pipeline.yaml",
            """
            watch:
              directory: inbox
              setle_ms: 500
            output:
              formats: [json, pdf]
            workers: many
            processors:
              - no_such_processor
            """)
        let tail = try unknownProcessorTail()
        let result = try runPresswatch(["check"], cwd: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                pipeline.yaml:3:3: unknown key 'setle_ms'; did you mean 'settle_ms'?
                pipeline.yaml:5:19: output.formats[1]: expected one of json, markdown, html, found 'pdf'
                pipeline.yaml:6:10: workers: expected an integer, found 'many'
                pipeline.yaml:8:5: unknown processor 'no_such_processor'\(tail)

                """)
    }

    @Test func aSyntaxError() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", "watch:\n  patterns: [\"*.txt\"\nworkers: 2\n")
        let result = try runPresswatch(["check", "--config", "p.yaml"], cwd: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "p.yaml:3:1: syntax error: did not find expected ',' or ']' while parsing a flow sequence\n"
        )
    }

    @Test func aMissingFile() throws {
        let folder = try TemporaryFolder()
        let result = try runPresswatch(["check"], cwd: folder.url)
        #expect(
            result
                == RunResult(
                    status: 1, stdout: "",
                    stderr: "pipeline.yaml: cannot read the configuration: no such file\n"))
    }

    @Test func wrongUsageExitsWithTwo() throws {
        let result = try runPresswatch(["check", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--no-such-option'"))
        #expect(try runPresswatch(["no-such-command"]).status == 2)
    }
}

/// How `check` ends the line of an unknown processor: it lists what `processors` lists.
private func unknownProcessorTail() throws -> String {
    let listing = try runPresswatch(["processors"]).stdout
    if listing == "no processors are compiled in\n" { return "; no processors are compiled in" }
    let names = listing.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        .map { String($0.prefix { $0 != ":" }) }
    return " (known processors: \(names.joined(separator: ", ")))"
}

@Suite(.tags(.daemon)) struct ProcessorsCommandTests {
    @Test func listsEveryCompiledInProcessor() throws {
        let result = try runPresswatch(["processors"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(!result.stdout.isEmpty)
    }
}

/// A configuration may come through a pipe: `--config /dev/stdin`, or a shell's `<(…)`.
@Suite(.tags(.daemon)) struct ConfigurationFromAPipeTests {
    @Test func checkReadsTheConfigurationFromStandardInput() throws {
        let result = try runPresswatch(
            ["check", "--config", "/dev/stdin"], stdin: "processors: [segmenter, summarizer]\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("segmenter"), "\(result.stdout)")
    }

    @Test func aBrokenConfigurationFromAPipeSaysWhereItIsWrong() throws {
        let result = try runPresswatch(
            ["check", "--config", "/dev/stdin"], stdin: "processors: [segmenter, sumarizer]\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("/dev/stdin"), "\(result.stderr)")
        #expect(result.stderr.contains("sumarizer"), "\(result.stderr)")
        #expect(!result.stderr.contains("permission denied"), "\(result.stderr)")
    }

    @Test func aStreamWithoutEndIsRefusedAtItsLimit() throws {
        let result = try runPresswatch(["check", "--config", "/dev/zero"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("over 1048576 bytes"), "\(result.stderr)")
    }

    @Test func aFolderIsRefusedAsAFolder() throws {
        let result = try runPresswatch(["check", "--config", "/tmp"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a directory, not a file"), "\(result.stderr)")
    }
}
