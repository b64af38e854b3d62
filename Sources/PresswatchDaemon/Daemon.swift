import Foundation
import Logging
import PresswatchCore
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
    import Glibc
#endif

/// `presswatch run`: the watch-folder daemon, as components that each own their state, run
/// as services of one swift-service-lifecycle `ServiceGroup`:
///
///     watcher ──▶ Intake (settler) ──┐
///                                    ├──▶ WorkQueue ──▶ WorkerPool ──▶ worker processes
///     ScanRequests ──▶ Scanner ──────┘                      │            (FileJob)
///     SIGHUP, pipeline.yaml ──▶ Reloader                    └──▶ FolderIndexer
///     StatusReporter: STATUS=, WATCHDOG=1, STOPPING=1
///
/// They talk through the queue and small lock-guarded types, never one shared lock. The
/// group starts them together and, on SIGTERM or SIGINT, shuts them down one after the other
/// in reverse order: the status reporter (STOPPING=1), the reloader, intake (no new files),
/// the worker pool (the jobs in hand finish), the scanner, and last the folder indexer, which
/// writes what is left.
public enum Daemon {
    /// Builds the daemon for `configPath` and runs it until SIGTERM or SIGINT; returns the
    /// exit status. A configuration that does not load is an error before anything starts.
    public static func main(
        configPath: String, processors: [ProcessorDescriptor], environment: [String: String],
        executable: String = "/proc/self/exe"
    ) async -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let journal = JournalLogHandler.underSystemd(environment)
        let level = Logger.Level(rawValue: environment["PRESSWATCH_LOG_LEVEL"] ?? "") ?? .info
        let logger = Logger(label: "presswatch") {
            JournalLogHandler(label: $0, level: level, journal: journal)
        }
        let source = ConfigurationSource(path: configPath, processors: processors)
        let loaded: LoadedConfiguration
        do {
            loaded = try source.load()
        } catch {
            for line in "\(error)".split(separator: "\n") { logger.error("\(line)") }
            return 1
        }
        let directory = loaded.configuration.watch.directory
        guard FileStatus.of(directory)?.kind == .directory else {
            logger.error("\(configPath): the watched folder \(directory) does not exist")
            return 1
        }
        if let why = WorkerProcess.probe(executable: executable, configuration: loaded) {
            for line in why.split(separator: "\n") { logger.error("\(line)") }
            return 1
        }
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let counters = DaemonCounters()
        let services = components(
            source: source, loaded: loaded, hangups: hangups, counters: counters,
            notifier: SystemdNotifier(environment: environment), logger: logger,
            executable: executable)
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [],
                logger: logger))
        do {
            try await group.run()
        } catch {
            logger.error("\(error)")
            return 1
        }
        logger.info("stopped: \(counters.summary)")
        return 0
    }

    /// The components, in the order they start; they stop in the reverse order.
    static func components(
        source: ConfigurationSource, loaded: LoadedConfiguration, hangups: UnixSignalsSequence,
        counters: DaemonCounters, notifier: SystemdNotifier, logger: Logger, executable: String
    ) -> [any Service] {
        let configuration = RunningConfiguration(loaded)
        let queue = WorkQueue(capacity: 10_000)
        let scans = ScanRequests()
        let digests = DigestCache()
        let intake = Intake(
            configuration: configuration, queue: queue, scans: scans, digests: digests,
            notifier: notifier, logger: logger)
        let status = StatusLine(
            configuration: configuration, intake: intake, queue: queue, counters: counters)
        let scanner = Scanner(
            configuration: configuration, requests: scans, digests: digests, intake: intake,
            queue: queue, counters: counters, status: status, notifier: notifier, logger: logger)
        let indexer = FolderIndexer(logger: logger)
        let pool = WorkerPool(
            configuration: configuration, queue: queue, digests: digests, indexer: indexer,
            counters: counters, logger: logger, executable: executable)
        let reloader = Reloader(
            source: source, hangups: hangups, configuration: configuration, intake: intake,
            scans: scans, pool: pool, status: status, counters: counters, notifier: notifier,
            logger: logger, executable: executable)
        let reporter = StatusReporter(
            status: status, scanner: scanner, notifier: notifier, logger: logger)
        return [indexer, scanner, pool, intake, reloader, reporter]
    }
}
