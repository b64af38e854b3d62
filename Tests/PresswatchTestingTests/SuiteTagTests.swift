import Foundation
import PresswatchTesting
import Testing

/// Every suite under Tests/ says what kind it is (fast, quality or daemon), exactly once:
/// `make test-fast` picks suites by these tags (`tools/test-suites`), so an untagged suite
/// would run in the fast run however slow it is, or in none.
@Suite(.tags(.fast)) struct SuiteTagTests {
    static let kinds: Set<String> = ["fast", "quality", "daemon"]

    static func sources() throws -> [(name: String, text: String)] {
        let tests = TestData.repositoryFile("Tests")
        let files =
            FileManager.default.enumerator(atPath: tests.path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.sorted().map {
            ($0, try String(contentsOf: tests.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func everySuiteCarriesExactlyOneKind() throws {
        var suites = 0
        for (name, text) in try Self.sources() {
            // A declaration starts a line with `@Suite`; its traits run up to `struct`.
            var rest = Substring(text)
            while let suite = rest.range(of: "\n@Suite") {
                let declaration = rest[suite.upperBound...]
                let end = declaration.range(of: "struct ")?.lowerBound ?? declaration.endIndex
                let traits = declaration[..<end]
                let kinds = Self.kinds.filter { traits.contains(".tags(.\($0))") }
                #expect(kinds.count == 1, "\(name): a suite tagged \(kinds.sorted())")
                suites += 1
                rest = declaration[end...]
            }
        }
        #expect(suites > 80)
    }

    @Test func everyFileWithTestsDeclaresOrExtendsASuite() throws {
        for (name, text) in try Self.sources() where text.contains("@Test") {
            #expect(
                text.contains("@Suite") || text.contains("\nextension "),
                "\(name): tests outside a tagged suite")
        }
    }
}
