import ArgumentParser

@main
struct Presswatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presswatch",
        abstract:
            "Turns newspaper text pages into clean articles with summaries, figures and keywords.",
        discussion: "Exit status: 0 success, 1 bad input or configuration, 2 wrong usage.",
        subcommands: [
            ProcessCommand.self, PipeCommand.self, CheckCommand.self, ProcessorsCommand.self,
            TokenizeCommand.self, RunCommand.self, WorkerCommand.self,
        ]
    )

    /// Runs the chosen command; wrong usage exits with 2 (the argument parser's own default
    /// is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                exit(withError: ExitCode.usage)
            }
            exit(withError: error)
        }
    }
}

extension ExitCode {
    /// Wrong usage: an unknown option, a missing argument.
    static let usage = ExitCode(2)
}
