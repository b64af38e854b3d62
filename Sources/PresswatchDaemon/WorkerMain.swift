#if canImport(Glibc)
    import CLinux
    import Glibc
#endif

/// The hidden worker mode: the daemon runs its jobs in child processes of its own binary, so
/// a processor that traps (Swift cannot catch a trap in-process) costs one error record and
/// a restarted worker, never the daemon.
public enum WorkerMain {
    /// Serves jobs from standard input until it closes; returns the exit status.
    public static func serve(backend: any DaemonBackend) -> Int32 {
        detachFromTerminalSignals()
        // Replies go on a private copy of standard output; anything a processor prints
        // lands on standard error instead of corrupting the reply stream.
        let replies = dup(1)
        dup2(2, 1)
        var reader = LineReader(fd: 0)
        guard let first = reader.next(), let setup = LineCodec.decode(WorkerSetup.self, first)
        else { return 1 }
        let hello: WorkerHello
        let engine: (any PipelineEngine)?
        do {
            let built = try backend.makeEngine(configPath: setup.configPath, text: setup.text)
            engine = built
            hello = WorkerHello(
                fingerprint: built.fingerprint, processors: built.processors, error: nil)
        } catch {
            engine = nil
            hello = WorkerHello(fingerprint: nil, processors: nil, error: "\(error)")
        }
        guard writeAll(replies, LineCodec.encode(hello)), let engine else { return 1 }
        let executor = JobExecutor(backend: backend, engine: engine)
        while let line = reader.next() {
            guard let request = LineCodec.decode(JobRequest.self, line) else { continue }
            let reply = executor.run(request.input)
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
        #if canImport(Glibc)
            _ = presswatch_set_parent_death_signal(SIGKILL)
        #endif
        if getppid() == 1 { exit(0) }
    }
}
