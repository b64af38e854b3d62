import PresswatchTesting
import Testing

@testable import PresswatchCore

// The example processor of README.md ("Adding a processor"), word for word, so the page
// cannot drift from the code: if this file stops compiling or passing, fix both.

/// What this processor finds, attached to each article under its own JSON key.
public struct ReadingMinutes: ArticleFinding {
    public static let key = "reading_minutes"
    public var value: Double

    /// Optional: a line in NAME.md.
    public func markdown(for article: Article) -> String? {
        "Reading time: \(Int(value.rounded(.up))) min\n"
    }
}

/// Its options: every one with a default, so a bare `- reading_time` is complete.
/// Codable is synthesized; keys are snake_case in pipeline.yaml (`chars_per_minute`).
public struct ReadingTimeOptions: ProcessorOptions {
    public var charsPerMinute = 400
    public init() {}

    /// The help and the bounds of each option; its type, default and allowed values are read
    /// from the properties above. `check` enforces the bounds at the option's line:column.
    public static let fields = [
        OptionField(
            "chars_per_minute", bounds: .atLeast(1),
            help: "reading speed in characters per minute")
    ]
}

public struct ReadingTime: Processor {
    public static let name = "reading_time"
    public static let summary = "estimates each article's reading time"
    public static let needs: Set<Capability> = [.articles]
    public static let gives: Set<Capability> = ["reading_time"]

    private let options: ReadingTimeOptions

    /// Built once per configuration: load tables here, through a per-process cache.
    public init(options: ReadingTimeOptions, context: ProcessorContext) throws {
        self.options = options
    }

    /// Called for many documents, from several workers at once.
    public func process(_ document: inout Document) throws {
        for index in document.articles.indices {
            let characters = document.articles[index].scalars.count
            document.articles[index].findings[ReadingMinutes.self] = ReadingMinutes(
                value: Double(characters) / Double(options.charsPerMinute))
        }
    }
}

@Suite(.tags(.fast)) struct ExampleProcessorTests {
    @Test func theReadmeExampleConfiguresAndRuns() throws {
        let configuration = try ConfigurationLoader.load(
            text: "processors:\n  - splitter\n  - reading_time:\n      chars_per_minute: 2\n",
            path: "pipeline.yaml", directory: "/tmp",
            processors: [
                ProcessorDescriptor(TestSplitter.self), ProcessorDescriptor(ReadingTime.self),
            ])
        var document = try Document.from(text: "甲乙丙丁。", file: "a.txt")
        try configuration.pipeline.run(&document)
        #expect(document.articles[0].findings[ReadingMinutes.self]?.value == 2.5)
        #expect(ProcessorDescriptor(ReadingTime.self).fieldProblems.isEmpty)
    }

    @Test func theReadmeExamplesOptionCheckPointsAtTheOption() {
        do {
            _ = try ConfigurationLoader.load(
                text: "processors:\n  - splitter\n  - reading_time:\n      chars_per_minute: 0\n",
                path: "pipeline.yaml", directory: "/tmp",
                processors: [
                    ProcessorDescriptor(TestSplitter.self), ProcessorDescriptor(ReadingTime.self),
                ])
            Issue.record("a zero reading speed was accepted")
        } catch {
            #expect(
                error.lines == [
                    "pipeline.yaml:4:25: reading_time.chars_per_minute: must be 1 or more, found 0"
                ])
        }
    }
}
