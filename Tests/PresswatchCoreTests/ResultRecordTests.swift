import PresswatchTesting
import Testing

@testable import PresswatchCore

/// The one rule for "is this input's record current?", which `process`, the daemon's scan
/// and its workers share.
@Suite(.tags(.fast)) struct ResultRecordTests {
    let digest = String(repeating: "a", count: 64)
    let other = String(repeating: "b", count: 64)

    func state(
        _ record: ResultRecord, fingerprint: String = "f", otherPipelinesAreStale: Bool = true,
        input: String?, changed: Int64? = nil
    ) -> ResultState {
        record.state(
            fingerprint: fingerprint, otherPipelinesAreStale: otherPipelinesAreStale,
            inputSHA256: { input }, inputChangedNanoseconds: changed)
    }

    @Test func aResultIsCurrentForItsBytesAndPipelineOnly() {
        let result = ResultRecord(
            sha256: digest, fingerprint: "f", isFailure: false, writtenNanoseconds: 0)
        #expect(state(result, input: digest) == .upToDate)
        #expect(state(result, input: other) == .needsProcessing)
        #expect(state(result, input: nil) == .needsProcessing)
        #expect(state(result, fingerprint: "g", input: digest) == .needsProcessing)
        // Without reprocess_on_change, a result of another pipeline stands.
        #expect(
            state(result, fingerprint: "g", otherPipelinesAreStale: false, input: digest)
                == .upToDate)
    }

    @Test func aFailureOfAnotherPipelineIsAlwaysRetried() {
        let failure = ResultRecord(
            sha256: digest, fingerprint: "f", isFailure: true, writtenNanoseconds: 0)
        #expect(state(failure, input: digest) == .failedBefore)
        #expect(state(failure, input: other) == .needsProcessing)
        #expect(
            state(failure, fingerprint: "g", otherPipelinesAreStale: false, input: digest)
                == .needsProcessing)
    }

    /// A record without a digest (the input could not be read, or its worker crashed) holds
    /// while the input has not changed in any way since, and not when that is unknown.
    @Test func aRecordWithoutADigestHoldsUntilTheInputChanges() {
        let failure = ResultRecord(
            sha256: nil, fingerprint: "f", isFailure: true, writtenNanoseconds: 100)
        #expect(state(failure, input: digest, changed: 90) == .failedBefore)
        #expect(state(failure, input: nil, changed: 100) == .failedBefore)
        #expect(state(failure, input: digest, changed: 110) == .needsProcessing)
        #expect(state(failure, input: digest, changed: nil) == .needsProcessing)
    }

    /// The digest is asked for only when the decision needs it: a scan hashes nothing it can
    /// decide without.
    @Test func theDigestIsComputedOnlyWhenNeeded() {
        let failure = ResultRecord(
            sha256: digest, fingerprint: "f", isFailure: true, writtenNanoseconds: 0)
        var asked = 0
        _ = failure.state(
            fingerprint: "g", otherPipelinesAreStale: false,
            inputSHA256: {
                asked += 1
                return digest
            }, inputChangedNanoseconds: nil)
        #expect(asked == 0)
    }
}
