import ArgumentParser

/// Experiments and ablations: figures printed for a person to read, which no test asserts.
/// They were part of `swift test` once and made every run slower; here they run on demand.
@main
struct Experiments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presswatch-experiments",
        abstract: "Experiments and ablations on the repository's data; each prints its figures.",
        discussion: """
            Run from the repository (the data is found from the sources' place). Timings are \
            meaningful in release: swift run -c release presswatch-experiments <name>.
            """,
        subcommands: [SummarizerAblation.self, SummarizerSpeed.self, NumberExtractorShare.self])
}
