/// The processors of a configuration, in order, built and checked.
///
/// With no processors the document passes through unchanged: one article holding the
/// whole text.
public struct Pipeline: Sendable {
    public let stages: [PipelineStage]
    /// The program version the fingerprint was made with.
    public let version: String
    /// SHA-256 (hex) of the program version and every processor's name and effective options:
    /// a result made with another fingerprint is stale.
    public let fingerprint: String

    public init(stages: [PipelineStage] = [], version: String = Generator.version) {
        self.stages = stages
        self.version = version
        var description = "\(Generator.name) \(version)\n"
        for stage in stages {
            description += "\(stage.name) \(stage.optionsJSON)\n"
        }
        self.fingerprint = SHA256.hex(description)
    }

    public var processorNames: [String] { stages.map(\.name) }

    /// Runs every processor in order. A processor's error comes out as a `ProcessorFailure`
    /// naming it.
    public func run(_ document: inout Document) throws(ProcessorFailure) {
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
