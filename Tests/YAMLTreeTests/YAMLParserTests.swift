import PresswatchTesting
import Testing

@testable import YAMLTree

@Suite(.tags(.fast)) struct YAMLParserTests {
    @Test func marksAreOneBasedLineAndColumn() throws {
        let root = try YAMLParser.parse("watch:\n  directory: inbox\n  patterns: [\"*.txt\", b]\n")
        #expect(root.mark == Mark(line: 1, column: 1))
        #expect(
            root.node(at: ["watch", "directory"])
                == .scalar("inbox", quoted: false, mark: Mark(line: 2, column: 14)))
        guard case .sequence(let items, let mark)? = root.node(at: ["watch", "patterns"]) else {
            Issue.record("patterns is not a list")
            return
        }
        #expect(mark == Mark(line: 3, column: 13))
        #expect(
            items == [
                .scalar("*.txt", quoted: true, mark: Mark(line: 3, column: 14)),
                .scalar("b", quoted: false, mark: Mark(line: 3, column: 23)),
            ])
    }

    @Test func anEmptyFileIsAnEmptyMapping() throws {
        #expect(try YAMLParser.parse("") == .mapping([], mark: Mark(line: 1, column: 1)))
        #expect(
            try YAMLParser.parse("# only a comment\n")
                == .mapping([], mark: Mark(line: 1, column: 1)))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try YAMLParser.parse("名前: 值\nb: 1\n")
        #expect(root["名前"]?.mark == Mark(line: 1, column: 5))
    }

    @Test func aSyntaxErrorSaysWhere() {
        #expect(
            throws: YAMLErrors([
                YAMLError(
                    "syntax error: did not find expected ',' or ']' while parsing a flow sequence",
                    at: Mark(line: 2, column: 2))
            ])
        ) {
            try YAMLParser.parse("a: [1, 2\nb: 3\n")
        }
        #expect(
            throws: YAMLErrors([
                YAMLError(
                    "syntax error: found a tab character that violates indentation while scanning a plain scalar",
                    at: Mark(line: 2, column: 1))
            ])
        ) {
            try YAMLParser.parse("a: 1\n\tb: 2\n")
        }
    }

    @Test func duplicateKeysAreAllReported() {
        #expect(
            throws: YAMLErrors([
                YAMLError("duplicate key 'a' (first given at 1:1)", at: Mark(line: 3, column: 1)),
                YAMLError("duplicate key 'x' (first given at 4:5)", at: Mark(line: 4, column: 11)),
            ])
        ) {
            try YAMLParser.parse("a: 1\nb: 2\na: 3\nc: {x: 1, x: 2}\n")
        }
    }

    @Test func aliasesAreRefusedAndTagsOtherThanStr() {
        #expect(
            throws: YAMLErrors([
                YAMLError(
                    "aliases (*d) are not supported here; write the value out",
                    at: Mark(line: 2, column: 4)),
                YAMLError(
                    "tags (tag:yaml.org,2002:int) are not supported here",
                    at: Mark(line: 3, column: 4)),
            ])
        ) {
            try YAMLParser.parse("a: &d 1\nb: *d\nc: !!int 3\n")
        }
    }

    @Test func strTagMakesAString() throws {
        #expect(
            try YAMLParser.parse("a: !!str 2\n")["a"]
                == .scalar("2", quoted: true, mark: Mark(line: 1, column: 4)))
    }

    @Test func onlyOneDocument() {
        #expect(
            throws: YAMLErrors([
                YAMLError("only one YAML document is allowed here", at: Mark(line: 2, column: 1))
            ])
        ) {
            try YAMLParser.parse("a: 1\n---\nb: 2\n")
        }
    }
}

@Suite(.tags(.fast)) struct YAMLParserLimitTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(
            throws: YAMLErrors([
                YAMLError(
                    "lists and mappings nest deeper than 64 levels", at: Mark(line: 1, column: 65))
            ])
        ) {
            try YAMLParser.parse(deep)
        }
    }

    @Test func invalidTextIsAnErrorWithItsPlace() {
        #expect(throws: YAMLErrors.self) { try YAMLParser.parse("a: \u{0001}\n") }
    }
}
