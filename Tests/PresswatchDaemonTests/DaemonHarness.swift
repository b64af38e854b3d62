import Foundation
import PresswatchCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A `presswatch run` process on a temporary folder of its own, with its log in a file.
///
/// Every wait is bounded: a test that waits for something that never comes fails after its
/// timeout instead of hanging the suite.
final class DaemonHarness {
    let root: String
    let inbox: String
    let configPath: String
    let logPath: String
    private(set) var process: Process?
    var environment: [String: String] = [:]
    /// Run the daemon as `nobody` (through setpriv), so that file permissions apply to it.
    var asNobody = false
    /// Run the daemon (and so its workers) under this file-size limit, in bytes (prlimit; a
    /// soft limit, which a test can lift again without privileges).
    var fileSizeLimit: Int?

    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["PRESSWATCH_BINARY"] { return path }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/presswatch").path
    }()

    /// The fingerprint of a pipeline without processors, as the results record it.
    static let fingerprint = Pipeline(stages: []).fingerprint

    /// `watch` holds more lines of the `watch:` section (`rescan_s: 1`), `extra` top-level ones.
    init(
        settleMilliseconds: Int = 150, workers: Int = 2, watch: [String] = [], extra: String = ""
    ) throws {
        root = try makeTemporaryFolder()
        inbox = root + "/inbox"
        configPath = root + "/pipeline.yaml"
        logPath = root + "/daemon.log"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try writeConfiguration(
            settleMilliseconds: settleMilliseconds, workers: workers, watch: watch, extra: extra)
    }

    deinit {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        // Under `make tsan` and `make asan` the daemon and its workers are a sanitizer build:
        // any report they printed fails the test that ran them, with the report.
        if let sanitizer = ["ThreadSanitizer", "AddressSanitizer", "LeakSanitizer"].first(where: {
            !logLines(containing: $0).isEmpty
        }) {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            Issue.record("\(sanitizer) reported in the daemon:\n\(log.suffix(6000))")
        }
        if ProcessInfo.processInfo.environment["PRESSWATCH_TEST_KEEP"] == nil {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    func writeConfiguration(
        settleMilliseconds: Int, workers: Int, watch: [String] = [], extra: String = "",
        processors: String = "[]"
    ) throws {
        let watchLines = watch.map { "\n  " + $0 }.joined()
        let text = """
            watch:
              directory: inbox
              settle_ms: \(settleMilliseconds)\(watchLines)
            workers: \(workers)
            shutdown_timeout_s: 20
            \(extra)
            processors: \(processors)

            """
        try text.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// A copy of the binary that `nobody` can run: the build folder may sit inside a folder
    /// only root can enter (a clone in a `mktemp -d` folder, mode 0700).
    private func binaryForNobody() throws -> String {
        let copy = root + "/presswatch"
        if !FileManager.default.fileExists(atPath: copy) {
            try FileManager.default.copyItem(atPath: Self.binary, toPath: copy)
            chmod(copy, 0o755)
        }
        return copy
    }

    /// Starts the daemon and waits for READY (its "ready:" log line).
    func start(waitForReady: Bool = true) throws {
        let process = Process()
        var arguments = ["run", "--config", configPath]
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            arguments =
                ["--reuid=65534", "--regid=65534", "--clear-groups", try binaryForNobody()]
                + arguments
        } else if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            arguments = ["--fsize=\(fileSizeLimit):unlimited", Self.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
        }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in [
            "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "INVOCATION_ID",
        ] {
            env.removeValue(forKey: key)
        }
        env.merge(environment) { _, new in new }
        process.environment = env
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let log = FileHandle(forWritingAtPath: logPath)!
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
        if waitForReady {
            let readyLines = logLines(containing: "ready:").count
            try require(within: 60, "READY") {
                self.logLines(containing: "ready:").count > readyLines
            }
        }
    }

    var pid: pid_t { process?.processIdentifier ?? 0 }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Sends SIGTERM and waits for the exit; returns the exit status (nil: still running).
    @discardableResult
    func stop(timeout: Double = 60) -> Int32? {
        signal(SIGTERM)
        return waitForExit(timeout: timeout)
    }

    func waitForExit(timeout: Double) -> Int32? {
        guard let process else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { return nil }
        return process.terminationStatus
    }

    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    func logLines(containing text: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains(text) }
    }

    /// How many times the daemon wrote results for `name` (in the inbox).
    func processedCount(_ name: String) -> Int {
        logLines(containing: "processed \(inbox)/\(name) in ").count
    }

    /// How many times the daemon wrote results for each input, from one reading of the log.
    func processedCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        let marker = "processed \(inbox)/"
        for line in log.split(separator: "\n") {
            guard let start = line.range(of: marker)?.upperBound,
                let end = line.range(of: " in ", range: start..<line.endIndex)?.lowerBound
            else { continue }
            counts[String(line[start..<end]), default: 0] += 1
        }
        return counts
    }

    /// The worker processes: the daemon's children.
    func workerPIDs() -> [pid_t] {
        let tasks =
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var children: [pid_t] = []
        for task in tasks {
            let text =
                (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8))
                ?? ""
            children += text.split(separator: " ").compactMap { pid_t($0) }
        }
        return children
    }

    // MARK: files

    func path(_ name: String) -> String { inbox + "/" + name }

    /// Writes a file in place, as most programs do: create, write, close.
    func write(_ name: String, _ text: String) {
        write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) {
        writeFile(path(name), bytes)
    }

    /// Writes a file outside the inbox and renames it in, the safe way to deliver.
    func moveIn(_ name: String, _ text: String) {
        let staging = root + "/staging-" + name
        writeFile(staging, Array(text.utf8))
        rename(staging, path(name))
    }

    // MARK: checks

    /// What is wrong with the results of `inputs` (names in the inbox): each must have exactly
    /// one current record, a result or an error record, made from its present bytes by the
    /// present pipeline. Empty when all is well.
    func problems(inputs: [String]) -> [String] {
        var problems: [String] = []
        for name in inputs {
            if let problem = problem(with: name) { problems.append(problem) }
        }
        return problems
    }

    private func problem(with name: String) -> String? {
        let input = path(name)
        let stem = (input as NSString).deletingPathExtension
        let result = ResultStamp.read(from: stem + ".json")
        let failure = ErrorRecordReader.read(stem + ".error.json")
        let sha256 = hashes.sha256(of: input)
        // An error record speaks for the input when present; results of an earlier success
        // may stay beside it (the core leaves them) but must not be mistaken for current.
        if let result, failure == nil {
            guard result.sha256 == sha256 else { return "\(name): result of other bytes" }
            guard ResultStamp.read(from: stem + ".md") == result else {
                return "\(name): NAME.md does not match NAME.json"
            }
            guard result.fingerprint == Self.fingerprint else {
                return "\(name): result of another pipeline"
            }
            return nil
        }
        guard let failure else { return "\(name): no result and no error record" }
        guard failure.fingerprint == Self.fingerprint else {
            return "\(name): error record of another pipeline"
        }
        if let recorded = failure.sha256, recorded != sha256 {
            return "\(name): error record of other bytes"
        }
        return nil
    }

    /// Temporary files of the result writer left in the inbox (there must be none).
    func temporaryFiles() -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: inbox)) ?? []
        return names.filter { ($0 as NSString).lastPathComponent.contains(".tmp-") }
    }

    /// Waits until every input has its current record and no temporary file is left;
    /// returns what is still wrong. Cheap checks (does a record exist?) come first, so the
    /// polling does not take the CPU from the daemon under test.
    func waitForResults(_ inputs: [String], timeout: Double) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var remaining = inputs
        while Date() < deadline {
            remaining = remaining.filter { !hasRecord($0) }
            if remaining.isEmpty { break }
            usleep(200_000)
        }
        remaining = inputs
        while Date() < deadline {
            remaining = remaining.filter { problem(with: $0) != nil }
            if remaining.isEmpty && temporaryFiles().isEmpty { return [] }
            usleep(200_000)
        }
        return problems(inputs: remaining)
    }

    private func hasRecord(_ name: String) -> Bool {
        let stem = (path(name) as NSString).deletingPathExtension
        return access(stem + ".md", F_OK) == 0 || access(stem + ".error.json", F_OK) == 0
    }

    private let hashes = HashCache()

    /// Checks what every scenario must end with: each input has exactly one current record,
    /// and no temporary file is left.
    func expectAllCurrent(
        _ inputs: [String], timeout: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let problems = waitForResults(inputs, timeout: timeout)
        #expect(
            problems.isEmpty, "\(problems.count) inputs not current: \(problems.prefix(5))",
            sourceLocation: sourceLocation)
        #expect(temporaryFiles().isEmpty, "\(temporaryFiles())", sourceLocation: sourceLocation)
    }
}

/// Reads the digest and fingerprint back from `NAME.error.json`.
enum ErrorRecordReader {
    struct Stamp {
        var sha256: String?
        var fingerprint: String
        var reason: String
    }

    static func read(_ path: String) -> Stamp? {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let pipeline = object["pipeline"] as? [String: Any],
            let fingerprint = pipeline["fingerprint"] as? String
        else { return nil }
        let source = object["source"] as? [String: Any]
        return Stamp(
            sha256: source?["sha256"] as? String, fingerprint: fingerprint,
            reason: object["reason"] as? String ?? "")
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Waits up to `seconds` for `condition`; throws when it never holds.
func require(within seconds: Double, _ what: String, _ condition: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return }
        usleep(20_000)
    }
    if condition() { return }
    throw TimedOut(what: what)
}

func makeTemporaryFolder() throws -> String {
    var template = Array("/tmp/presswatch-test-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw TimedOut(what: "a temporary folder") }
    let path = String(cString: made)
    chmod(path, 0o755)
    return path
}

/// A page-like text: a shared masthead, then lines that make each file different.
func pageText(_ index: Int, lines: Int = 20) -> String {
    var text = "本报讯 第\(index % 7)版 The Daily Masthead\n"
    for line in 0..<lines { text += "第\(index)号文件 第\(line)行：市政府今日召开会议 news \(index)-\(line)\n" }
    return text
}

/// create, write, close (no rename): one IN_CLOSE_WRITE.
func writeFile(_ path: String, _ bytes: [UInt8], append: Bool = false) {
    let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
    let descriptor = open(path, flags, 0o644)
    precondition(descriptor >= 0, "cannot create \(path)")
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes {
            write(descriptor, $0.baseAddress, $0.count)
        }
        precondition(written > 0)
        offset += written
    }
    close(descriptor)
}

/// SHA-256 of input files, remembered by size, time and inode; large files go through
/// sha256sum, which is far quicker than the core's digest in a debug build.
final class HashCache {
    private var known: [String: (key: [Int64], sha256: String)] = [:]

    func sha256(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let key = [
            Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
            Int64(info.st_ino),
        ]
        if let cached = known[path], cached.key == key { return cached.sha256 }
        let digest: String?
        if info.st_size > 1 << 20 {
            digest = Self.sha256sum(path)
        } else {
            digest = FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) }
        }
        if let digest { known[path] = (key, digest) }
        return digest
    }

    private static func sha256sum(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
