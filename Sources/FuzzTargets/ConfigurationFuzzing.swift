import CompiledProcessors
import PresswatchCore

/// A configuration's text through `ConfigurationLoader`, as `presswatch check` loads it.
enum ConfigurationFuzzing {
    static func run(_ bytes: [UInt8]) -> [String] {
        // The loader reads files that are not UTF-8 as a refusal before any parsing
        // (`ConfigurationLoader.readText`), so only UTF-8 reaches libyaml.
        guard let text = String(validating: bytes, as: UTF8.self) else { return [] }
        do {
            // Options checked, processors not built: building loads tables of tens of
            // megabytes, which would make each run a fraction of a second long.
            let configuration = try ConfigurationLoader.load(
                text: text, path: "fuzz.yaml", directory: "/nonexistent",
                processors: CompiledProcessors.all, building: false)
            return configuration.pipeline.fingerprint.isEmpty ? ["an empty fingerprint"] : []
        } catch {
            return problems(of: error, in: text)
        }
    }

    /// Every problem says something and points into the text (or at the end of it).
    static func problems(of error: ConfigurationError, in text: String) -> [String] {
        guard !error.problems.isEmpty else { return ["a refusal with no problem"] }
        // YAML breaks lines at LF, CR, CRLF, NEL, LS and PS (libyaml counts a lone CR as a
        // line, as editors show it), so the marks may count up to one line per such scalar.
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        let lines = text.unicodeScalars.count(where: { breaks.contains($0) }) + 1
        var broken: [String] = []
        for problem in error.problems {
            if problem.message.isEmpty { broken.append("a problem with no message") }
            if let mark = problem.mark, !(1...lines + 1).contains(mark.line) || mark.column < 1 {
                broken.append(
                    "\(problem.message): mark \(mark.line):\(mark.column) outside \(lines) lines")
            }
        }
        return broken
    }
}
