import Foundation
import PresswatchTesting

/// Debian's `chromium`, headless: the page view tests check what a real browser builds from
/// our HTML. Missing, it is an error that says how to install it, never a skipped test: CI
/// installs it (`.ci/run`, `make test-deps`).
struct HeadlessChromium {
    let executable: String
    /// Where the screenshots go: under `.build`, so git ignores them.
    static let artifacts = TestData.repository.appendingPathComponent(".build/page-view-artifacts")

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let candidates =
            [environment["CHROMIUM"]].compactMap { $0 }
            + ["chromium", "chromium-browser"].flatMap { name in path.map { "\($0)/\(name)" } }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile) else {
            throw RunError(
                description:
                    "headless Chromium is missing, and the page view tests need it: "
                    + "apt-get install -y chromium fonts-wqy-zenhei (make test-deps does it)")
        }
        executable = found
    }

    /// The DOM as the browser built it (after the page's script ran), serialized; with
    /// `netLog`, the browser's network log is written there.
    func dumpDOM(_ page: URL, netLog: URL? = nil) throws -> String {
        try run(["--dump-dom"] + (netLog.map { ["--log-net-log=\($0.path)"] } ?? []), page)
    }

    /// A screenshot of the top of the page at a window size, into `artifacts/name`.
    @discardableResult
    func screenshot(_ page: URL, name: String, width: Int, height: Int) throws -> URL {
        try FileManager.default.createDirectory(
            at: Self.artifacts, withIntermediateDirectories: true)
        let file = Self.artifacts.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: file)
        _ = try run(
            ["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"],
            page)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw RunError(description: "chromium wrote no screenshot \(file.path)")
        }
        return file
    }

    private func run(_ arguments: [String], _ page: URL) throws -> String {
        let scratch = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // A fresh profile each time, and the browser's own background traffic (updates,
        // sync) off, so a network log shows what the page asked for.
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=\(scratch.url.appendingPathComponent("profile").path)",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions",
            ] + arguments + [page.absoluteString]
        let outURL = scratch.url.appendingPathComponent("stdout")
        try Data().write(to: outURL)
        let out = try FileHandle(forWritingTo: outURL)
        defer { try? out.close() }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            throw RunError(description: "chromium took over 90 s on \(page.path)")
        }
        guard process.terminationStatus == 0 else {
            throw RunError(
                description: "chromium exited \(process.terminationStatus) on \(page.path)")
        }
        return String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    }

    /// The http(s) and ws(s) URLs the page itself asked for, from a network log. Requests
    /// the browser makes for itself have the initiator `not an origin`; a `file:` page's
    /// requests have the initiator `null`.
    static func pageRequests(inNetLog log: URL) throws -> [String] {
        let data = try Data(contentsOf: log)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let constants = root["constants"] as? [String: Any],
            let types = constants["logEventTypes"] as? [String: Int],
            let startJob = types["URL_REQUEST_START_JOB"],
            let events = root["events"] as? [[String: Any]]
        else { throw RunError(description: "not a Chromium network log: \(log.path)") }
        var urls: [String] = []
        for event in events where event["type"] as? Int == startJob {
            guard let params = event["params"] as? [String: Any],
                let url = params["url"] as? String,
                params["initiator"] as? String != "not an origin",
                !url.hasPrefix("file:")
            else { continue }
            urls.append(url)
        }
        return urls
    }
}
