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

    /// The result as a value (tests, and callers that want to read it): built from the same
    /// events `write` gives a file.
    ///
    /// - Parameters:
    ///   - processors: the processor names in the order they ran.
    ///   - fingerprint: the pipeline's fingerprint (effective options and program version).
    ///   - elapsedMilliseconds: the time the pipeline took on this document.
    public static func value(
        of document: Document, processors: [String], fingerprint: String,
        elapsedMilliseconds: Double
    ) throws(ResultEncodingError) -> JSONValue {
        let builder = JSONValueBuilder()
        try write(
            document, processors: processors, fingerprint: fingerprint,
            elapsedMilliseconds: elapsedMilliseconds, into: builder)
        return builder.value!
    }

    /// The result as JSON events, straight from the document: nothing of the size of the
    /// result is held (a stream into a file holds one chunk). A finding that cannot be
    /// written stops it with an error, partway: the sink's output is then to be dropped.
    public static func write(
        _ document: Document, processors: [String], fingerprint: String,
        elapsedMilliseconds: Double, into sink: any JSONEventSink
    ) throws(ResultEncodingError) {
        try write(
            document, processors: processors, fingerprint: fingerprint,
            elapsedMilliseconds: elapsedMilliseconds, into: sink, reading: nil)
    }

    /// `write`, handing each article's findings as they are written to a reader too, when
    /// `reading` gives one for the article (by its place in the document).
    static func write(
        _ document: Document, processors: [String], fingerprint: String,
        elapsedMilliseconds: Double, into sink: any JSONEventSink,
        reading: ((Int) -> PageFindingsReader)?
    ) throws(ResultEncodingError) {
        sink.beginObject()
        sink.member("schema", .string(schema))
        sink.member("source", source(document.source))
        sink.member("generator", generator)
        sink.member(
            "pipeline",
            .object([
                ("processors", .array(processors.map(JSONValue.string))),
                ("fingerprint", .string(fingerprint)),
            ]))
        if let language = document.language {
            sink.member("language", .string(language.rawValue))
        }
        let elapsed = (max(elapsedMilliseconds, 0) * 1000).rounded() / 1000
        sink.member("elapsed_ms", .double(elapsed))
        sink.key("articles")
        sink.beginArray()
        for (position, article) in document.articles.enumerated() {
            try self.article(
                article, withTokens: document.outputsTokens, into: sink,
                reading: reading?(position))
        }
        sink.end()
        sink.member("other", .array(document.other.map(pageText)))
        sink.member("warnings", .array(document.warnings.map(JSONValue.string)))
        sink.end()
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

    static func article(
        _ article: Article, withTokens: Bool, into sink: any JSONEventSink,
        reading reader: PageFindingsReader? = nil
    ) throws(ResultEncodingError) {
        sink.beginObject()
        sink.member("index", .int(article.index))
        sink.member("kind", .string(article.kind.rawValue))
        sink.member("headline", .string(orNull: article.headline))
        sink.member("kicker", .string(orNull: article.kicker))
        sink.member("subtitle", .string(orNull: article.subtitle))
        sink.member("bylines", .array(article.bylines.map(byline)))
        sink.member("dateline", .string(orNull: article.dateline))
        sink.member("lines", lines(article.lines))
        sink.key("paragraphs")
        sink.beginArray()
        for paragraph in article.paragraphSlices { sink.scalar(.string(String(paragraph))) }
        sink.end()
        sink.member("text", .string(article.text))
        sink.key("sentences")
        sink.beginArray()
        for sentence in article.sentences { sink.value(span(sentence)) }
        sink.end()
        if withTokens {
            sink.key("tokens")
            sink.beginArray()
            for token in article.tokens { sink.value(self.token(token)) }
            sink.end()
        }
        for finding in article.findings.all {
            let key = type(of: finding).key
            guard !articleKeys.contains(key) else {
                throw ResultEncodingError(key: key, message: "the key \(key) belongs to the core")
            }
            sink.key(key)
            let target = reader.map { JSONEventTee(sink, $0.sink(forKey: key)) } ?? sink
            do {
                try JSONEventEncoder().encode(finding, into: target)
            } catch {
                throw ResultEncodingError(key: key, message: "\(error)")
            }
        }
        sink.end()
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
