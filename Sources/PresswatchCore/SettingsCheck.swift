import YAMLTree

/// The checks on the settings that their types alone do not make: ranges, empty lists.
enum SettingsCheck {
    static func problems(in file: ConfigurationFile, root: YAMLNode) -> [YAMLError] {
        var errors: [YAMLError] = []
        func check(_ ok: Bool, _ path: [String], _ message: String) {
            guard !ok else { return }
            let name = path.joined(separator: ".")
            errors.append(YAMLError("\(name): \(message)", at: root.mark(at: path)))
        }
        let watch = file.watch
        check(!watch.directory.isEmpty, ["watch", "directory"], "must not be empty")
        check(!watch.patterns.isEmpty, ["watch", "patterns"], "give at least one pattern")
        for (index, pattern) in watch.patterns.enumerated() {
            check(
                !pattern.isEmpty && !pattern.contains("/"), ["watch", "patterns"],
                "pattern \(index + 1) ('\(pattern)') must be a file name pattern such as *.txt")
        }
        check(watch.settleMs >= 0, ["watch", "settle_ms"], atLeast(0, watch.settleMs))
        check(watch.rescanS >= 0, ["watch", "rescan_s"], atLeast(0, watch.rescanS))
        let formats = file.output.formats
        let allFormats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        check(!formats.isEmpty, ["output", "formats"], "give at least one of \(allFormats)")
        for format in Set(formats) where formats.filter({ $0 == format }).count > 1 {
            check(false, ["output", "formats"], "\(format.rawValue) is listed twice")
        }
        check(file.workers >= 1, ["workers"], atLeast(1, file.workers))
        check(file.maxInputBytes >= 1, ["max_input_bytes"], atLeast(1, file.maxInputBytes))
        check(
            file.shutdownTimeoutS >= 0, ["shutdown_timeout_s"], atLeast(0, file.shutdownTimeoutS))
        check(file.jobTimeoutS >= 0, ["job_timeout_s"], atLeast(0, file.jobTimeoutS))
        return errors
    }

    private static func atLeast(_ minimum: Int, _ found: Int) -> String {
        "must be \(minimum) or more, found \(found)"
    }
}
