/// The facts about where a document's text came from.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The input file name as given (in `pipe` mode: the record's id).
    public var file: String
    public var bytes: Int
    /// SHA-256 of the input bytes as read, lowercase hex.
    public var sha256: String
    public var encoding: TextEncoding
    public var lines: Int

    public init(file: String, bytes: Int, sha256: String, encoding: TextEncoding, lines: Int) {
        self.file = file
        self.bytes = bytes
        self.sha256 = sha256
        self.encoding = encoding
        self.lines = lines
    }
}

/// The encodings an input may come in.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
}

/// The main language of a document's text.
public enum Language: String, Sendable, Codable {
    case zh, en, mixed, unknown
}

/// Page text that belongs to no article: mastheads, page headers and footers, promotions.
public struct PageText: Sendable, Hashable, Codable {
    public var lines: LineRange
    public var text: String
    /// What the text is, when known: `header`, `footer`, `promotion`, `editor` ...
    public var role: String?

    public init(lines: LineRange, text: String, role: String? = nil) {
        self.lines = lines
        self.text = text
        self.role = role
    }
}

/// The one value that flows through the pipeline.
///
/// It is made from a decoded input holding one article with the whole text; the segmenter
/// replaces that with the page's articles, and the processors after it add their findings.
public struct Document: Sendable {
    public let source: SourceInfo
    /// The decoded input, line ends normalised to `\n`.
    public let text: String
    public var language: Language?
    public var articles: [Article]
    public var other: [PageText]
    public var warnings: [String]
    /// Whether the result lists each article's tokens (the segmenter's option `tokens`).
    /// Processors always see the tokens; only the written result leaves them out by default.
    public var outputsTokens: Bool

    public init(source: SourceInfo, text: String) {
        self.source = source
        self.text = text
        self.language = nil
        self.other = []
        self.warnings = []
        self.outputsTokens = false
        let lineCount = max(source.lines, 1)
        let trimmed = text.trimmingWhitespaceAtEnds()
        self.articles =
            trimmed.isEmpty
            ? []
            : [
                Article(
                    index: 0, lines: LineRange(first: 1, last: lineCount), paragraphs: [trimmed])
            ]
    }
}

extension StringProtocol {
    /// The string without white space (including the ideographic space) at either end.
    public func trimmingWhitespaceAtEnds() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        // Nothing to trim from a String: itself (its storage shared, not copied).
        if let whole = self as? String, first == scalars.startIndex,
            scalars.index(after: last) == scalars.endIndex
        {
            return whole
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
