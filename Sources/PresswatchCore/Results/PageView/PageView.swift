import Plot

/// `NAME.html`: the page as printed, with line numbers, each article's lines tinted in its
/// own colour and furniture greyed, beside each article as an `<article>` (headline, kicker,
/// subtitle, bylines, dateline, summary, keywords, figures, the clean text with every number
/// marked). One self-contained file: inline style and script, no request leaves it.
///
/// Plot builds the document: head, policy, header, sections. The many repeated parts (each
/// line of the page, each article) are written by `HTMLStream`, which Plot's cost per
/// element forces (see there). Either way every piece of text from the input goes through
/// `HTMLEscaping` (see there why not Plot's own escaping).
public enum PageView {
    typealias BodyNode = Node<HTML.BodyContext>

    /// - Parameters:
    ///   - stamp: recorded in a closing comment, so the daemon can tell a current page view
    ///     from a stale one.
    /// - Throws: a finding that cannot be written as JSON, as the result JSON would.
    public static func render(_ document: Document, stamp: ResultStamp?)
        throws(ResultEncodingError) -> [UInt8]
    {
        var bytes: [UInt8] = []
        try write(document, stamp: stamp) { part in
            bytes.append(contentsOf: part)
            part.removeAll(keepingCapacity: true)
        }
        return bytes
    }

    /// The bytes of `render`, written into `file` as they are made: the page's lines of an
    /// input of millions of short lines come to hundreds of megabytes.
    public static func write(_ document: Document, stamp: ResultStamp?, into file: PendingFile)
        throws(ResultEncodingError)
    {
        try write(document, stamp: stamp, findings: nil, into: file)
    }

    /// `write`, with each article's findings already read (from the result JSON's events as
    /// it was written) when `findings` is given.
    static func write(
        _ document: Document, stamp: ResultStamp?, findings: [PageFindings]?,
        into file: PendingFile
    ) throws(ResultEncodingError) {
        try write(document, stamp: stamp, findings: findings) { file.take(&$0) }
    }

    /// Hands the page view to `sink` in pieces, in order; `sink` takes each piece's bytes
    /// and leaves the array empty.
    ///
    /// What the processors found is read from their findings as the result JSON gives them
    /// (`PageFindings`): for the index entry, every article's summary and keywords up
    /// front; its numbers only when the article is written, one article's at a time.
    private static func write(
        _ document: Document, stamp: ResultStamp?, findings: [PageFindings]? = nil,
        to sink: (inout [UInt8]) -> Void
    ) throws(ResultEncodingError) {
        var entries: [PageFindings] = []
        if let findings {
            entries = findings
        } else {
            entries.reserveCapacity(document.articles.count)
            for article in document.articles {
                entries.append(try PageFindings(article, withNumbers: false))
            }
        }
        // The streamed parts stand in the shell as placeholders and are written in their
        // place as bytes: passed to Plot as raw strings, they cost more in its renderer than
        // writing them.
        let html = HTML(
            .attribute(named: "lang", value: languageTag(document.language)),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(
                    .attribute(named: "http-equiv", value: "Content-Security-Policy"),
                    .content(PageViewStyle.pagePolicy)),
                .element(named: "title", nodes: [.plain(displayName(document.source.file))]),
                .style(Self.stylePlaceholder),
                .script(
                    .attribute(named: "type", value: "application/json"),
                    .id(FolderIndex.entryID),
                    .raw(Self.entryPlaceholder))
            ),
            .body(
                header(document),
                warnings(document.warnings),
                .main(
                    .section(
                        .class("page"),
                        .h2("The page as printed"),
                        .div(.class("lines"), .raw(Self.pagePlaceholder))),
                    .section(
                        .class("articles"), .attribute(named: "aria-label", value: "Articles"),
                        .raw(Self.articlesPlaceholder))
                ),
                .script(.raw(Self.scriptPlaceholder))
            )
        )
        let shell = Array(html.render().utf8)
        var out: [UInt8] = []
        var start = 0
        for (part, mark) in placeholders.enumerated() {
            let placeholder = Array(mark.utf8)
            guard let at = firstIndex(of: placeholder, in: shell, from: start) else { continue }
            out.append(contentsOf: shell[start..<at])
            switch part {
            case 0: out.append(contentsOf: styleBytes)
            case 1: out.append(contentsOf: FolderIndex.entryJSON(document, findings: entries).utf8)
            case 2: page(PageLines(document), into: &out, sink)
            case 3: try articles(document.articles, findings: findings, into: &out, sink)
            default: out.append(contentsOf: scriptBytes)
            }
            start = at + placeholder.count
        }
        out.append(contentsOf: shell[start...])
        if let stamp { out.append(contentsOf: ("\n" + stamp.markdownComment + "\n").utf8) }
        sink(&out)
    }

    /// The document's language as a BCP 47 tag: `mul` for a mixed page, `und` when unknown.
    static func languageTag(_ language: Language?) -> String {
        switch language {
        case .zh: "zh"
        case .en: "en"
        case .mixed: "mul"
        case .unknown, nil: "und"
        }
    }

    /// The input's file name: `process` records the path as given, which says nothing more
    /// to someone looking at the page beside it.
    static func displayName(_ file: String) -> String {
        String(OutputNames.fileName(of: file))
    }

    static func colourClass(_ position: Int) -> String {
        colourClasses[position % colourClasses.count]
    }

    private static let colourClasses = PageViewStyle.palette.indices.map { "c\($0)" }

    private static func header(_ document: Document) -> BodyNode {
        let source = document.source
        let count = document.articles.count
        let facts = [
            count == 1 ? "1 article" : "\(count) articles",
            source.lines == 1 ? "1 line" : "\(source.lines) lines",
            source.encoding.rawValue, "language: " + languageTag(document.language),
        ]
        return .header(
            .class("top"),
            .h1(.plain(displayName(source.file))),
            .p(.class("facts"), .plain(facts.joined(separator: " · "))),
            .p(
                .class("hint"),
                .text(
                    "Left: the page as printed, each article's lines in its colour, furniture "
                        + "greyed. Right: the articles. "),
                .span(.class("click"), .text("Click an article or a line to outline the other."))),
            .ul(
                .class("legend"),
                .li(.strong("headline")), .li(.em("byline, dateline")),
                .li(.text("furniture (page headers, ads) greyed")),
                .li(
                    .element(named: "mark", nodes: [.class("num"), .text("123")]),
                    .text(" a number")))
        )
    }

    private static func warnings(_ warnings: [String]) -> BodyNode {
        guard !warnings.isEmpty else { return .empty }
        return .section(
            .class("warnings"),
            .h2("Warnings"),
            .ul(.forEach(warnings) { .li(.plain($0)) }))
    }

    /// Marks no input can put in the shell (input text is escaped there: it holds no `<`),
    /// standing for the parts that are spliced in as bytes, in document order: the style, the
    /// index entry, the page's lines, the articles, the script.
    private static let stylePlaceholder = "<presswatch-style>"
    private static let entryPlaceholder = "<presswatch-entry>"
    private static let pagePlaceholder = "<presswatch-page>"
    private static let articlesPlaceholder = "<presswatch-articles>"
    private static let scriptPlaceholder = "<presswatch-script>"
    private static let styleBytes = Array(PageViewStyle.css.utf8)
    private static let scriptBytes = Array(PageViewStyle.script.utf8)

    /// The placeholders in document order, as `write` fills them.
    private static let placeholders = [
        stylePlaceholder, entryPlaceholder, pagePlaceholder, articlesPlaceholder,
        scriptPlaceholder,
    ]

    /// A plain scan on the first byte: the standard library's generic `firstRange(of:)` made
    /// the html step about a fifth slower (measured with `presswatch-bench`).
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int)
        -> Int?
    {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == first,
                haystack[index..<(index + needle.count)].elementsEqual(needle)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Every line of the page as printed.
    private static func page(
        _ page: PageLines, into out: inout [UInt8], _ sink: (inout [UInt8]) -> Void
    ) {
        var stream = HTMLStream(taking: &out)
        page.visitLines { line, number in
            self.line(line, number, into: &stream)
            stream.hand(to: sink, past: PendingFile.chunk)
        }
        stream.give(to: &out)
    }

    /// `<div class="line art c3 m-headline" id="L12" data-a="3">`: its text as printed and
    /// what it was taken for; the stylesheet numbers the lines (a CSS counter: no element
    /// per number, and numbers stay out of copied text).
    private static func line(_ line: PageLines.Line, _ number: Int, into stream: inout HTMLStream) {
        stream.openStart(.div)
        stream.attributeStart(.class)
        stream.value("line")
        var role: String?
        if let article = line.article {
            stream.value(" art ")
            stream.value(colourClass(article))
            if let mark = line.mark {
                stream.value(" m-")
                stream.value(mark.rawValue)
                role = mark.rawValue
            }
        } else if let furniture = line.furniture {
            stream.value(" other")
            role = furniture
        }
        stream.attributeEnd()
        stream.attributeStart(.id)
        stream.value("L")
        stream.number(number)
        stream.attributeEnd()
        if let article = line.article {
            stream.attributeStart(.dataArticle)
            stream.number(article)
            stream.attributeEnd()
        }
        stream.openEnd()
        stream.open(.span, class: "t")
        stream.text(line.text)
        stream.close(.span)
        if let role {
            stream.open(.span, class: "role")
            stream.text(role)
            stream.close(.span)
        }
        stream.close(.div)
    }

    private static func articles(
        _ articles: [Article], findings read: [PageFindings]?, into out: inout [UInt8],
        _ sink: (inout [UInt8]) -> Void
    ) throws(ResultEncodingError) {
        var stream = HTMLStream(taking: &out)
        for (position, article) in articles.enumerated() {
            let findings =
                if let read { read[position] } else {
                    try PageFindings(article, withNumbers: true)
                }
            self.article(article, position: position, findings, into: &stream, sink)
            stream.hand(to: sink, past: PendingFile.chunk)
        }
        stream.give(to: &out)
    }

    private static func article(
        _ article: Article, position: Int, _ findings: PageFindings,
        into stream: inout HTMLStream, _ sink: (inout [UInt8]) -> Void
    ) {
        stream.open(
            .article,
            [
                (.class, colourClass(position)), (.id, "a\(position)"),
                (.dataArticle, String(position)), (.dataFirst, String(article.lines.first)),
            ])
        stream.open(.header)
        if let kicker = article.kicker { stream.element(.p, [(.class, "kicker")], text: kicker) }
        if let headline = article.headline {
            stream.element(.h3, text: headline)
        } else {
            stream.element(.h3, [(.class, "none")], text: "(no headline)")
        }
        if let subtitle = article.subtitle {
            stream.element(.p, [(.class, "subtitle")], text: subtitle)
        }
        stream.open(.p, [(.class, "credits")])
        for byline in article.bylines {
            stream.element(
                .span, [(.class, "byline")],
                text: MarkdownReport.roleLabel(byline.role) + ": "
                    + byline.names.joined(separator: ", "))
        }
        if let dateline = article.dateline {
            stream.element(.span, [(.class, "dateline")], text: dateline)
        }
        stream.element(.span, [(.class, "kind")], text: article.kind.rawValue)
        stream.element(
            .a, [(.href, "#L\(article.lines.first)")],
            text: MarkdownReport.lineLabel(article.lines))
        stream.close(.p)
        stream.close(.header)
        // Under the headline: the summary's sentences, or the one-line gist cut from them.
        if let summary = findings.summary {
            stream.open(.section, [(.class, findings.summaryIsGist ? "summary gist" : "summary")])
            stream.element(.h4, text: findings.summaryIsGist ? "Gist" : "Summary")
            stream.element(.p, text: summary)
            stream.close(.section)
        }
        if !findings.keywords.isEmpty {
            stream.open(.ul, [(.class, "keywords"), (.ariaLabel, "Keywords")])
            for keyword in findings.keywords { stream.element(.li, text: keyword) }
            stream.close(.ul)
        }
        if !findings.numbers.isEmpty { figures(findings.numbers, into: &stream, sink) }
        stream.open(.div, [(.class, "body")])
        paragraphs(article, numbers: findings.numbers, into: &stream, sink)
        stream.close(.div)
        stream.close(.article)
    }

    private static func figures(
        _ numbers: [PageFindings.Number], into stream: inout HTMLStream,
        _ sink: (inout [UInt8]) -> Void
    ) {
        stream.open(.section, [(.class, "figures")])
        stream.element(.h4, text: "Figures")
        stream.open(.table)
        stream.open(.thead)
        stream.open(.tr)
        for heading in ["text", "kind", "value", "unit", "approx"] {
            stream.element(.th, text: heading)
        }
        stream.close(.tr)
        stream.close(.thead)
        stream.open(.tbody)
        for number in numbers {
            stream.open(.tr)
            stream.element(.td, text: number.text)
            stream.element(.td, text: number.kind)
            stream.element(.td, [(.class, "v")], text: number.value)
            stream.element(.td, text: number.unit ?? "")
            stream.element(.td, text: number.approxLabel ?? "")
            stream.close(.tr)
            stream.hand(to: sink, past: PendingFile.chunk)
        }
        stream.close(.tbody)
        stream.close(.table)
        stream.close(.section)
    }

    /// The clean paragraphs, each number of the article in a `<mark>` with its reading as
    /// the tooltip. Numbers are scalar offsets into the article's text, whose paragraphs
    /// are joined with one `\n`. The text goes out in pieces (`sink`): one paragraph may be
    /// the whole input.
    static func paragraphs(
        _ article: Article, numbers: [PageFindings.Number], into stream: inout HTMLStream,
        _ sink: (inout [UInt8]) -> Void
    ) {
        let scalars = article.scalars
        var next = 0
        for (index, start) in article.paragraphStarts.enumerated() {
            let end =
                index + 1 < article.paragraphStarts.count
                ? article.paragraphStarts[index + 1] - 1 : scalars.count
            stream.open(.p)
            var position = start
            while next < numbers.count, numbers[next].start < end {
                let number = numbers[next]
                next += 1
                // One before this paragraph or overlapping the last one: no second mark.
                guard number.start >= position, number.end <= scalars.count else { continue }
                let stop = min(number.end, end)
                text(scalars[position..<number.start], into: &stream, sink)
                stream.open(.mark, [(.class, "num"), (.title, number.detail)])
                stream.text(scalars[number.start..<stop])
                stream.close(.mark)
                position = stop
                stream.hand(to: sink, past: PendingFile.chunk)
            }
            text(scalars[position..<end], into: &stream, sink)
            stream.close(.p)
        }
    }

    /// Escaped text, handed to `sink` a piece at a time.
    private static func text(
        _ scalars: ArraySlice<Unicode.Scalar>, into stream: inout HTMLStream,
        _ sink: (inout [UInt8]) -> Void
    ) {
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let stop = min(start + textPiece, scalars.endIndex)
            stream.text(scalars[start..<stop])
            stream.hand(to: sink, past: PendingFile.chunk)
            start = stop
        }
    }

    /// Scalars escaped between two hand-overs.
    private static let textPiece = 1 << 16
}
