import ArgumentParser
import CompiledProcessors
import Foundation
import PresswatchDaemon

/// `presswatch run`: the daemon, in the foreground.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the configured folder and process every new or changed input.",
        discussion: """
            Runs until SIGTERM or SIGINT (it finishes the files in hand, then exits 0). SIGHUP, \
            or saving pipeline.yaml, reloads the configuration; a broken one is logged and the \
            running pipeline stays. Under systemd it speaks the notify protocol \
            (Type=notify-reload) and logs with journald priorities.
            """)

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let status = await Daemon.main(
            configPath: options.config, processors: CompiledProcessors.all,
            environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The hidden worker mode the daemon starts its job processes in.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Internal: a daemon worker process.",
        shouldDisplay: false)

    func run() throws {
        let status = WorkerMain.serve(processors: CompiledProcessors.all)
        if status != 0 { throw ExitCode(status) }
    }
}
