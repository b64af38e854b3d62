/// One problem in a YAML file, at the place it was found.
public struct YAMLError: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var mark: Mark
    public var message: String

    public init(_ message: String, at mark: Mark) {
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(mark): \(message)" }

    public static func < (lhs: YAMLError, rhs: YAMLError) -> Bool {
        lhs.mark < rhs.mark
    }
}

/// Every problem found in one pass, in the order of the file.
public struct YAMLErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [YAMLError]

    public init(_ errors: [YAMLError]) {
        // A stable sort keeps problems found at the same place in the order they were found.
        self.errors = errors.enumerated()
            .sorted { ($0.element.mark, $0.offset) < ($1.element.mark, $1.offset) }
            .map(\.element)
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
