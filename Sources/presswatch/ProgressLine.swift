import PresswatchCore

/// The progress line `process` keeps on a terminal's stderr (done/total, files per second,
/// time left), redrawn at most ten times a second, and the tally printed at the end.
final class ProgressLine {
    private let total: Int
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var done = 0
    private var failed = 0
    private var lineShown = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
        self.start = clock.now
    }

    /// One more file finished.
    func advance(failed didFail: Bool) {
        done += 1
        if didFail { failed += 1 }
        guard enabled else { return }
        let now = clock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        draw()
    }

    /// Prints an error line without tearing the progress line.
    func report(_ line: String) {
        if lineShown { writeError("\r\u{1B}[K") }
        printError(line)
        if lineShown { draw() }
    }

    /// Clears the progress line and prints the tally.
    func finish(verb: String) {
        guard enabled else { return }
        if lineShown { writeError("\r\u{1B}[K") }
        let seconds = elapsedSeconds
        var tally =
            "\(done) \(done == 1 ? "file" : "files") in \(Self.format(seconds, digits: 1)) s: "
        tally += "\(done - failed) \(verb), \(failed) failed"
        if seconds > 0 { tally += " (\(Self.format(Double(done) / seconds, digits: 1)) files/s)" }
        printError(tally)
    }

    private var elapsedSeconds: Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func draw() {
        let seconds = elapsedSeconds
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var line = "\(done)/\(total) files"
        if rate > 0 {
            line += " · \(Self.format(rate, digits: 1)) files/s"
            line += " · \(Self.clockTime(Double(total - done) / rate)) left"
        }
        if failed > 0 { line += " · \(failed) failed" }
        writeError("\r\u{1B}[K" + line)
        lineShown = true
    }

    static func format(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `m:ss`, or `h:mm:ss` from an hour up.
    static func clockTime(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
