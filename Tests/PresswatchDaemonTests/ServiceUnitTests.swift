import Foundation
import PresswatchTesting
import Testing

@Suite(.tags(.daemon)) struct ServiceUnitTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static var analyzerExists: Bool {
        ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test(
        "deploy/presswatch.service passes systemd-analyze verify",
        .enabled(if: analyzerExists, "systemd-analyze is missing (Debian package: systemd)"))
    func unitVerifies() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.package + "/deploy/verify-unit.sh", DaemonHarness.binary]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
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
}
