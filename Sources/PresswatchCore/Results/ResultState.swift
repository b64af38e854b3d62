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

extension ResultWriter {
    /// The state of an input's results, given the digest of its bytes as they are now
    /// (`InputReader.readRaw(_:).sha256`).
    public func state(of names: OutputNames, inputSHA256: String) -> ResultState {
        let current = ResultStamp(sha256: inputSHA256, fingerprint: fingerprint)
        if FileManager.default.fileExists(atPath: names.error) {
            return ResultStamp.read(from: names.error) == current ? .failedBefore : .needsProcessing
        }
        let paths = formats.map(names.path(of:))
        let allCurrent =
            !paths.isEmpty && paths.allSatisfy { ResultStamp.read(from: $0) == current }
        return allCurrent ? .upToDate : .needsProcessing
    }
}
