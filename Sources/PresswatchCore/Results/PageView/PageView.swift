import Plot

/// `NAME.html`: the page as printed, with line numbers, each article's lines tinted in its
/// own colour and furniture greyed, beside each article as an `<article>` (headline, kicker,
/// subtitle, bylines, dateline, summary, keywords, figures, the clean text with every number
/// marked). One self-contained file: inline style and script, no request leaves it.
///
/// Built with Plot's typed elements; every piece of text from the input goes through
/// `HTMLEscaping` (see there why not Plot's own escaping).
public enum PageView {
    typealias BodyNode = Node<HTML.BodyContext>

    /// - Parameters:
    ///   - result: the document's result JSON (`ResultJSON.value`), for what the processors
    ///     found, read by its documented keys.
    ///   - stamp: recorded in a closing comment, so the daemon can tell a current page view
    ///     from a stale one.
    public static func render(_ document: Document, result: JSONValue, stamp: ResultStamp?)
        -> [UInt8]
    {
        let objects: [JSONValue]
        if case .array(let items)? = result["articles"] { objects = items } else { objects = [] }
        let findings = document.articles.indices.map { index in
            PageFindings(index < objects.count ? objects[index] : .object([]))
        }
        let lines = PageLines(document)
        let html = HTML(
            .attribute(named: "lang", value: languageTag(document.language)),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(
                    .attribute(named: "http-equiv", value: "Content-Security-Policy"),
                    .content(PageViewStyle.pagePolicy)),
                .element(named: "title", nodes: [.plain(displayName(document.source.file))]),
                .style(PageViewStyle.css),
                .script(
                    .attribute(named: "type", value: "application/json"),
                    .id(FolderIndex.entryID),
                    .raw(FolderIndex.entryJSON(document, findings: findings)))
            ),
            .body(
                header(document),
                warnings(document.warnings),
                .main(
                    page(lines),
                    .section(
                        .class("articles"), .attribute(named: "aria-label", value: "Articles"),
                        .forEach(document.articles.indices) { index in
                            article(document.articles[index], position: index, findings[index])
                        })
                ),
                .script(.raw(PageViewStyle.script))
            )
        )
        var bytes = Array(html.render().utf8)
        if let stamp { bytes.append(contentsOf: ("\n" + stamp.markdownComment + "\n").utf8) }
        return bytes
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
        "c\(position % PageViewStyle.palette.count)"
    }

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
                        + "greyed. Right: the articles. Click one to outline the other.")),
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

    private static func page(_ page: PageLines) -> BodyNode {
        .section(
            .class("page"),
            .h2("The page as printed"),
            .div(
                .class("lines"),
                .group(page.lines.enumerated().map { offset, line in self.line(line, offset + 1) })
            ))
    }

    private static func line(_ line: PageLines.Line, _ number: Int) -> BodyNode {
        var classes = "line"
        var role: String?
        if let article = line.article {
            classes += " art " + colourClass(article)
            if let mark = line.mark {
                classes += " m-" + mark.rawValue
                role = mark.rawValue
            }
        } else if let furniture = line.furniture {
            classes += " other"
            role = furniture
        }
        return .div(
            .class(classes), .id("L\(number)"),
            .unwrap(line.article) { .attribute(named: "data-a", value: String($0)) },
            .a(.class("n"), .href("#L\(number)"), .text(String(number))),
            .span(.class("t"), .plain(String(line.text))),
            .unwrap(role) { .span(.class("role"), .plain($0)) })
    }

    private static func article(_ article: Article, position: Int, _ findings: PageFindings)
        -> BodyNode
    {
        .article(
            .class(colourClass(position)), .id("a\(position)"),
            .attribute(named: "data-a", value: String(position)),
            .attribute(named: "data-first", value: String(article.lines.first)),
            .header(
                .unwrap(article.kicker) { .p(.class("kicker"), .plain($0)) },
                article.headline.map { .h3(.plain($0)) }
                    ?? .h3(.class("none"), .text("(no headline)")),
                .unwrap(article.subtitle) { .p(.class("subtitle"), .plain($0)) },
                .p(.class("credits"), .group(credits(article)))
            ),
            summary(findings.summary),
            keywords(findings.keywords),
            figures(findings.numbers),
            .div(.class("body"), .group(paragraphs(article, numbers: findings.numbers)))
        )
    }

    private static func credits(_ article: Article) -> [BodyNode] {
        var parts: [BodyNode] = article.bylines.map { byline in
            .span(
                .class("byline"),
                .plain(
                    MarkdownReport.roleLabel(byline.role) + ": "
                        + byline.names.joined(separator: ", ")))
        }
        if let dateline = article.dateline {
            parts.append(.span(.class("dateline"), .plain(dateline)))
        }
        parts.append(.span(.class("kind"), .text(article.kind.rawValue)))
        parts.append(
            .a(.href("#L\(article.lines.first)"), .text(MarkdownReport.lineLabel(article.lines))))
        return parts
    }

    /// Its own element under the headline: a headline-style gist can join it later.
    private static func summary(_ summary: String?) -> BodyNode {
        guard let summary else { return .empty }
        return .section(
            .class("summary"), .element(named: "h4", text: "Summary"), .p(.plain(summary)))
    }

    private static func keywords(_ keywords: [String]) -> BodyNode {
        guard !keywords.isEmpty else { return .empty }
        return .ul(
            .class("keywords"), .attribute(named: "aria-label", value: "Keywords"),
            .forEach(keywords) { .li(.plain($0)) })
    }

    private static func figures(_ numbers: [PageFindings.Number]) -> BodyNode {
        guard !numbers.isEmpty else { return .empty }
        return .section(
            .class("figures"),
            .element(named: "h4", text: "Figures"),
            .table(
                .thead(.tr(.th("text"), .th("kind"), .th("value"), .th("unit"), .th("approx"))),
                .tbody(
                    .forEach(numbers) { number in
                        .tr(
                            .td(.plain(number.text)), .td(.plain(number.kind)),
                            .td(.class("v"), .plain(number.value)),
                            .td(.plain(number.unit ?? "")),
                            .td(
                                .plain(
                                    number.approx.map {
                                        $0.replacingOccurrences(of: "_", with: " ")
                                    } ?? "")))
                    })))
    }

    /// The clean paragraphs, each number of the article in a `<mark>` with its reading as
    /// the tooltip. Numbers are scalar offsets into the article's text, whose paragraphs
    /// are joined with one `\n`.
    static func paragraphs(_ article: Article, numbers: [PageFindings.Number]) -> [BodyNode] {
        let scalars = article.scalars
        var nodes: [BodyNode] = []
        var next = 0
        for (index, start) in article.paragraphStarts.enumerated() {
            let end =
                index + 1 < article.paragraphStarts.count
                ? article.paragraphStarts[index + 1] - 1 : scalars.count
            var parts: [BodyNode] = []
            var position = start
            while next < numbers.count, numbers[next].start < end {
                let number = numbers[next]
                next += 1
                // One before this paragraph or overlapping the last one: no second mark.
                guard number.start >= position, number.end <= scalars.count else { continue }
                let stop = min(number.end, end)
                parts.append(.plain(text(scalars[position..<number.start])))
                parts.append(
                    .element(
                        named: "mark",
                        nodes: [
                            .class("num"), .plainAttribute("title", number.detail),
                            .plain(text(scalars[number.start..<stop])),
                        ]))
                position = stop
            }
            parts.append(.plain(text(scalars[position..<end])))
            nodes.append(.p(.group(parts)))
        }
        return nodes
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
