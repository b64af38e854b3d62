import PresswatchCore

/// Processors that exist only for the tests: a chain with needs and gives, options with
/// defaults and checks, and failures at build and run time.

struct TestSplitter: Processor {
    struct Options: ProcessorOptions {
        var tokens = false
        init() {}
        static let fields = [OptionField("tokens", help: "t")]
    }
    static let name = "splitter"
    static let summary = "splits"
    static let needs: Set<Capability> = []
    static let gives: Set<Capability> = [.articles, .sentences, .tokens]
    init(options: Options, context: ProcessorContext) {}
    func process(_ document: inout Document) {
        document.warnings.append("split")
    }
}

struct TestTagger: Processor {
    struct Options: ProcessorOptions {
        enum Weighting: String, Codable, CaseIterable { case tfidf, frequency }
        var top = 10
        var minScore: Double?
        var weighting = Weighting.tfidf
        var stopWords: String?
        init() {}
        static let fields = [OptionField("top", help: "how many")]

        func validate(in context: ProcessorContext) -> [OptionError] {
            var errors: [OptionError] = []
            if top < 1 { errors.append(OptionError(option: "top", message: "must be 1 or more")) }
            if let stopWords, stopWords.hasPrefix("missing") {
                errors.append(
                    OptionError(
                        option: "stop_words", message: "cannot read \(context.resolve(stopWords))"))
            }
            return errors
        }
    }
    static let name = "tagger"
    static let summary = "tags"
    static let needs: Set<Capability> = [.tokens]
    static let gives: Set<Capability> = [.keywords]
    init(options: Options, context: ProcessorContext) {}
    func process(_ document: inout Document) {
        document.warnings.append("tagged")
    }
}

struct BrokenError: Error, CustomStringConvertible {
    var description: String
}

/// Fails when built (its data cannot be loaded) or, with `fail_on_run`, on every document.
struct TestBroken: Processor {
    struct Options: ProcessorOptions {
        var failOnBuild = true
        init() {}
        static let fields: [OptionField] = []
    }
    static let name = "broken"
    static let summary = "breaks"
    static let needs: Set<Capability> = []
    static let gives: Set<Capability> = []
    init(options: Options, context: ProcessorContext) throws {
        if options.failOnBuild { throw BrokenError(description: "cannot load its table") }
    }
    func process(_ document: inout Document) throws {
        throw BrokenError(description: "gave up on this page")
    }
}

let testProcessors = [
    ProcessorDescriptor(TestSplitter.self), ProcessorDescriptor(TestTagger.self),
    ProcessorDescriptor(TestBroken.self),
]
