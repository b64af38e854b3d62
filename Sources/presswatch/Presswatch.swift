import ArgumentParser

@main
struct Presswatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presswatch",
        abstract:
            "Turns newspaper text pages into clean articles with summaries, figures and keywords.",
        subcommands: [TokenizeCommand.self]
    )
}
