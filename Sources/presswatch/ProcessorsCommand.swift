import ArgumentParser
import CompiledProcessors
import Foundation
import PresswatchCore

/// `presswatch processors`: every compiled-in processor with what it needs, gives and takes.
struct ProcessorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "processors",
        abstract: "List the compiled-in processors with their options, types and defaults.")

    func run() {
        let processors = CompiledProcessors.all.sorted { $0.name < $1.name }
        if processors.isEmpty {
            print("no processors are compiled in")
            return
        }
        print(processors.map(Self.describe).joined(separator: "\n"), terminator: "")
    }

    static func describe(_ processor: ProcessorDescriptor) -> String {
        var text = "\(processor.name): \(processor.summary)\n"
        text += "  needs: \(list(processor.needs))\n"
        text += "  gives: \(list(processor.gives))\n"
        guard !processor.fields.isEmpty else { return text + "  options: none\n" }
        text += "  options:\n"
        let nameWidth = processor.fields.map(\.name.count).max() ?? 0
        for field in processor.fields {
            let name = field.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            text += "    \(name)  \(field.type), default \(field.defaultValue): \(field.help)\n"
        }
        return text
    }

    private static func list(_ capabilities: Set<Capability>) -> String {
        capabilities.isEmpty
            ? "nothing" : capabilities.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
