import PresswatchTesting
import Testing

@testable import YAMLTree

/// Options as a processor writes them: defaults as initial values, synthesized Codable.
private struct Options: Codable, Equatable {
    enum Mode: String, Codable, CaseIterable { case fast, careful }
    var sentences = 2
    var maxChars: Int?
    var ratio = 0.5
    var enabled = true
    var label = "summary"
    var mode = Mode.fast
    var tags: [String] = ["a"]
}

private struct Nested: Codable, Equatable {
    struct Inner: Codable, Equatable {
        var settleMs = 500
        var patterns = ["*.txt"]
    }
    var watch = Inner()
    var workers = 2
}

@Suite(.tags(.fast)) struct YAMLNodeDecoderTests {
    private func decode<T: Codable>(_ yaml: String, _ defaultValue: T) throws(YAMLErrors) -> T {
        try YAMLNodeDecoder().decode(
            T.self, from: try YAMLParser.parse(yaml), defaultValue: defaultValue)
    }

    private func messages<T: Codable>(_ yaml: String, _ defaultValue: T) -> [String] {
        do {
            _ = try decode(yaml, defaultValue)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func missingKeysTakeTheirDefaults() throws {
        #expect(try decode("", Options()) == Options())
        var expected = Options()
        expected.sentences = 3
        expected.maxChars = 120
        #expect(try decode("sentences: 3\nmax_chars: 120\n", Options()) == expected)
    }

    @Test func nestedMappingsMergeKeyByKey() throws {
        var expected = Nested()
        expected.watch.settleMs = 100
        #expect(try decode("watch:\n  settle_ms: 100\n", Nested()) == expected)
        #expect(try decode("watch:\n", Nested()) == Nested())
    }

    @Test func scalarsAreTypedAsYAMLTypesThem() throws {
        let value = try decode(
            "sentences: 0x10\nratio: 1e-2\nenabled: false\nlabel: 42\nmode: careful\nmax_chars: ~\n",
            Options())
        #expect(value.sentences == 16)
        #expect(value.ratio == 0.01)
        #expect(value.enabled == false)
        #expect(value.label == "42")
        #expect(value.mode == .careful)
        #expect(value.maxChars == nil)
    }

    @Test func aQuotedNumberIsAString() {
        #expect(
            messages("sentences: \"2\"\n", Options()) == [
                "1:12: sentences: expected an integer, found the string \"2\""
            ])
    }

    @Test func wrongTypesSayWhatWasExpected() {
        #expect(
            messages("sentences: three\nenabled: yes\nratio: [1]\nmax_chars: 1.5\n", Options()) == [
                "1:12: sentences: expected an integer, found 'three'",
                "2:10: enabled: expected true or false, found 'yes'",
                "3:8: ratio: expected a number, found a list",
                "4:12: max_chars: expected an integer, found '1.5'",
            ])
    }

    @Test func enumsListTheirValues() {
        #expect(
            messages("mode: carefull\n", Options()) == [
                "1:7: mode: expected one of fast, careful, found 'carefull'; did you mean 'careful'?"
            ])
    }

    @Test func everyBadListItemIsReported() {
        #expect(
            messages("tags: [a, [b], {c: 1}]\n", Options()) == [
                "1:11: tags[1]: expected a string, found a list",
                "1:16: tags[2]: expected a string, found a mapping",
            ])
    }

    @Test func unknownKeysSuggestTheClosestKnownOne() {
        #expect(
            messages("sentence: 3\nmaxChars: 10\nzzz: 1\n", Options()) == [
                "1:1: unknown key 'sentence'; did you mean 'sentences'?",
                "2:1: unknown key 'maxChars'; did you mean 'max_chars'?",
                "3:1: unknown key 'zzz' (known keys: enabled, label, max_chars, mode, ratio, sentences, tags)",
            ])
        #expect(
            messages("watch:\n  setle_ms: 5\n  settle_ms: x\n", Nested()) == [
                "2:3: unknown key 'setle_ms'; did you mean 'settle_ms'?",
                "3:14: watch.settle_ms: expected an integer, found 'x'",
            ])
    }

    @Test func aMappingWhereAValueBelongsIsReported() {
        #expect(
            messages("watch: [1]\nworkers: {a: 1}\n", Nested()) == [
                "1:8: watch: expected a mapping, found a list",
                "2:10: workers: expected an integer, found a mapping",
            ])
        #expect(messages("- a\n", Nested()) == ["1:1: expected a mapping, found a list"])
    }

    @Test func aPathPrefixNamesWhereTheNodeStands() {
        do {
            _ = try YAMLNodeDecoder().decode(
                Options.self, from: try YAMLParser.parse("sentences: x\n"), defaultValue: Options(),
                path: ["summarizer"])
            Issue.record("no error")
        } catch {
            #expect(
                error.errors.map(\.message) == [
                    "summarizer.sentences: expected an integer, found 'x'"
                ])
        }
    }

    @Test func outOfRangeIntegers() {
        #expect(
            messages("sentences: 99999999999999999999\n", Options()) == [
                "1:12: sentences: 99999999999999999999 is not an integer from \(Int.min) to \(Int.max)"
            ])
    }

    @Test func withoutDefaultsAMissingKeyIsAnError() throws {
        struct Required: Decodable { var name: String }
        #expect(throws: YAMLErrors([YAMLError("missing key 'name'", at: Mark(line: 1, column: 1))]))
        {
            try YAMLNodeDecoder().decode(Required.self, from: try YAMLParser.parse("other: 1\n"))
        }
    }

    @Test func rawNodesPassThrough() throws {
        struct File: Decodable { var processors: YAMLNode? }
        let file = try YAMLNodeDecoder().decode(
            File.self, from: try YAMLParser.parse("processors: [a, {b: 1}]\n"))
        guard case .sequence(let items, _)? = file.processors else {
            Issue.record("not a list")
            return
        }
        #expect(items.count == 2)
    }
}

@Suite(.tags(.fast)) struct SuggestionTests {
    @Test func closeNamesAreSuggested() {
        #expect(
            Suggestion.closest(to: "segmentr", among: ["segmenter", "summarizer"]) == "segmenter")
        #expect(
            Suggestion.closest(to: "direcotry", among: ["directory", "patterns"]) == "directory")
        #expect(Suggestion.closest(to: "xyz", among: ["directory", "patterns"]) == nil)
    }

    @Test func keysConvertBetweenCases() {
        #expect(KeyCase.snake("maxChars") == "max_chars")
        #expect(KeyCase.snake("shutdownTimeoutS") == "shutdown_timeout_s")
        #expect(KeyCase.snake("maxURLLength") == "max_url_length")
        #expect(KeyCase.camel("settle_ms") == "settleMs")
    }
}

@Suite(.tags(.fast)) struct DictionaryOptionTests {
    private struct Weights: Codable, Equatable {
        var boosts: [String: Int] = ["headline": 2]
        var top = 5
    }

    @Test func dictionaryKeysStayAsWritten() throws {
        let value = try YAMLNodeDecoder().decode(
            Weights.self, from: try YAMLParser.parse("boosts:\n  new_york: 3\n  上海: 4\n"),
            defaultValue: Weights())
        #expect(value.boosts == ["new_york": 3, "上海": 4])
        #expect(value.top == 5)
        let defaults = try YAMLNodeDecoder().decode(
            Weights.self, from: try YAMLParser.parse(""), defaultValue: Weights())
        #expect(defaults == Weights())
    }

    @Test func everyBadEntryIsReported() {
        do {
            _ = try YAMLNodeDecoder().decode(
                Weights.self, from: try YAMLParser.parse("boosts: {a: x, b: 2, c: [1]}\ntop: y\n"),
                defaultValue: Weights())
            Issue.record("no error")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "1:13: boosts[a]: expected an integer, found 'x'",
                    "1:25: boosts[c]: expected an integer, found a list",
                    "2:6: top: expected an integer, found 'y'",
                ])
        }
    }
}
