/// A finding that cannot be written as JSON (a non-finite number, a key the core uses).
public struct ResultEncodingError: Error, Sendable, CustomStringConvertible {
    /// The finding's key, which names the processor that attached it.
    public var key: String
    public var message: String
    public var description: String { "cannot write the \(key) of an article: \(message)" }
}

/// The JSON of a processed document, field for field as `spec/result.schema.json` defines it,
/// in the schema's order.
public enum ResultJSON {
    public static let schema = "presswatch.result/1"

    /// Keys of an article object that the core writes itself; no finding may take one.
    static let articleKeys: Set<String> = [
        "index", "kind", "headline", "kicker", "subtitle", "bylines", "dateline", "lines",
        "paragraphs", "text", "sentences", "tokens",
    ]

    /// - Parameters:
    ///   - processors: the processor names in the order they ran.
    ///   - fingerprint: the pipeline's fingerprint (effective options and program version).
    ///   - elapsedMilliseconds: the time the pipeline took on this document.
    public static func value(
        of document: Document, processors: [String], fingerprint: String,
        elapsedMilliseconds: Double
    ) throws(ResultEncodingError) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("schema", .string(schema)),
            ("source", source(document.source)),
            ("generator", generator),
            (
                "pipeline",
                .object([
                    ("processors", .array(processors.map(JSONValue.string))),
                    ("fingerprint", .string(fingerprint)),
                ])
            ),
        ]
        if let language = document.language {
            members.append(("language", .string(language.rawValue)))
        }
        let elapsed = (max(elapsedMilliseconds, 0) * 1000).rounded() / 1000
        members.append(("elapsed_ms", .double(elapsed)))
        var articles: [JSONValue] = []
        articles.reserveCapacity(document.articles.count)
        for article in document.articles {
            articles.append(try self.article(article, withTokens: document.outputsTokens))
        }
        members.append(("articles", .array(articles)))
        members.append(("other", .array(document.other.map(pageText))))
        members.append(("warnings", .array(document.warnings.map(JSONValue.string))))
        return .object(members)
    }

    public static func source(_ source: SourceInfo) -> JSONValue {
        .object([
            ("file", .string(source.file)),
            ("bytes", .int(source.bytes)),
            ("sha256", .string(source.sha256)),
            ("encoding", .string(source.encoding.rawValue)),
            ("lines", .int(source.lines)),
        ])
    }

    public static var generator: JSONValue {
        .object([("name", .string(Generator.name)), ("version", .string(Generator.version))])
    }

    static func article(_ article: Article, withTokens: Bool) throws(ResultEncodingError)
        -> JSONValue
    {
        var members: [(key: String, value: JSONValue)] = [
            ("index", .int(article.index)),
            ("kind", .string(article.kind.rawValue)),
            ("headline", .string(orNull: article.headline)),
            ("kicker", .string(orNull: article.kicker)),
            ("subtitle", .string(orNull: article.subtitle)),
            ("bylines", .array(article.bylines.map(byline))),
            ("dateline", .string(orNull: article.dateline)),
            ("lines", lines(article.lines)),
            ("paragraphs", .array(article.paragraphs.map(JSONValue.string))),
            ("text", .string(article.text)),
            ("sentences", .array(article.sentences.map(span))),
        ]
        if withTokens { members.append(("tokens", .array(article.tokens.map(token)))) }
        for finding in article.findings.all {
            let key = type(of: finding).key
            guard !articleKeys.contains(key) else {
                throw ResultEncodingError(key: key, message: "the key \(key) belongs to the core")
            }
            do {
                members.append((key, try JSONValueEncoder().encode(finding)))
            } catch {
                throw ResultEncodingError(key: key, message: "\(error)")
            }
        }
        return .object(members)
    }

    static func byline(_ byline: Byline) -> JSONValue {
        .object([
            ("role", .string(byline.role.rawValue)),
            ("names", .array(byline.names.map(JSONValue.string))),
        ])
    }

    static func lines(_ range: LineRange) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("first", .int(range.first)), ("last", .int(range.last)),
        ]
        if let pieces = range.ranges {
            let pairs = pieces.map { JSONValue.array([.int($0.lowerBound), .int($0.upperBound)]) }
            members.append(("ranges", .array(pairs)))
        }
        return .object(members)
    }

    static func span(_ span: Span) -> JSONValue {
        .object([("start", .int(span.start)), ("end", .int(span.end))])
    }

    static func token(_ token: Token) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("start", .int(token.start)), ("end", .int(token.end)),
            ("kind", .string(token.kind.rawValue)),
        ]
        if let tag = token.tag { members.append(("tag", .string(tag.rawValue))) }
        return .object(members)
    }

    static func pageText(_ text: PageText) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("lines", lines(text.lines)), ("text", .string(text.text)),
        ]
        if let role = text.role { members.append(("role", .string(role))) }
        return .object(members)
    }
}
