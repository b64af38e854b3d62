import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import PresswatchDaemon

/// The worker's side of a job, on a real folder with a pipeline without processors.
@Suite(.tags(.fast)) struct WorkerJobTests {
    let folder: String
    let job: WorkerJob

    init() throws {
        folder = NSTemporaryDirectory() + "presswatch-worker-job-\(UUID())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let configuration = try ConfigurationLoader.load(
            text: "processors: []\n", path: "pipeline.yaml", directory: folder, processors: [])
        job = WorkerJob(job: FileJob(configuration: configuration))
    }

    func request(_ name: String, sha256: String? = nil, status: FileStatus? = nil) -> JobRequest {
        JobRequest(
            input: folder + "/" + name, name: name, knownSHA256: sha256, knownStatus: status)
    }

    func recordedReason(_ name: String) throws -> String? {
        let stem = (name as NSString).deletingPathExtension
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(stem).error.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["reason"]
            as? String
    }

    @Test func anInputGoneBeforeItsWorkerReadsItGetsAVanishedRecord() throws {
        let reply = job.run(request("never-there.txt"))
        #expect(reply.outcome == .failed)
        #expect(reply.message == "vanished before it could be read")
        #expect(try recordedReason("never-there.txt") == "vanished")
    }

    @Test func aSymbolicLinkIsRecordedNotFollowed() throws {
        try "本报讯".write(toFile: folder + "/target.dat", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.txt", withDestinationPath: folder + "/target.dat")
        let reply = job.run(request("link.txt"))
        #expect(reply.outcome == .failed)
        #expect(try recordedReason("link.txt") == "symlink")
        #expect(!FileManager.default.fileExists(atPath: folder + "/link.json"))
    }

    @Test func aProcessedInputIsCurrentTheSecondTime() throws {
        try "本报讯 今天".write(toFile: folder + "/page.txt", atomically: true, encoding: .utf8)
        #expect(job.run(request("page.txt")).outcome == .written)
        let again = job.run(request("page.txt"))
        #expect(again.outcome == .upToDate)
        #expect(again.message == "results are current")
    }

    /// The scan's digest stands in for hashing while the file's status is unchanged, and
    /// only then: a digest that does not match the records makes the job process the file.
    @Test func aKnownDigestIsUsedOnlyForTheStatusItWasTakenAt() throws {
        let path = folder + "/page.txt"
        try "本报讯 今天".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(job.run(request("page.txt")).outcome == .written)
        let status = try #require(FileStatus.of(path))
        let wrong = String(repeating: "0", count: 64)
        #expect(job.run(request("page.txt", sha256: wrong, status: status)).outcome == .written)
        var other = status
        other.size += 1
        let stale = job.run(request("page.txt", sha256: wrong, status: other))
        #expect(stale.outcome == .written)
        #expect(job.run(request("page.txt")).outcome == .upToDate)
    }
}
