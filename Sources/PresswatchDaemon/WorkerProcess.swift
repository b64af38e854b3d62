import Foundation

#if canImport(Glibc)
    import CLinux
    import Glibc
#endif

/// The daemon's side of one worker process: started from the daemon's own binary in the
/// hidden `worker` mode, fed one job at a time over a pipe.
final class WorkerProcess {
    let pid: pid_t
    let fingerprint: String
    let processors: [String]
    /// The configuration generation it was started with.
    let generation: Int
    private let requests: Int32
    private var replies: LineReader
    private let replyFD: Int32

    enum Failure: Error, CustomStringConvertible {
        case spawn(String)
        case refused(String)
        case died(String)
        /// The job ran past its deadline and the worker was killed for it.
        case overdue

        var description: String {
            switch self {
            case .spawn(let why): return "cannot start a worker: \(why)"
            case .refused(let why): return why
            case .died(let why): return why
            case .overdue: return "killed at the job's deadline"
            }
        }
    }

    /// Starts a worker on a configuration and waits for its greeting.
    init(executable: String, configuration: LoadedConfiguration, generation: Int) throws {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard presswatch_pipe_cloexec(&toChild) == 0, presswatch_pipe_cloexec(&fromChild) == 0
        else {
            throw Failure.spawn(errnoText(errno))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        let arguments = ["presswatch", "worker"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, nil, argv, Glibc.environ)
        close(toChild[0])
        close(fromChild[1])
        guard result == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw Failure.spawn(errnoText(result))
        }
        pid = child
        requests = toChild[1]
        replyFD = fromChild[0]
        replies = LineReader(fd: fromChild[0])
        self.generation = generation
        let setup = WorkerSetup(
            configPath: configuration.configuration.path, text: configuration.text)
        guard writeAll(requests, LineCodec.encode(setup)),
            case .line(let line) = replies.next(deadline: nil),
            let hello = LineCodec.decode(WorkerHello.self, line)
        else {
            let why = Self.reap(child)
            close(requests)
            close(replyFD)
            throw Failure.refused("the worker exited before it was ready (\(why))")
        }
        guard let fingerprint = hello.fingerprint else {
            close(requests)
            close(replyFD)
            _ = Self.reap(child)
            throw Failure.refused(hello.error ?? "the worker could not build the pipeline")
        }
        self.fingerprint = fingerprint
        self.processors = hello.processors ?? []
    }

    /// Builds `configuration`'s pipeline in a worker process, as the pool's workers will, and
    /// stops it; nil when it builds, else why not. The parent only checks a configuration,
    /// so a processor that cannot be built from it (a user dictionary with a bad line) is
    /// found here, before the configuration replaces a working one.
    static func probe(executable: String, configuration: LoadedConfiguration) -> String? {
        do {
            try WorkerProcess(executable: executable, configuration: configuration, generation: -1)
                .stop()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Runs one job; throws `died` when the worker ended without replying (a crash), and
    /// `overdue` when no reply came by `deadline` (monotonic ns), killing the worker: a
    /// processor caught in a loop would otherwise hold its slot for good.
    func run(_ request: JobRequest, deadline: UInt64?) throws(Failure) -> JobReply {
        guard writeAll(requests, LineCodec.encode(request)) else {
            throw Failure.died(Self.reap(pid))
        }
        switch replies.next(deadline: deadline) {
        case .line(let line):
            guard let reply = LineCodec.decode(JobReply.self, line) else {
                throw Failure.died("an unreadable reply; \(Self.reap(pid))")
            }
            return reply
        case .end:
            throw Failure.died(Self.reap(pid))
        case .timedOut:
            kill()
            _ = Self.reap(pid)
            throw Failure.overdue
        }
    }

    /// Asks the worker to stop after its current job and waits for it.
    func stop() {
        close(requests)
        _ = Self.reap(pid)
        close(replyFD)
    }

    /// Kills the worker at once (shutdown timeout).
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// Waits for the process and says how it ended.
    static func reap(_ pid: pid_t) -> String {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return "already reaped" }
        }
        let signal = status & 0x7F
        if signal != 0 {
            let name = String(cString: strsignal(signal))
            return "killed by signal \(signal) (\(name))"
        }
        return "exit status \((status >> 8) & 0xFF)"
    }
}
