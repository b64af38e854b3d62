import Foundation
import PresswatchTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.tags(.daemon)) struct ServiceUnitTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static var analyzerExists: Bool {
        ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `executable arguments` in the package folder; returns its status and its output
    /// (stdout and stderr together).
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: package)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The unit `make install` writes for systemd `version`, through its own rendering step.
    static func renderedUnit(systemd version: String) throws -> [String] {
        let (status, text) = try run(
            "/bin/bash",
            [
                package + "/deploy/render-unit.sh", version, "/usr/local/bin/presswatch",
                "/etc/presswatch", "/srv/presswatch/inbox",
            ])
        #expect(status == 0, "\(text)")
        return text.split(separator: "\n").map(String.init)
    }

    @Test(
        "the unit for this machine's systemd passes systemd-analyze verify without a finding",
        .enabled(if: analyzerExists, "systemd-analyze is missing (Debian package: systemd)"))
    func unitVerifies() throws {
        let (status, text) = try Self.run(
            "/bin/bash", [Self.package + "/deploy/verify-unit.sh", DaemonHarness.binary])
        #expect(status == 0, "\(text)")
    }

    @Test("the unit is Type=notify-reload, hardened, with a static user and the watchdog")
    func unitSettings() throws {
        let unit = try String(
            contentsOfFile: Self.package + "/deploy/presswatch.service", encoding: .utf8)
        let lines = Set(unit.split(separator: "\n").map(String.init))
        for required in [
            "Type=notify-reload", "Restart=on-failure", "ProtectSystem=strict",
            "NoNewPrivileges=yes", "PrivateTmp=yes", "User=presswatch", "KillMode=mixed",
        ] {
            #expect(lines.contains(required), "\(required)")
        }
        #expect(lines.contains { $0.hasPrefix("WatchdogSec=") })
        #expect(lines.contains { $0.hasPrefix("ReadWritePaths=") })
        #expect(!lines.contains { $0.hasPrefix("DynamicUser=yes") })
    }

    /// One source, two forms: only the reload mechanism differs between them.
    @Test("before systemd 253 the unit is Type=notify with ExecReload; from 253 notify-reload")
    func unitFollowsTheSystemdVersion() throws {
        let modern = try Self.renderedUnit(systemd: "253")
        let source = try String(
            contentsOfFile: Self.package + "/deploy/presswatch.service", encoding: .utf8)
        #expect(modern == source.split(separator: "\n").map(String.init))
        #expect(!modern.contains { $0.hasPrefix("ExecReload=") })

        for old in ["252", "247", ""] {
            let unit = try Self.renderedUnit(systemd: old)
            #expect(unit.contains("Type=notify"), "systemd '\(old)'")
            #expect(unit.contains("ExecReload=/bin/kill -HUP $MAINPID"), "systemd '\(old)'")
            #expect(!unit.contains("Type=notify-reload"), "systemd '\(old)'")
            let settings = { (lines: [String]) in
                lines.filter {
                    !$0.hasPrefix("#") && !$0.hasPrefix("Type=") && !$0.hasPrefix("ExecReload=")
                }
            }
            #expect(settings(unit) == settings(modern), "systemd '\(old)'")
        }
    }

    /// systemd is not PID 1 where the tests run, so systemd's part is played here: the unit
    /// `make install` puts in place for this machine's systemd, and its reload command run
    /// as systemd runs it, with $MAINPID the daemon's pid. Type=notify-reload (253 and newer)
    /// has no such command: systemd sends the SIGHUP itself.
    @Test("the installed unit's reload reaches a running daemon")
    func installedUnitReloadsTheDaemon() throws {
        let stage = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: stage) }
        let (status, text) = try Self.run(
            "/usr/bin/env", ["make", "--no-print-directory", "install-unit", "DESTDIR=" + stage])
        try #require(status == 0, "\(text)")
        let unit = try String(
            contentsOfFile: stage + "/etc/systemd/system/presswatch.service", encoding: .utf8
        ).split(separator: "\n").map(String.init)

        let daemon = try DaemonHarness()
        try daemon.start()
        defer { daemon.stop() }
        let pid = String(daemon.pid)
        let reloadsBefore = daemon.logLines(containing: "reloaded ").count

        // This machine's systemd, as make saw it: before 253 the reload must be ExecReload.
        let (_, versionText) = try Self.run("/bin/sh", ["-c", "systemctl --version 2>/dev/null"])
        let version = versionText.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        let execReload = unit.first { $0.hasPrefix("ExecReload=") }
        if version ?? 0 < 253 {
            try #require(execReload != nil, "systemd \(version ?? 0) needs ExecReload: \(unit)")
        }
        if let execReload {
            #expect(unit.contains("Type=notify"))
            // systemd substitutes $MAINPID and ${MAINPID} as whole words; the program is an
            // absolute path.
            let words = execReload.dropFirst("ExecReload=".count).split(separator: " ").map {
                $0 == "$MAINPID" || $0 == "${MAINPID}" ? pid : String($0)
            }
            try #require(words.first?.hasPrefix("/") == true, "\(execReload)")
            let (reloadStatus, reloadOutput) = try Self.run(words[0], Array(words.dropFirst()))
            #expect(reloadStatus == 0, "\(reloadOutput)")
        } else {
            #expect(unit.contains("Type=notify-reload"))
            daemon.signal(SIGHUP)
        }
        try require(within: 30, "the daemon to log its reload") {
            daemon.logLines(containing: "reloaded ").count > reloadsBefore
        }
        #expect(daemon.logLines(containing: "reloaded \(daemon.configPath) (SIGHUP)").count == 1)
    }
}
