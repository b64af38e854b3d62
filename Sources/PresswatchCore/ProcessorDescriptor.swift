import Foundation
import YAMLTree

/// A compiled-in processor type, with its type erased so the executable can keep one list of
/// them: what `presswatch processors` shows and what the configuration loader builds from.
public struct ProcessorDescriptor: Sendable {
    public let name: String
    public let summary: String
    public let needs: Set<Capability>
    public let gives: Set<Capability>
    /// What the options type declares beyond its types (help, bounds, paths).
    public let fields: [OptionField]
    /// Every option the options type reads, with type, default and allowed values read from
    /// the type: what `presswatch processors` prints and the README's table shows.
    public let options: [OptionDescription]
    /// Where `fields` and the options type disagree (see `OptionCatalog.problems`).
    public let fieldProblems: [String]
    /// The default options as canonical JSON (sorted keys, snake_case).
    public let defaultOptionsJSON: String
    /// The option keys the options type reads, in snake_case.
    public let optionKeys: Set<String>
    private let builder:
        @Sendable (YAMLNode?, Mark, ProcessorContext) throws(YAMLErrors) -> PipelineStage

    public init<P: Processor>(_ type: P.Type) {
        name = P.name
        summary = P.summary
        needs = P.needs
        gives = P.gives
        fields = P.Options.fields
        let catalog = OptionCatalog(
            P.Options.self, defaults: P.Options(), fields: P.Options.fields, owner: P.name)
        options = catalog.options
        fieldProblems = catalog.problems
        defaultOptionsJSON = canonicalJSON(P.Options())
        optionKeys = YAMLNodeDecoder().keys(
            of: P.Options.self, defaults: YAMLNodeDecoder.node(encoding: P.Options()))
        let described = catalog.options
        builder = { node, mark, context throws(YAMLErrors) in
            try Self.build(
                P.self, options: node, described: described, at: mark, context: context)
        }
    }

    /// Builds the processor from the options the user wrote under its name (nil or null: all
    /// defaults). `mark` is where the processor's name stands, for errors of the whole
    /// processor. Throws every problem: the options' types and allowed values, their declared
    /// bounds, `validate`, then the processor's own `init`.
    public func build(options node: YAMLNode?, at mark: Mark, context: ProcessorContext)
        throws(YAMLErrors) -> PipelineStage
    {
        try builder(node, mark, context)
    }

    private static func build<P: Processor>(
        _ type: P.Type, options node: YAMLNode?, described: [OptionDescription], at mark: Mark,
        context: ProcessorContext
    ) throws(YAMLErrors) -> PipelineStage {
        var errors: [YAMLError] = []
        var options = P.Options()
        if let node, !node.isNull {
            // Wrong values come back replaced by their defaults, so `validate` still runs on
            // the others and every problem of the processor is reported at once.
            let defaults = YAMLNodeDecoder.node(encoding: options)
            options =
                YAMLNodeDecoder().decode(
                    P.Options.self, from: node, defaults: defaults, path: [P.name],
                    errors: &errors) ?? options
        }
        errors += OptionBoundsCheck.problems(described, in: node, prefix: P.name + ".")
        errors += options.validate(in: context).map { problem in
            // At the option when the user wrote it, else at the processor's name.
            let path = problem.option.split(separator: ".").map(String.init)
            return YAMLError(
                "\(P.name).\(problem.option): \(problem.message)",
                at: node?.node(at: path)?.mark ?? mark)
        }
        guard errors.isEmpty else { throw YAMLErrors(errors) }
        do {
            return PipelineStage(try P(options: options, context: context), options: options)
        } catch {
            throw YAMLErrors([YAMLError("\(P.name): \(describe(error))", at: mark)])
        }
    }
}
