import Foundation
import YAMLTree

/// A compiled-in processor type, with its type erased so the executable can keep one list of
/// them: what `presswatch processors` shows and what the configuration loader builds from.
public struct ProcessorDescriptor: Sendable {
    public let name: String
    public let summary: String
    public let needs: Set<Capability>
    public let gives: Set<Capability>
    public let fields: [OptionField]
    /// The default options as canonical JSON (sorted keys, snake_case).
    public let defaultOptionsJSON: String
    private let builder:
        @Sendable (YAMLNode?, Mark, ProcessorContext) throws(YAMLErrors) -> PipelineStage

    public init<P: Processor>(_ type: P.Type) {
        name = P.name
        summary = P.summary
        needs = P.needs
        gives = P.gives
        fields = P.Options.fields
        defaultOptionsJSON = canonicalJSON(P.Options())
        builder = { node, mark, context throws(YAMLErrors) in
            try Self.build(P.self, options: node, at: mark, context: context)
        }
    }

    /// Builds the processor from the options the user wrote under its name (nil or null: all
    /// defaults). `mark` is where the processor's name stands, for errors of the whole
    /// processor. Throws every problem: the options' types, `validate`, then the processor's
    /// own `init`.
    public func build(options node: YAMLNode?, at mark: Mark, context: ProcessorContext)
        throws(YAMLErrors) -> PipelineStage
    {
        try builder(node, mark, context)
    }

    private static func build<P: Processor>(
        _ type: P.Type, options node: YAMLNode?, at mark: Mark, context: ProcessorContext
    ) throws(YAMLErrors) -> PipelineStage {
        var options = P.Options()
        if let node, !node.isNull {
            options = try YAMLNodeDecoder().decode(
                P.Options.self, from: node, defaultValue: options, path: [P.name])
        }
        let invalid = options.validate(in: context).map { problem in
            let optionMark = node?.mark(at: problem.option.split(separator: ".").map(String.init))
            return YAMLError(
                "\(P.name).\(problem.option): \(problem.message)", at: optionMark ?? mark)
        }
        guard invalid.isEmpty else { throw YAMLErrors(invalid) }
        do {
            return PipelineStage(try P(options: options, context: context), options: options)
        } catch {
            throw YAMLErrors([YAMLError("\(P.name): \(describe(error))", at: mark)])
        }
    }
}

/// One built processor in a pipeline, with the options it was built with.
public struct PipelineStage: Sendable {
    public let name: String
    public let needs: Set<Capability>
    public let gives: Set<Capability>
    public let processor: any Processor
    /// The effective options as canonical JSON (sorted keys, snake_case): part of the
    /// pipeline's fingerprint.
    public let optionsJSON: String

    public init<P: Processor>(_ processor: P, options: P.Options) {
        name = P.name
        needs = P.needs
        gives = P.gives
        self.processor = processor
        optionsJSON = canonicalJSON(options)
    }
}

/// Options as JSON with sorted keys in snake_case: equal options give equal text.
func canonicalJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(value) else { return "\(value)" }
    return String(decoding: data, as: UTF8.self)
}

/// An error as one line for a user.
func describe(_ error: any Error) -> String {
    if let localized = error as? any LocalizedError, let text = localized.errorDescription {
        return text
    }
    return String(describing: error)
}
