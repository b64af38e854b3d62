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
    private let checker: @Sendable (YAMLNode?, Mark, ProcessorContext) throws(YAMLErrors) -> String

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
        checker = { node, mark, context throws(YAMLErrors) in
            let options = try Self.checkedOptions(
                P.self, options: node, described: described, at: mark, context: context)
            return canonicalJSON(options)
        }
    }

    /// Checks the options as `build` does (their types, then `validate`) without building
    /// the processor, so without loading its data: the daemon's parent checks a
    /// configuration this way, and only its workers build it. Returns the effective options
    /// as canonical JSON, for the pipeline's fingerprint.
    public func check(options node: YAMLNode?, at mark: Mark, context: ProcessorContext)
        throws(YAMLErrors) -> String
    {
        try checker(node, mark, context)
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
        let options = try checkedOptions(
            P.self, options: node, described: described, at: mark, context: context)
        do {
            return PipelineStage(try P(options: options, context: context), options: options)
        } catch {
            throw YAMLErrors([YAMLError("\(P.name): \(describe(error))", at: mark)])
        }
    }

    /// The options the user wrote, decoded, within their declared bounds and validated;
    /// every problem at once.
    private static func checkedOptions<P: Processor>(
        _ type: P.Type, options node: YAMLNode?, described: [OptionDescription], at mark: Mark,
        context: ProcessorContext
    ) throws(YAMLErrors) -> P.Options {
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
        return options
    }
}
