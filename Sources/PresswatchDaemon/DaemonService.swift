import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
    import Glibc
#endif

/// `presswatch run`: the daemon inside a swift-service-lifecycle `ServiceGroup`, which turns
/// SIGTERM and SIGINT into a graceful shutdown; SIGHUP reloads the configuration.
public struct DaemonService: Service {
    let daemon: Daemon

    public init(daemon: Daemon) {
        self.daemon = daemon
    }

    public func run() async throws {
        // The SIGHUP handler is in place before READY=1 can be sent: systemd may reload as
        // soon as it hears READY, and an unhandled SIGHUP would end the process.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        try daemon.start()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in hangups.cancelOnGracefulShutdown() {
                    await Self.offload { daemon.reload(reason: "SIGHUP") }
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
        await Self.offload { daemon.stop() }
    }

    /// Runs blocking work on a thread of its own, off the cooperative pool.
    static func offload(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread {
                work()
                done.resume()
            }.start()
        }
    }

    /// Builds the daemon for `configPath` and runs it until SIGTERM or SIGINT; returns the
    /// exit status. A configuration that does not load is an error before anything starts.
    public static func main(
        configPath: String, backend: any DaemonBackend, environment: [String: String]
    ) async -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let journal = JournalLogHandler.underSystemd(environment)
        let level = Logger.Level(rawValue: environment["PRESSWATCH_LOG_LEVEL"] ?? "") ?? .info
        let logger = Logger(label: "presswatch") {
            JournalLogHandler(label: $0, level: level, journal: journal)
        }
        let configuration: DaemonConfiguration
        do {
            configuration = try backend.loadConfiguration(at: configPath)
        } catch {
            for line in "\(error)".split(separator: "\n") { logger.error("\(line)") }
            return 1
        }
        guard FileStatus.of(configuration.directory)?.kind == .directory else {
            logger.error(
                "\(configPath): the watched folder \(configuration.directory) does not exist")
            return 1
        }
        let daemon = Daemon(
            configuration: configuration, backend: backend,
            notifier: SystemdNotifier(environment: environment), logger: logger,
            executable: "/proc/self/exe")
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: DaemonService(daemon: daemon))],
                gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [],
                logger: logger))
        do {
            try await group.run()
        } catch {
            logger.error("\(error)")
            return 1
        }
        return 0
    }
}
