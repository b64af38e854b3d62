/// The processors of a configuration, in order, built and checked.
///
/// With no processors the document passes through unchanged: one article holding the
/// whole text.
public struct Pipeline: Sendable {
    /// The built processors; none when the pipeline was only checked.
    public let stages: [PipelineStage]
    /// The processor names in the order they run.
    public let processorNames: [String]
    /// Whether the processors are built. A pipeline only checked (the daemon's parent, which
    /// leaves building to its workers) knows its names and fingerprint, and cannot run.
    public let isBuilt: Bool
    /// The program version the fingerprint was made with.
    public let version: String
    /// SHA-256 (hex) of the program version and every processor's name and effective options:
    /// a result made with another fingerprint is stale.
    public let fingerprint: String

    /// A processor checked but not built: its name and effective options.
    public struct CheckedStage: Sendable {
        public var name: String
        public var optionsJSON: String
    }

    public init(stages: [PipelineStage] = [], version: String = Generator.version) {
        self.init(
            stages: stages, isBuilt: true, version: version,
            checked: stages.map { CheckedStage(name: $0.name, optionsJSON: $0.optionsJSON) })
    }

    public init(checked: [CheckedStage], version: String = Generator.version) {
        self.init(stages: [], isBuilt: checked.isEmpty, version: version, checked: checked)
    }

    private init(
        stages: [PipelineStage], isBuilt: Bool, version: String, checked: [CheckedStage]
    ) {
        self.stages = stages
        self.isBuilt = isBuilt
        self.version = version
        processorNames = checked.map(\.name)
        var description = "\(Generator.name) \(version)\n"
        for stage in checked {
            description += "\(stage.name) \(stage.optionsJSON)\n"
        }
        fingerprint = SHA256.hex(description)
    }

    /// Runs every processor in order. A processor's error comes out as a `ProcessorFailure`
    /// naming it.
    public func run(_ document: inout Document) throws(ProcessorFailure) {
        precondition(isBuilt, "a pipeline that was only checked cannot run")
        for stage in stages {
            do {
                try stage.processor.process(&document)
            } catch {
                throw ProcessorFailure(processor: stage.name, underlying: error)
            }
        }
    }
}

/// A processor failed on a document.
public struct ProcessorFailure: Error, CustomStringConvertible {
    public var processor: String
    public var underlying: any Error

    public init(processor: String, underlying: any Error) {
        self.processor = processor
        self.underlying = underlying
    }

    public var description: String { "\(processor): \(describe(underlying))" }
}
