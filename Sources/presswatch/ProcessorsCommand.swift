import ArgumentParser
import CompiledProcessors
import Foundation
import PresswatchCore

/// `presswatch processors`: every compiled-in processor with what it needs, gives and takes.
struct ProcessorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "processors",
        abstract:
            "List the compiled-in processors with their options: type, allowed values, default.")

    @Flag(
        help: "Print the README's tables of options instead: the settings', then each processor's.")
    var markdown = false

    func run() {
        let processors = CompiledProcessors.all.sorted { $0.name < $1.name }
        if markdown {
            print(Self.markdownTables(processors), terminator: "")
            return
        }
        if processors.isEmpty {
            print("no processors are compiled in")
            return
        }
        print(processors.map(Self.describe).joined(separator: "\n"), terminator: "")
    }

    /// Each table after its README marker, the settings' first.
    static func markdownTables(_ processors: [ProcessorDescriptor]) -> String {
        var text = OptionTable.marker(for: "pipeline.yaml") + "\n"
        text += OptionTable.markdown(Configuration.documentedOptions, keyHeader: "key")
        for processor in processors {
            text += "\n" + OptionTable.marker(for: processor.name) + "\n"
            text += OptionTable.markdown(processor.options)
        }
        return text
    }

    static func describe(_ processor: ProcessorDescriptor) -> String {
        var text = "\(processor.name): \(processor.summary)\n"
        text += "  needs: \(list(processor.needs))\n"
        text += "  gives: \(list(processor.gives))\n"
        guard !processor.options.isEmpty else { return text + "  options: none\n" }
        text += "  options:\n"
        let nameWidth = processor.options.map(\.name.count).max() ?? 0
        for option in processor.options {
            text += "    " + option.listingLine(nameWidth: nameWidth) + "\n"
        }
        return text
    }

    private static func list(_ capabilities: Set<Capability>) -> String {
        capabilities.isEmpty
            ? "nothing" : capabilities.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
