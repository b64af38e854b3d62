import YAMLTree

/// Everything wrong with a configuration file, each problem rendered
/// `pipeline.yaml:LINE:COLUMN: message` (or `pipeline.yaml: message` for the file as a whole).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable {
        /// Where in the file; nil for a problem with the file as a whole (it cannot be read).
        public var mark: Mark?
        public var message: String

        public init(_ message: String, at mark: Mark?) {
            self.mark = mark
            self.message = message
        }
    }

    /// The configuration file's path as the user gave it.
    public var path: String
    /// In the order of the file.
    public var problems: [Problem]

    public init(path: String, problems: [Problem]) {
        self.path = path
        self.problems = problems
    }

    init(path: String, errors: [YAMLError]) {
        self.init(
            path: path, problems: YAMLErrors(errors).errors.map { Problem($0.message, at: $0.mark) }
        )
    }

    /// One line per problem.
    public var lines: [String] {
        problems.map { problem in
            guard let mark = problem.mark else { return "\(path): \(problem.message)" }
            return "\(path):\(mark.line):\(mark.column): \(problem.message)"
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
