import CompiledProcessors
import Foundation
import PresswatchCore
import YAMLTree

/// "Run the chain to processor X": the processors a configuration lists, built with the
/// options it gives them, from the first up to and including the one named. A test of a
/// processor then sees the articles the processors before it give in production, not
/// articles made by hand.
public struct ProcessorChain: Sendable {
    public let pipeline: Pipeline

    /// The chain of `configuration` (YAML text; by default the repository's `pipeline.yaml`)
    /// up to and including `last`. Only those processors are built, so a chain that stops
    /// early loads no table it does not use.
    public init(
        through last: String, configuration: String? = nil,
        processors: [ProcessorDescriptor] = CompiledProcessors.all
    ) throws {
        let text =
            try configuration
            ?? String(
                contentsOf: TestData.repositoryFile("pipeline.yaml"), encoding: .utf8)
        let root = try YAMLParser.parse(text)
        guard case .sequence(let items, _)? = root["processors"] else {
            throw ChainError("the configuration lists no processors")
        }
        let context = ProcessorContext(configDirectory: TestData.repository.path)
        var stages: [PipelineStage] = []
        for item in items {
            let (name, options, mark) = try Self.entry(item)
            guard let descriptor = processors.first(where: { $0.name == name }) else {
                throw ChainError("no compiled-in processor is named '\(name)'")
            }
            stages.append(try descriptor.build(options: options, at: mark, context: context))
            if name == last {
                pipeline = Pipeline(stages: stages)
                return
            }
        }
        throw ChainError("the configuration's processors do not include '\(last)'")
    }

    /// Runs the chain on a document made from `text` (`Document.from(text:file:)`).
    public func run(_ text: String, file: String = "page.txt") throws -> Document {
        var document = try Document.from(text: text, file: file)
        try pipeline.run(&document)
        return document
    }

    /// A `processors:` item: a bare name, or a one-key map of the name to its options.
    private static func entry(_ item: YAMLNode) throws -> (String, YAMLNode?, Mark) {
        if let name = item.scalarText { return (name, nil, item.mark) }
        if case .mapping(let pairs, _) = item, pairs.count == 1,
            let name = pairs[0].key.scalarText
        {
            return (name, pairs[0].value, pairs[0].key.mark)
        }
        throw ChainError("a processors item at \(item.mark) is neither a name nor a one-key map")
    }
}

/// Why a chain could not be built from a configuration.
public struct ChainError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
