import Foundation

/// Whether an input needs processing, judged from the files beside it alone: the outputs are
/// the record of what is done.
public enum ResultState: Sendable, Equatable {
    /// Every configured result records this input's digest and this pipeline's fingerprint.
    case upToDate
    /// The error record says this same input failed with this same pipeline: trying again
    /// would fail again, until the input or the configuration changes.
    case failedBefore
    /// A result is missing, or was made from other bytes or by another pipeline, or an error
    /// record of another input or pipeline lies beside the results (processing removes it).
    case needsProcessing
}

/// What the files beside an input record of how it was last processed: read once, then
/// judged by `state(…)`, the one rule that `process`, the daemon's scan and its worker share.
public struct ResultRecord: Sendable, Equatable {
    /// The input digest recorded; nil in an error record of an input that could not be read
    /// (or whose worker crashed).
    public var sha256: String?
    public var fingerprint: String
    /// Whether this is `NAME.error.json` rather than the results.
    public var isFailure: Bool
    /// When an error record was written (its modification time, ns since the epoch).
    public var writtenNanoseconds: Int64
    /// Whether the failure was the output's (a full disk, a file-size limit), not the
    /// input's: such a record never makes the input current, so it is tried again.
    public var isOutputFailure: Bool

    public init(
        sha256: String?, fingerprint: String, isFailure: Bool, writtenNanoseconds: Int64,
        isOutputFailure: Bool = false
    ) {
        self.sha256 = sha256
        self.fingerprint = fingerprint
        self.isFailure = isFailure
        self.writtenNanoseconds = writtenNanoseconds
        self.isOutputFailure = isOutputFailure
    }

    /// The record beside an input: its error record when there is one (the results of an
    /// earlier success are left beside it but no longer count), else the stamp that all of
    /// `formats`' results agree on; nil when neither holds.
    public static func read(_ names: OutputNames, formats: [OutputFormat]) -> ResultRecord? {
        var status = stat()
        if lstat(names.error, &status) == 0 { return failure(at: names.error, status: status) }
        let stamps = formats.map { ResultStamp.read(from: names.path(of: $0)) }
        guard let first = stamps.first, let stamp = first, stamps.allSatisfy({ $0 == stamp })
        else { return nil }
        return ResultRecord(
            sha256: stamp.sha256, fingerprint: stamp.fingerprint, isFailure: false,
            writtenNanoseconds: 0)
    }

    /// Nil for a record that cannot be read: like a missing result, it asks for processing.
    private static func failure(at path: String, status: stat) -> ResultRecord? {
        guard let data = FileManager.default.contents(atPath: path),
            let recorded = try? JSONDecoder().decode(RecordedFailure.self, from: data)
        else { return nil }
        let written = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        return ResultRecord(
            sha256: recorded.source?.sha256, fingerprint: recorded.pipeline.fingerprint,
            isFailure: true, writtenNanoseconds: written,
            isOutputFailure: recorded.reason == ErrorRecord.outputReason)
    }

    private struct RecordedFailure: Decodable {
        struct Source: Decodable { var sha256: String? }
        struct Pipeline: Decodable { var fingerprint: String }
        var reason: String?
        var source: Source?
        var pipeline: Pipeline
    }

    /// Whether processing the input again could give another answer.
    ///
    /// - `fingerprint`: the running pipeline's. A failure of another pipeline is always
    ///   stale; a result of another one only when `otherPipelinesAreStale`
    ///   (`reprocess_on_change`, or a job that was asked for this input).
    /// - `inputSHA256`: the digest of the input's bytes now; asked only when needed (a scan
    ///   hashes nothing it can decide without), nil when the input cannot be hashed.
    /// - `inputChangedNanoseconds`: the input's status-change time, when known. A record
    ///   without a digest holds while the input has not changed in any way since it was
    ///   written, permissions included; unknown, it does not hold.
    public func state(
        fingerprint: String, otherPipelinesAreStale: Bool,
        inputSHA256: () -> String?, inputChangedNanoseconds: Int64?
    ) -> ResultState {
        if isOutputFailure { return .needsProcessing }
        if self.fingerprint != fingerprint && (isFailure || otherPipelinesAreStale) {
            return .needsProcessing
        }
        guard let sha256 else {
            guard let changed = inputChangedNanoseconds, changed <= writtenNanoseconds else {
                return .needsProcessing
            }
            return .failedBefore
        }
        guard inputSHA256() == sha256 else { return .needsProcessing }
        return isFailure ? .failedBefore : .upToDate
    }
}

extension ResultWriter {
    /// The state of an input's results, given the digest of its bytes as they are now
    /// (`InputReader.readRaw(_:).sha256`).
    public func state(of names: OutputNames, inputSHA256: String) -> ResultState {
        guard let record = ResultRecord.read(names, formats: formats) else {
            return .needsProcessing
        }
        return record.state(
            fingerprint: fingerprint, otherPipelinesAreStale: true,
            inputSHA256: { inputSHA256 }, inputChangedNanoseconds: nil)
    }
}
