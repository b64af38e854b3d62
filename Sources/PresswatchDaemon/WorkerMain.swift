import PresswatchCore

#if canImport(Glibc)
    import CLinux
    import Glibc
#endif

/// The hidden worker mode: the daemon runs its jobs in child processes of its own binary, so
/// a processor that traps (Swift cannot catch a trap in-process) costs one error record and
/// a restarted worker, never the daemon.
public enum WorkerMain {
    /// Serves jobs from standard input until it closes; returns the exit status.
    public static func serve(processors: [ProcessorDescriptor]) -> Int32 {
        detachFromTerminalSignals()
        // Replies go on a private copy of standard output; anything a processor prints
        // lands on standard error instead of corrupting the reply stream.
        let replies = dup(1)
        dup2(2, 1)
        var reader = LineReader(fd: 0)
        guard let first = reader.next(), let setup = LineCodec.decode(WorkerSetup.self, first)
        else { return 1 }
        let hello: WorkerHello
        let job: WorkerJob?
        do {
            let source = ConfigurationSource(path: setup.configPath, processors: processors)
            let configuration = try source.configuration(from: setup.text, building: true)
            job = WorkerJob(job: FileJob(configuration: configuration))
            hello = WorkerHello(
                fingerprint: configuration.pipeline.fingerprint,
                processors: configuration.pipeline.processorNames, error: nil)
        } catch {
            job = nil
            hello = WorkerHello(fingerprint: nil, processors: nil, error: "\(error)")
        }
        guard writeAll(replies, LineCodec.encode(hello)), let job else { return 1 }
        while let line = reader.next() {
            guard let request = LineCodec.decode(JobRequest.self, line) else { continue }
            let reply = job.run(request)
            guard writeAll(replies, LineCodec.encode(reply)) else { break }
        }
        return 0
    }

    /// The daemon decides when a worker stops (it closes the pipe, or kills it after the
    /// shutdown timeout). A Ctrl-C at a terminal or systemd's SIGTERM to the whole group must
    /// not cut a job in half; and the worker must not outlive the daemon.
    private static func detachFromTerminalSignals() {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        signal(SIGHUP, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        // Past a file-size limit a write fails with EFBIG, which becomes an error record;
        // the default SIGXFSZ would kill the worker instead.
        signal(SIGXFSZ, SIG_IGN)
        #if canImport(Glibc)
            _ = presswatch_set_parent_death_signal(SIGKILL)
        #endif
        if getppid() == 1 { exit(0) }
    }
}
