import Foundation

/// What makes a result current: the digest of the input it was made from and the fingerprint
/// of the pipeline that made it. `NAME.json`, `NAME.error.json` and (in a closing comment)
/// `NAME.md` record them; when both equal the input's digest and the running pipeline's
/// fingerprint, processing the input again would give the same answer.
public struct ResultStamp: Sendable, Hashable {
    public var sha256: String
    public var fingerprint: String

    public init(sha256: String, fingerprint: String) {
        self.sha256 = sha256
        self.fingerprint = fingerprint
    }

    /// The stamp recorded in a result, an error record or a Markdown report; nil when the file
    /// is missing or unreadable, or records no stamp (an error record of an input that could
    /// not be read has no digest).
    public static func read(from path: String) -> ResultStamp? {
        // Reports and page views end with the stamp in an HTML comment.
        if path.hasSuffix(OutputNames.suffix(of: .markdown))
            || path.hasSuffix(OutputNames.suffix(of: .html))
        {
            return FileManager.default.contents(atPath: path).flatMap(fromMarkdown)
        }
        // Both fields come near the top of what Presswatch writes: a catch-up scan of many
        // large results reads a few kilobytes of each, not megabytes.
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: headSize) else { return nil }
        if let stamp = fromHead(head) { return stamp }
        guard head.count == headSize, let rest = try? handle.readToEnd() else {
            return fromJSON(head)
        }
        return fromJSON(head + rest)
    }

    static let headSize = 8192

    private static func fromJSON(_ data: Data) -> ResultStamp? {
        guard let recorded = try? JSONDecoder().decode(Recorded.self, from: data),
            let sha256 = recorded.source?.sha256
        else { return nil }
        return ResultStamp(sha256: sha256, fingerprint: recorded.pipeline.fingerprint)
    }

    /// The first `"sha256"` and `"fingerprint"` string values of a file Presswatch wrote, where
    /// they are `source.sha256` and `pipeline.fingerprint`: no string before them can hold
    /// such a key unescaped. Nil when either is not in the head (the full parse decides).
    private static func fromHead(_ head: Data) -> ResultStamp? {
        let text = String(decoding: head, as: UTF8.self)
        guard let sha256 = stringValue(of: "sha256", in: text),
            let fingerprint = stringValue(of: "fingerprint", in: text),
            sha256.utf8.count == 64
        else { return nil }
        return ResultStamp(sha256: sha256, fingerprint: fingerprint)
    }

    private static func stringValue(of key: String, in text: String) -> String? {
        for separator in [": \"", ":\""] {
            guard let start = text.range(of: "\"\(key)\"" + separator),
                let end = text[start.upperBound...].firstIndex(of: "\"")
            else { continue }
            return String(text[start.upperBound..<end])
        }
        return nil
    }

    private struct Recorded: Decodable {
        struct Source: Decodable { var sha256: String }
        struct Pipeline: Decodable { var fingerprint: String }
        var source: Source?
        var pipeline: Pipeline
    }

    static let markdownPrefix = "<!-- presswatch sha256="
    static let markdownMiddle = " fingerprint="
    static let markdownSuffix = " -->"

    /// The last line of a Markdown report.
    var markdownComment: String {
        Self.markdownPrefix + sha256 + Self.markdownMiddle + fingerprint + Self.markdownSuffix
    }

    private static func fromMarkdown(_ data: Data) -> ResultStamp? {
        // The comment is the report's last line: read only the tail.
        let tail = String(decoding: data.suffix(1024), as: UTF8.self)
        guard let start = tail.range(of: markdownPrefix, options: .backwards),
            let middle = tail.range(of: markdownMiddle, range: start.upperBound..<tail.endIndex),
            let end = tail.range(of: markdownSuffix, range: middle.upperBound..<tail.endIndex)
        else { return nil }
        return ResultStamp(
            sha256: String(tail[start.upperBound..<middle.lowerBound]),
            fingerprint: String(tail[middle.upperBound..<end.lowerBound]))
    }
}
