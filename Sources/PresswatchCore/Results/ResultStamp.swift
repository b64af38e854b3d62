import Foundation

/// What makes a result current: the digest of the input it was made from and the fingerprint
/// of the pipeline that made it. Both `NAME.json` and `NAME.error.json` record them; when
/// both equal the input's digest and the running pipeline's fingerprint, processing the input
/// again would give the same answer.
public struct ResultStamp: Sendable, Hashable {
    public var sha256: String
    public var fingerprint: String

    public init(sha256: String, fingerprint: String) {
        self.sha256 = sha256
        self.fingerprint = fingerprint
    }

    /// The stamp recorded in a result or error record (`source.sha256`,
    /// `pipeline.fingerprint`); nil when the file is missing, unreadable, not JSON, or lacks
    /// either field (an error record of an input that could not be read has no digest).
    public static func read(from path: String) -> ResultStamp? {
        guard let data = FileManager.default.contents(atPath: path),
            let recorded = try? JSONDecoder().decode(Recorded.self, from: data),
            let sha256 = recorded.source?.sha256
        else { return nil }
        return ResultStamp(sha256: sha256, fingerprint: recorded.pipeline.fingerprint)
    }

    private struct Recorded: Decodable {
        struct Source: Decodable { var sha256: String }
        struct Pipeline: Decodable { var fingerprint: String }
        var source: Source?
        var pipeline: Pipeline
    }
}
