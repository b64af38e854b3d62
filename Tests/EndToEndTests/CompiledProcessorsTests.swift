import CompiledProcessors
import PresswatchCore
import PresswatchTesting
import Testing

@testable import presswatch

/// The one list of compiled-in processors, checked as a whole.
@Suite(.tags(.fast)) struct CompiledProcessorsTests {
    @Test func namesAreUniqueAndSnakeCase() {
        let names = CompiledProcessors.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(
                name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "_" },
                "\(name) is not lowercase snake_case")
        }
    }

    @Test func everyProcessorDocumentsExactlyItsOptions() {
        for processor in CompiledProcessors.all {
            #expect(processor.fieldProblems == [])
            #expect(!processor.summary.isEmpty)
        }
    }

    @Test func theListingShowsNeedsGivesAndOptions() {
        #expect(
            ProcessorsCommand.describe(ProcessorDescriptor(ListedProcessor.self)) == """
                listed: finds nothing, for the listing test
                  needs: sentences, tokens
                  gives: keywords
                  options:
                    top        integer, default 10: how many keywords an article gets
                    stop_list  path, default none: words never to pick, one a line

                """)
    }
}

private struct ListedProcessor: Processor {
    struct Options: ProcessorOptions {
        var top = 10
        var stopList: String?
        init() {}
        static let fields = [
            OptionField("top", help: "how many keywords an article gets"),
            OptionField("stop_list", isPath: true, help: "words never to pick, one a line"),
        ]
    }
    static let name = "listed"
    static let summary = "finds nothing, for the listing test"
    static let needs: Set<Capability> = [.tokens, .sentences]
    static let gives: Set<Capability> = [.keywords]
    init(options: Options, context: ProcessorContext) {}
    func process(_ document: inout Document) {}
}
