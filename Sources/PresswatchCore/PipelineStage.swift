import Foundation

/// One built processor in a pipeline, with the options it was built with.
public struct PipelineStage: Sendable {
    public let name: String
    public let needs: Set<Capability>
    public let gives: Set<Capability>
    public let processor: any Processor
    /// The effective options as canonical JSON (sorted keys, snake_case): part of the
    /// pipeline's fingerprint.
    public let optionsJSON: String

    public init<P: Processor>(_ processor: P, options: P.Options) {
        name = P.name
        needs = P.needs
        gives = P.gives
        self.processor = processor
        optionsJSON = canonicalJSON(options)
    }
}

/// Options as JSON with sorted keys in snake_case: equal options give equal text.
func canonicalJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(value) else { return "\(value)" }
    return String(decoding: data, as: UTF8.self)
}
