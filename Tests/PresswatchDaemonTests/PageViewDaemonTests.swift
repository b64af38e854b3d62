import Foundation
import Testing

extension DaemonEndToEnd {
    @Test(
        "html among the formats, patterns *: a page view beside each page, one index.html of them all, rewritten about once a second, never an input"
    )
    func pageViewsAndTheirIndex() throws {
        let daemon = try DaemonHarness(
            watch: ["patterns: [\"*\"]"], extra: "output:\n  formats: [json, markdown, html]")
        let started = Date()
        try daemon.start()
        let stems = (0..<300).map { String(format: "v%04d", $0) }
        let names = stems.map { $0 + ".txt" }
        for (index, name) in names.enumerated() { daemon.write(name, pageText(index)) }
        daemon.expectAllCurrent(names, timeout: 120)
        #expect(
            stems.filter { !FileManager.default.fileExists(atPath: daemon.path($0 + ".html")) }
                == [])
        // The index catches up within about a second of the last result.
        func missing() -> [String] {
            let index = (try? String(contentsOfFile: daemon.path("index.html"), encoding: .utf8))
            return stems.filter { !(index ?? "").contains("href=\"./\($0).html\"") }
        }
        let deadline = Date().addingTimeInterval(10)
        while !missing().isEmpty, Date() < deadline { usleep(200_000) }
        #expect(missing() == [])
        #expect(daemon.stop() == 0)
        let seconds = Date().timeIntervalSince(started)
        // Coalesced: a burst of 300 results is a handful of rewrites, at most one a second.
        let writes = daemon.logLines(containing: "wrote \(daemon.inbox)/index.html").count
        #expect(writes >= 1 && Double(writes) <= seconds + 1, "\(writes) in \(seconds) s")
        // Neither the index nor a page view was taken for an input, though `*` matches them.
        #expect(daemon.logLines(containing: ".html in ").isEmpty)
        for name in ["index.json", "index.error.json", "v0000.error.json"] {
            #expect(!FileManager.default.fileExists(atPath: daemon.path(name)), "\(name)")
        }
    }
}
