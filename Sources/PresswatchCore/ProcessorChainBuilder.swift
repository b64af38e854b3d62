import Foundation
import YAMLTree

/// Builds the `processors:` list into pipeline stages and checks the chain: every item a name
/// or a one-key map, every name known and listed once, every need met by an earlier processor.
struct ProcessorChainBuilder {
    let known: [ProcessorDescriptor]
    let context: ProcessorContext
    private(set) var errors: [YAMLError] = []

    init(known: [ProcessorDescriptor], context: ProcessorContext) {
        self.known = known
        self.context = context
    }

    private struct Entry {
        var descriptor: ProcessorDescriptor
        var options: YAMLNode?
        var mark: Mark
    }

    /// The pipeline the `processors:` list describes: built, or (`building: false`) only
    /// checked, which loads no processor's data.
    mutating func pipeline(from node: YAMLNode?, building: Bool) -> Pipeline {
        let entries = checkedEntries(from: node)
        guard building else {
            var checked: [Pipeline.CheckedStage] = []
            for entry in entries {
                do {
                    let options = try entry.descriptor.check(
                        options: entry.options, at: entry.mark, context: context)
                    checked.append(.init(name: entry.descriptor.name, optionsJSON: options))
                } catch {
                    errors += error.errors
                }
            }
            return Pipeline(checked: checked)
        }
        var stages: [PipelineStage] = []
        for result in Self.buildSideBySide(entries, context: context) {
            switch result {
            case .success(let stage): stages.append(stage)
            case .failure(let failure): errors += failure.errors
            }
        }
        return Pipeline(stages: stages)
    }

    /// The entries of the list, each a known processor listed once, with its needs checked.
    private mutating func checkedEntries(from node: YAMLNode?) -> [Entry] {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let items, _) = node else {
            errors.append(
                YAMLError(
                    "processors: expected a list of processors, found \(node.kindDescription)",
                    at: node.mark))
            return []
        }
        let entries = withoutDuplicates(items.compactMap { entry(from: $0) })
        checkNeeds(entries)
        return entries
    }

    /// Processors load their data (a lexicon, a table) when they are built; built side by
    /// side, start-up waits for the slowest of them rather than for their sum.
    private static func buildSideBySide(_ entries: [Entry], context: ProcessorContext)
        -> [Result<PipelineStage, YAMLErrors>]
    {
        let results = BuildResults(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let entry = entries[index]
            let result = Result { () throws(YAMLErrors) -> PipelineStage in
                try entry.descriptor.build(options: entry.options, at: entry.mark, context: context)
            }
            results.set(index, result)
        }
        return results.all
    }

    /// The processor an item names, or nil (and an error) when it names none.
    private mutating func entry(from item: YAMLNode) -> Entry? {
        let name: String
        var options: YAMLNode?
        let mark: Mark
        switch item {
        case .scalar(let text, _, let itemMark) where !item.isNull:
            (name, mark) = (text, itemMark)
        case .mapping(let pairs, _) where pairs.count == 1 && pairs[0].key.scalarText != nil:
            (name, options, mark) = (pairs[0].key.scalarText!, pairs[0].value, pairs[0].key.mark)
        default:
            errors.append(YAMLError(Self.shapeMessage(item), at: item.mark))
            return nil
        }
        guard let descriptor = known.first(where: { $0.name == name }) else {
            errors.append(YAMLError(unknownMessage(name), at: mark))
            return nil
        }
        return Entry(descriptor: descriptor, options: options, mark: mark)
    }

    private static func shapeMessage(_ item: YAMLNode) -> String {
        var message =
            "a processor is a name or a one-key map of name to options, found \(item.kindDescription)"
        if case .mapping(let pairs, _) = item, pairs.count > 1 {
            let keys = pairs.compactMap(\.key.scalarText).joined(separator: ", ")
            message += " with keys \(keys); indent the options under the processor's name"
        }
        return message
    }

    private func unknownMessage(_ name: String) -> String {
        let names = known.map(\.name)
        if names.isEmpty { return "unknown processor '\(name)'; no processors are compiled in" }
        let list = "known processors: \(names.sorted().joined(separator: ", "))"
        if let close = Suggestion.closest(to: name, among: names) {
            return "unknown processor '\(name)'; did you mean '\(close)'? (\(list))"
        }
        return "unknown processor '\(name)' (\(list))"
    }

    /// The entries with each processor's first listing only; the others are errors.
    private mutating func withoutDuplicates(_ entries: [Entry]) -> [Entry] {
        var first: [String: Mark] = [:]
        var unique: [Entry] = []
        for entry in entries {
            if let earlier = first[entry.descriptor.name] {
                errors.append(
                    YAMLError(
                        "processor '\(entry.descriptor.name)' is listed twice (first at \(earlier))",
                        at: entry.mark))
            } else {
                first[entry.descriptor.name] = entry.mark
                unique.append(entry)
            }
        }
        return unique
    }

    /// Each need must be given by a processor listed before: spaCy's `analyze_pipes`.
    private mutating func checkNeeds(_ entries: [Entry]) {
        var given: Set<Capability> = []
        for entry in entries {
            for need in entry.descriptor.needs.sorted() where !given.contains(need) {
                errors.append(YAMLError(unmetMessage(entry.descriptor, need), at: entry.mark))
            }
            given.formUnion(entry.descriptor.gives)
        }
    }

    private func unmetMessage(_ processor: ProcessorDescriptor, _ need: Capability) -> String {
        let message = "\(processor.name) needs \(need), which no processor before it gives"
        let givers = known.filter { $0.gives.contains(need) && $0.name != processor.name }
            .map(\.name)
        if givers.isEmpty { return message + "; no compiled-in processor gives it" }
        return message + "; put \(givers.joined(separator: " or ")) before it"
    }
}

/// The stages built on several threads, each into its own place.
private final class BuildResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<PipelineStage, YAMLErrors>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<PipelineStage, YAMLErrors>) {
        lock.withLock { results[index] = result }
    }

    var all: [Result<PipelineStage, YAMLErrors>] { lock.withLock { results.map { $0! } } }
}
