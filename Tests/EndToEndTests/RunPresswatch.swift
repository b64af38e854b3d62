import Foundation

/// What one run of the binary did.
struct RunResult: Sendable, Equatable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `presswatch` binary: SwiftPM puts it beside the test bundle.
func presswatchBinary() throws -> URL {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var candidates = [testBinary.deletingLastPathComponent()]
    for bundle in Bundle.allBundles {
        candidates.append(bundle.bundleURL.deletingLastPathComponent())
    }
    for folder in candidates {
        let binary = folder.appendingPathComponent("presswatch")
        if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
    }
    throw RunError(description: "no presswatch binary beside \(testBinary.path)")
}

struct RunError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `presswatch args` in `cwd` (default: the current folder) with `stdin` as its input,
/// and returns its exit status and what it printed.
@discardableResult
func runPresswatch(_ args: [String], stdin: String? = nil, cwd: URL? = nil) throws -> RunResult {
    try runProgram(try presswatchBinary(), args, stdin: stdin, cwd: cwd)
}

/// Runs `executable args` in `cwd` with `stdin` (or the file `stdinFile`) as its input and
/// `environment` (default: the tests' own), and returns its exit status and what it printed.
func runProgram(
    _ executable: URL, _ args: [String], stdin: String? = nil, stdinFile: URL? = nil,
    cwd: URL? = nil, environment: [String: String]? = nil
) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = args
    if let cwd { process.currentDirectoryURL = cwd }
    if let environment { process.environment = environment }
    // Files rather than pipes: a child that fills a pipe nobody reads would block forever.
    let scratch = try TemporaryFolder()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    let inURL = stdinFile ?? scratch.url.appendingPathComponent("stdin")
    if stdinFile == nil { try Data((stdin ?? "").utf8).write(to: inURL) }
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = try FileHandle(forReadingFrom: inURL)
    defer {
        try? out.close()
        try? err.close()
        try? input.close()
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "presswatch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
