import ArgumentParser
import PresswatchCore

/// `presswatch check`: validates the configuration and builds its processors, nothing more.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the configuration: print every problem with its line and column.",
        discussion: "Exit status 0 when the configuration is good, 1 when it is not.")

    @OptionGroup var options: ConfigurationOptions

    func run() throws {
        let configuration = try options.load()
        let names = configuration.pipeline.processorNames
        let chain =
            names.isEmpty
            ? "no processors (each input passes through as one article)"
            : "processors: " + names.joined(separator: ", ")
        print("\(options.config): ok; \(chain)")
    }
}
