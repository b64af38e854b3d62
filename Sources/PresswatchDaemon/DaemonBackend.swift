/// What the daemon needs to know from `pipeline.yaml`, in its own terms.
public struct DaemonConfiguration: Sendable, Equatable {
    /// The configuration file, absolute.
    public var configPath: String
    /// The watched folder, absolute.
    public var directory: String
    public var patterns: [String]
    public var settleMilliseconds: Int
    public var recursive: Bool
    public var rescanSeconds: Int
    public var workers: Int
    public var reprocessOnChange: Bool
    public var shutdownTimeoutSeconds: Int
    /// How long one job may run before its worker is killed and the input recorded as failed;
    /// 0: no limit.
    public var jobTimeoutSeconds: Int
    /// The suffixes of the files written beside an input (`.json`, `.md`, `.error.json`).
    public var outputSuffixes: [String]
    /// The results every input must have, all current (`.json`, `.md`).
    public var resultSuffixes: [String]
    /// Whether results include page views, so each folder's `index.html` of them is
    /// rewritten after its results change.
    public var writesFolderIndex: Bool
    /// The pipeline's fingerprint: results recorded with another one are stale.
    public var fingerprint: String
    /// The text this configuration was loaded from: worker processes build their pipeline
    /// from it, not from the file, which may have been edited (and broken) since.
    public var text: String

    public init(
        configPath: String, directory: String, patterns: [String], settleMilliseconds: Int,
        recursive: Bool, rescanSeconds: Int, workers: Int, reprocessOnChange: Bool,
        shutdownTimeoutSeconds: Int, jobTimeoutSeconds: Int = 0, outputSuffixes: [String],
        resultSuffixes: [String], writesFolderIndex: Bool = false, fingerprint: String,
        text: String
    ) {
        self.configPath = configPath
        self.directory = directory
        self.patterns = patterns
        self.settleMilliseconds = settleMilliseconds
        self.recursive = recursive
        self.rescanSeconds = rescanSeconds
        self.workers = workers
        self.reprocessOnChange = reprocessOnChange
        self.shutdownTimeoutSeconds = shutdownTimeoutSeconds
        self.jobTimeoutSeconds = jobTimeoutSeconds
        self.outputSuffixes = outputSuffixes
        self.resultSuffixes = resultSuffixes
        self.writesFolderIndex = writesFolderIndex
        self.fingerprint = fingerprint
        self.text = text
    }
}

/// What the result files beside an input say it was made from.
public struct RecordedState: Sendable, Equatable {
    /// The `source.sha256` recorded; nil when the input could not even be read.
    public var sha256: String?
    public var fingerprint: String
    /// Whether the record is a `NAME.error.json` rather than a result.
    public var isFailure: Bool
    /// When the record was written (its modification time, ns since the epoch). A record
    /// without a digest stays current only while the input has not changed since.
    public var writtenNanoseconds: Int64

    public init(sha256: String?, fingerprint: String, isFailure: Bool, writtenNanoseconds: Int64) {
        self.sha256 = sha256
        self.fingerprint = fingerprint
        self.isFailure = isFailure
        self.writtenNanoseconds = writtenNanoseconds
    }
}

/// The pipeline as a worker runs it: built once per configuration, then used for many inputs.
public protocol PipelineEngine: Sendable {
    var fingerprint: String { get }
    /// The processor names in the order they run, for error records.
    var processors: [String] { get }
    /// The results it writes for each input (`.json`, `.md`).
    var resultSuffixes: [String] { get }
    /// Reads the input and, unless `isCurrent` says its digest is already processed, runs the
    /// processors and writes the results atomically beside it. Throws an `EngineFailure`
    /// when the input cannot be processed.
    func process(inputPath: String, isCurrent: (String) -> Bool) throws -> EngineOutcome
}

public enum EngineOutcome: Sendable, Equatable {
    /// Results written; a short description for the log.
    case written(String)
    /// The results beside the input are current for its bytes.
    case upToDate
}

/// Why an input could not be processed, with the digest of its bytes when they were read.
public struct EngineFailure: Error, CustomStringConvertible {
    public var sha256: String?
    public var underlying: any Error

    public init(sha256: String?, underlying: any Error) {
        self.sha256 = sha256
        self.underlying = underlying
    }

    public var description: String { "\(underlying)" }
}

/// The parts of Presswatch the daemon builds on: configuration loading, the pipeline, and
/// the result files. The executable provides them; the daemon knows nothing of processors.
public protocol DaemonBackend: Sendable {
    /// Loads and checks the configuration. A thrown error's description names the file,
    /// line and column of every problem.
    func loadConfiguration(at path: String) throws -> DaemonConfiguration
    /// Builds the pipeline (in a worker process) from a configuration's text; relative paths
    /// in it resolve against `configPath`'s folder.
    func makeEngine(configPath: String, text: String) throws -> any PipelineEngine
    /// What the results beside `input` record when all of `results` (`.json`, `.md`) agree,
    /// or else what its `NAME.error.json` records; nil when neither holds.
    func recordedState(ofInput input: String, results: [String]) -> RecordedState?
    /// The SHA-256 of a file's bytes, lowercase hex.
    func sha256(ofFileAt path: String) throws -> String
    /// Writes `NAME.error.json` beside `input` for `error` (an input or processor error, or a
    /// `DaemonFailure`), replacing stale results.
    func writeFailure(
        forInput input: String, error: any Error, sha256: String?, fingerprint: String,
        processors: [String]) throws
    /// Whether `name` is a temporary file the result writer leaves when killed mid-write;
    /// with `input`, only one written for that input's results.
    func isLeftoverTemporary(_ name: String, of input: String?) -> Bool
    /// Rewrites a folder's `index.html` of its page views, atomically; returns how many
    /// pages it lists.
    func writeFolderIndex(_ folder: String) throws -> Int
}

extension DaemonBackend {
    /// A backend that writes no page views has no index to write.
    public func writeFolderIndex(_ folder: String) throws -> Int { 0 }
}

/// A failure the daemon itself finds: a symbolic link, an unreadable or vanished file, a
/// crashed worker.
public struct DaemonFailure: Error, Sendable, CustomStringConvertible {
    /// A stable code for the error record: `symlink`, `unreadable`, `vanished`, `crash`,
    /// `timeout`.
    public var reason: String
    public var message: String

    public init(reason: String, message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
