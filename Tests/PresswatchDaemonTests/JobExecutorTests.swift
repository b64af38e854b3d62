import Foundation
import PresswatchTesting
import Synchronization
import Testing

@testable import PresswatchDaemon

/// A backend that records the failures written, and knows nothing else.
private final class RecordingBackend: DaemonBackend, Sendable {
    let failures = Mutex<[(input: String, reason: String)]>([])

    func loadConfiguration(at path: String) throws -> DaemonConfiguration {
        throw DaemonFailure(reason: "test", message: "not used")
    }
    func makeEngine(configPath: String, text: String) throws -> any PipelineEngine {
        throw DaemonFailure(reason: "test", message: "not used")
    }
    func recordedState(ofInput input: String, results: [String]) -> RecordedState? { nil }
    func sha256(ofFileAt path: String) throws -> String { "" }
    func writeFailure(
        forInput input: String, error: any Error, sha256: String?, fingerprint: String,
        processors: [String]
    ) throws {
        let reason = (error as? DaemonFailure)?.reason ?? "other"
        failures.withLock { $0.append((input, reason)) }
    }
    func isLeftoverTemporary(_ name: String, of input: String?) -> Bool { false }
}

/// An engine whose input disappears while it is being read.
private struct VanishingEngine: PipelineEngine {
    let fingerprint = "f"
    let processors: [String] = []
    let resultSuffixes = [".json"]

    func process(inputPath: String, isCurrent: (String) -> Bool) throws -> EngineOutcome {
        try FileManager.default.removeItem(atPath: inputPath)
        throw EngineFailure(sha256: nil, underlying: DaemonFailure(reason: "io", message: "gone"))
    }
}

@Suite(.tags(.fast)) struct JobExecutorTests {
    @Test func anInputGoneBeforeItsWorkerReadsItGetsAVanishedRecord() {
        let backend = RecordingBackend()
        let executor = JobExecutor(backend: backend, engine: VanishingEngine())
        let missing = NSTemporaryDirectory() + "presswatch-never-there-\(UUID()).txt"
        let reply = executor.run(missing)
        #expect(reply.outcome == .failed)
        #expect(reply.message == "vanished before it could be read")
        #expect(backend.failures.withLock { $0.map(\.reason) } == ["vanished"])
    }

    @Test func anInputThatVanishesWhileBeingReadGetsAVanishedRecordToo() throws {
        let backend = RecordingBackend()
        let path = NSTemporaryDirectory() + "presswatch-vanishing-\(UUID()).txt"
        try Data("本报讯".utf8).write(to: URL(fileURLWithPath: path))
        let reply = JobExecutor(backend: backend, engine: VanishingEngine()).run(path)
        #expect(reply.outcome == .failed)
        #expect(backend.failures.withLock { $0.map(\.reason) } == ["vanished"])
    }
}
