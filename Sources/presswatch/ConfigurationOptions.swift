import ArgumentParser
import CompiledProcessors
import PresswatchCore

/// `--config F`, shared by every command that reads `pipeline.yaml`.
struct ConfigurationOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The configuration file.", valueName: "file"))
    var config = "pipeline.yaml"

    /// The configuration with its pipeline built from the compiled-in processors. On a bad
    /// configuration, prints every problem to stderr and exits with status 1.
    func load() throws -> Configuration {
        do {
            return try ConfigurationLoader.load(path: config, processors: CompiledProcessors.all)
        } catch {
            for line in error.lines { printError(line) }
            throw ExitCode(1)
        }
    }
}
