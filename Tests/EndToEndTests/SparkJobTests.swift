import Foundation
import PresswatchTesting
import Testing

/// Where `make test-deps` installs pyspark: `PRESSWATCH_SPARK_VENV`, or `.build/spark-venv`.
private let sparkVenv = URL(
    fileURLWithPath: ProcessInfo.processInfo.environment["PRESSWATCH_SPARK_VENV"]
        ?? TestData.repository.appendingPathComponent(".build/spark-venv").path)

private let sparkJob = TestData.repository.appendingPathComponent("tools/spark/presswatch_spark.py")

/// The tests' environment with the Spark venv first on PATH, so spark-submit, its workers and
/// the Python tests all use the venv's Python and pyspark.
private func sparkEnvironment() -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    let bin = sparkVenv.appendingPathComponent("bin").path
    environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["PYSPARK_PYTHON"] = bin + "/python"
    environment["PYSPARK_DRIVER_PYTHON"] = bin + "/python"
    return environment
}

/// What the Spark tests need, or why they cannot run: pyspark in the venv and a Java runtime.
/// Missing either fails the suite (CI installs both); it is never skipped.
private func sparkPrerequisites() throws {
    let python = sparkVenv.appendingPathComponent("bin/python")
    let pyspark = try? runProgram(python, ["-c", "import pyspark"])
    guard pyspark?.status == 0 else {
        throw RunError(
            description: "pyspark is not installed in \(sparkVenv.path): run `make test-deps` "
                + "(pyspark from PyPI into .build/spark-venv, and a Java runtime)")
    }
    let java = try? runProgram(
        URL(fileURLWithPath: "/usr/bin/env"), ["java", "-version"], environment: sparkEnvironment())
    guard java?.status == 0 else {
        throw RunError(
            description: "no Java runtime (java -version failed): run `make test-deps` "
                + "(Debian's default-jre-headless)")
    }
}

/// The test pages, the seed page, the seed page in GB18030 and a binary file, in one folder.
private func sparkPages(in folder: TemporaryFolder) throws -> [URL] {
    let pages = folder.url.appendingPathComponent("pages")
    try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
    let source = TestData.repository.appendingPathComponent("Tests/Data/pages")
    let names = try FileManager.default.contentsOfDirectory(atPath: source.path)
        .filter { $0.hasSuffix(".txt") }.sorted()
    for name in names {
        try FileManager.default.copyItem(
            at: source.appendingPathComponent(name), to: pages.appendingPathComponent(name))
    }
    let seed = TestData.repository.appendingPathComponent("seeds/000_21d0c9da4e890f31.txt")
    try FileManager.default.copyItem(at: seed, to: pages.appendingPathComponent("seed.txt"))
    let seedText = try String(contentsOf: seed, encoding: .utf8)
    let gb18030 = try #require(seedText.data(using: String.Encoding(rawValue: 0x8000_0632)))
    try gb18030.write(to: pages.appendingPathComponent("gb18030.txt"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(
        to: pages.appendingPathComponent("image.txt"))
    return try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted()
        .map { pages.appendingPathComponent($0) }
}

private func jsonObject(_ line: some StringProtocol) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
}

private func withoutTimes(_ object: [String: Any]) -> NSDictionary {
    var object = object
    object.removeValue(forKey: "elapsed_ms")
    object.removeValue(forKey: "time")
    object.removeValue(forKey: "source")
    object.removeValue(forKey: "file")
    return object as NSDictionary
}

@Suite(.serialized, .tags(.daemon)) struct SparkJobTests {
    /// One Spark run in local mode, the way a cluster without presswatch installed runs it:
    /// the binary and pipeline.yaml shipped with --files, the data folders with --archives.
    /// Every page gets exactly one record, equal to what `process` gives for the file.
    @Test func localModeGivesEachPageWhatProcessGives() throws {
        try sparkPrerequisites()
        let folder = try TemporaryFolder()
        let pages = try sparkPages(in: folder)
        let binary = try presswatchBinary()
        let config = TestData.repository.appendingPathComponent("pipeline.yaml")
        let resources = try FileManager.default.contentsOfDirectory(
            atPath: binary.deletingLastPathComponent().path
        ).filter { $0.hasPrefix("presswatch_") && $0.hasSuffix(".resources") }
        let tar = try runProgram(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["tar", "-C", binary.deletingLastPathComponent().path, "-czf", "data.tgz"] + resources,
            cwd: folder.url)
        try #require(tar.status == 0, "\(tar.stderr)")

        let submit = try runProgram(
            sparkVenv.appendingPathComponent("bin/spark-submit"),
            [
                "--master", "local[2]", "--files", "\(binary.path),\(config.path)",
                "--archives", "data.tgz#presswatch-data", sparkJob.path,
                "--binary", "presswatch", "--config", "pipeline.yaml", "pages", "out",
            ], cwd: folder.url, environment: sparkEnvironment())
        try #require(submit.status == 0, "spark-submit failed:\n\(submit.stderr.suffix(4000))")
        #expect(submit.stdout.contains("presswatch-spark: 27 pages, 26 results, 1 errors -> out"))

        let out = folder.url.appendingPathComponent("out")
        let parts = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(parts.contains("_SUCCESS"))
        var records: [String: [String: Any]] = [:]
        for part in parts where part.hasPrefix("part-") {
            let text = try String(contentsOf: out.appendingPathComponent(part), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let record = try jsonObject(line)
                let file =
                    (record["source"] as? [String: Any])?["file"] as? String ?? record["file"]
                    as! String
                #expect(records[file] == nil, "two records for \(file)")
                records[file] = record
            }
        }
        let uris = pages.map { "file:" + $0.path }
        #expect(records.keys.sorted() == uris.sorted())

        let image = pages.first { $0.lastPathComponent == "image.txt" }!
        let decodable = pages.filter { $0 != image }
        let printed = try runPresswatch(
            ["process", "--config", config.path, "--stdout"] + decodable.map(\.path))
        #expect(printed.status == 0, "\(printed.stderr)")
        let expected = try printed.stdout.split(separator: "\n").map(jsonObject)
        try #require(expected.count == decodable.count)
        for (page, result) in zip(decodable, expected) {
            let record = try #require(records["file:" + page.path])
            #expect(record["schema"] as? String == "presswatch.result/1")
            #expect(withoutTimes(record) == withoutTimes(result), "\(page.lastPathComponent)")
            var source = record["source"] as! [String: Any]
            var sourceExpected = result["source"] as! [String: Any]
            source["file"] = nil
            sourceExpected["file"] = nil
            #expect(source as NSDictionary == sourceExpected as NSDictionary)
        }
        let gb = try #require(records["file:" + folder.url.path + "/pages/gb18030.txt"])
        #expect((gb["source"] as? [String: Any])?["encoding"] as? String == "gb18030")

        let refused = try runPresswatch(["process", "--config", config.path, image.path])
        #expect(refused.status == 1)
        let errorRecord = try jsonObject(
            String(
                contentsOf: image.deletingPathExtension().appendingPathExtension("error.json"),
                encoding: .utf8))
        let record = try #require(records["file:" + image.path])
        #expect(record["schema"] as? String == "presswatch.error/1")
        #expect(record["reason"] as? String == "binary")
        #expect(record["byte_offset"] as? Int == 8)
        #expect(withoutTimes(record) == withoutTimes(errorRecord))
        #expect(record["source"] as? NSDictionary == errorRecord["source"] as? NSDictionary)
    }

    /// The partition runner without Spark (tools/spark/test_presswatch_spark.py): a pipe that
    /// crashes or answers out of turn fails the task rather than losing or inventing pages.
    @Test func aCrashedPipeFailsItsTask() throws {
        try sparkPrerequisites()
        var environment = sparkEnvironment()
        environment["PRESSWATCH_BINARY"] = try presswatchBinary().path
        let run = try runProgram(
            sparkVenv.appendingPathComponent("bin/python"),
            [
                "-W", "error::ResourceWarning",
                TestData.repository.appendingPathComponent("tools/spark/test_presswatch_spark.py")
                    .path,
            ], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
