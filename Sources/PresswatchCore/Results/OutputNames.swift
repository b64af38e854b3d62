/// Where the results of one input go: beside it, under the input's name without its last
/// extension. For `DIR/NAME.txt`: `DIR/NAME.json`, `DIR/NAME.md`, `DIR/NAME.html` and, when it
/// failed, `DIR/NAME.error.json`.
public struct OutputNames: Sendable, Hashable {
    public let input: String
    public let json: String
    public let markdown: String
    public let html: String
    public let error: String

    /// The names for an input; refuses an input whose own name is one of them (`NAME.json`,
    /// `NAME.md`, `NAME.error.json`), since writing results would overwrite it.
    public init(input: String) throws(InputError) {
        let stem = Self.stem(of: input)
        self.input = input
        self.json = stem + Self.suffix(of: .json)
        self.markdown = stem + Self.suffix(of: .markdown)
        self.html = stem + Self.suffix(of: .html)
        self.error = stem + Self.errorSuffix
        if let clash = [json, markdown, html, error].first(where: { $0 == input }) {
            throw InputError(
                file: input, reason: .outputWouldOverwriteInput,
                message:
                    "refused: its results would be written to \(Self.fileName(of: clash)), "
                    + "the input itself; rename the input (for example to .txt)")
        }
    }

    /// What a result's name adds to the input's stem, per format.
    public static func suffix(of format: OutputFormat) -> String {
        switch format {
        case .json: ".json"
        case .markdown: ".md"
        case .html: ".html"
        }
    }

    /// The result file of one format.
    public func path(of format: OutputFormat) -> String {
        switch format {
        case .json: json
        case .markdown: markdown
        case .html: html
        }
    }

    /// What the error record's name adds to the input's stem.
    public static let errorSuffix = ".error.json"

    /// The input's path without the last extension, to which every suffix is added.
    public var stem: String { Self.stem(of: input) }

    /// All the names, for telling outputs apart from inputs in a folder.
    public var all: [String] { [json, markdown, html, error] }

    /// The path without the last extension of its file name. A leading dot does not start an
    /// extension (`.notes` stays `.notes`), and neither does a dot in a folder name.
    public static func stem(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        let extensionLength = name.utf8.distance(from: dot, to: name.endIndex)
        return String(path.utf8.dropLast(extensionLength))!
    }

    static func fileName(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return Substring(path) }
        return path[path.index(after: slash)...]
    }
}
