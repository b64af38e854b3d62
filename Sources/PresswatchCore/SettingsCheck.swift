import YAMLTree

/// The checks on the settings that neither their types nor their declared bounds make
/// (`ConfigurationFile.fields`): empty values and lists, patterns, repeated formats.
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
        let formats = file.output.formats
        let allFormats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        check(!formats.isEmpty, ["output", "formats"], "give at least one of \(allFormats)")
        for format in Set(formats) where formats.filter({ $0 == format }).count > 1 {
            check(false, ["output", "formats"], "\(format.rawValue) is listed twice")
        }
        return errors
    }
}
