import Foundation
import FuzzTargets
import PresswatchTesting
import Testing

/// What the fuzz targets found (`make fuzz`, Fuzz/README.md), kept: each input that crashed a
/// target or broke one of its properties lies in `Tests/Data/fuzz/<target>/`, and runs here
/// through the very code the fuzz binary runs (`FuzzTarget.run`), so a fix that regresses
/// crashes this suite or fails it with the broken property.
@Suite(.tags(.fast)) struct FuzzFindingsTests {
    static func findings(of target: FuzzTarget) throws -> [URL] {
        let folder = TestData.url("fuzz/\(target.rawValue)")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil
        )
        .filter { $0.lastPathComponent != "README.md" }
        .sorted { $0.path < $1.path }
    }

    @Test(arguments: FuzzTarget.allCases)
    func findingsRunClean(_ target: FuzzTarget) throws {
        for finding in try Self.findings(of: target) {
            let bytes = [UInt8](try Data(contentsOf: finding))
            #expect(target.run(bytes) == [], "\(finding.lastPathComponent)")
        }
    }

    /// The committed corpora (`Fuzz/Corpus/<target>`, the inputs the fuzzer kept for the
    /// paths they reach) keep every property in the normal build too: a change that breaks
    /// one on any of those paths fails here without a fuzz build.
    @Test(arguments: FuzzTarget.allCases)
    func corpusRunsClean(_ target: FuzzTarget) throws {
        let folder = TestData.repositoryFile("Fuzz/Corpus/\(target.rawValue)")
        let inputs = try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil)
        #expect(!inputs.isEmpty, "no corpus in \(folder.path)")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(target.run(bytes) == [], "\(input.lastPathComponent)")
        }
    }
}
