import Foundation
import YAMLTree

/// The `watch:` section: which folder the daemon watches and how.
public struct WatchSettings: Codable, Sendable, Equatable {
    /// The folder to watch. In `pipeline.yaml` relative to the file; after loading absolute.
    public var directory = "inbox"
    /// File name patterns (`*` and `?`) of the inputs.
    public var patterns = ["*.txt"]
    /// How long a file must stay untouched after its last write before it is read.
    public var settleMs = 500
    /// Whether files in subfolders are watched too.
    public var recursive = false
    /// Seconds between full rescans of the folder (a safety net for missed events); 0: never.
    public var rescanS = 300

    public init() {}
}

/// A kind of result file written beside each input.
public enum OutputFormat: String, Codable, Sendable, CaseIterable {
    /// `NAME.json`, the result (the contract); `NAME.md`, a report; `NAME.html`, the page
    /// view, with the folder's `index.html`.
    case json, markdown, html
}

/// The `output:` section.
public struct OutputSettings: Codable, Sendable, Equatable {
    public var formats: [OutputFormat] = [.json, .markdown]

    public init() {}
}

/// A loaded `pipeline.yaml`: every setting (defaults filled in) and the built pipeline.
public struct Configuration: Sendable {
    /// The configuration file's path as the user gave it (for messages).
    public var path: String
    /// The absolute folder holding the configuration file: relative paths resolve against it.
    public var directory: String
    public var watch: WatchSettings
    public var output: OutputSettings
    /// How many files are processed at once.
    public var workers: Int
    /// Inputs larger than this are refused.
    public var maxInputBytes: Int
    /// Whether the daemon redoes earlier results when the pipeline's fingerprint changes (the
    /// processors, their options or the program version); otherwise only failures are retried.
    public var reprocessOnChange: Bool
    /// On SIGTERM, how long the files in hand may take before the daemon stops anyway.
    public var shutdownTimeoutS: Int
    /// How long one input may take in the daemon before its worker is stopped and the input
    /// gets an error record; 0: no limit.
    public var jobTimeoutS: Int
    public var pipeline: Pipeline

    /// Every setting at its default, `watch.directory` resolved against `directory`.
    public init(path: String, directory: String, pipeline: Pipeline = Pipeline()) {
        let file = ConfigurationFile()
        self.init(file: file, path: path, directory: directory, pipeline: pipeline)
    }

    init(file: ConfigurationFile, path: String, directory: String, pipeline: Pipeline) {
        self.path = path
        self.directory = directory
        self.watch = file.watch
        self.watch.directory = resolvePath(file.watch.directory, against: directory)
        self.output = file.output
        self.workers = file.workers
        self.maxInputBytes = file.maxInputBytes
        self.reprocessOnChange = file.reprocessOnChange
        self.shutdownTimeoutS = file.shutdownTimeoutS
        self.jobTimeoutS = file.jobTimeoutS
        self.pipeline = pipeline
    }
}

/// `pipeline.yaml` as written, every key with its default.
struct ConfigurationFile: Codable, Equatable {
    static let defaultMaxInputBytes = 16 * 1024 * 1024

    var watch = WatchSettings()
    var output = OutputSettings()
    var workers = ProcessInfo.processInfo.activeProcessorCount
    var maxInputBytes = defaultMaxInputBytes
    var reprocessOnChange = false
    var shutdownTimeoutS = 30
    var jobTimeoutS = 300
    /// Read by the loader item by item; here so that the key is known.
    var processors: YAMLNode?

    /// What the types cannot say about each setting; types and defaults come from above.
    static let fields = [
        OptionField(
            "watch.directory", isPath: true,
            help: "the folder watched for new pages, relative to `pipeline.yaml`"),
        OptionField(
            "watch.patterns",
            help:
                "file-name patterns (`*`, `?`) of inputs; quote them, since `*` starts an alias in YAML"
        ),
        OptionField(
            "watch.settle_ms", bounds: .atLeast(0),
            help: "a file written in place is read once it has been quiet this long"),
        OptionField(
            "watch.recursive", help: "watch subfolders too (new ones as they appear)"),
        OptionField(
            "watch.rescan_s", bounds: .atLeast(0),
            help: "seconds between full rescans, a safety net for lost events; `0` = never"),
        OptionField(
            "output.formats",
            help:
                "results written beside each input: `json` → `NAME.json`, `markdown` → `NAME.md`,"
                + " `html` → `NAME.html` (the page view) and the folder's `index.html`"),
        OptionField(
            "workers", bounds: .atLeast(1), computedDefault: "number of cores",
            help: "files processed at once"),
        OptionField(
            "max_input_bytes", bounds: .atLeast(1),
            help: "larger inputs are refused (the default is 16 MiB)"),
        OptionField(
            "reprocess_on_change",
            help:
                "when the processors, their options or the program change, redo earlier results"
                + " (otherwise only failed inputs are retried)"),
        OptionField(
            "shutdown_timeout_s", bounds: .atLeast(0),
            help: "on SIGTERM, how long the files in hand may take to finish"),
        OptionField(
            "job_timeout_s", bounds: .atLeast(0),
            help:
                "the daemon stops a file's processing after this long (a processor caught in a"
                + " loop) and records the file as failed; `0` = no limit"),
        OptionField(
            "processors", holds: "list of processors",
            help:
                "the processors, in the order they run; with none, each input passes through as"
                + " one article"),
    ]

    /// The settings as the README's table and `check` know them.
    static let catalog = OptionCatalog(
        ConfigurationFile.self, defaults: ConfigurationFile(), fields: fields,
        owner: "pipeline.yaml")
}

extension Configuration {
    /// Every top-level setting of `pipeline.yaml`, its type, default and allowed values read
    /// from the settings types: the README's table of settings.
    public static var documentedOptions: [OptionDescription] { ConfigurationFile.catalog.options }
    /// Where the settings' fields and their types disagree (a test keeps this empty).
    public static var optionProblems: [String] { ConfigurationFile.catalog.problems }
}

/// An absolute, tidy path (no `.` or `..` steps) for `path` relative to `directory`.
func resolvePath(_ path: String, against directory: String) -> String {
    var expanded = path
    if path.hasPrefix("~/"), let home = getenvString("HOME") {
        expanded = home + path.dropFirst(1)
    }
    let base = URL(fileURLWithPath: directory, isDirectory: true)
    return URL(fileURLWithPath: expanded, relativeTo: base).standardizedFileURL.path
}
