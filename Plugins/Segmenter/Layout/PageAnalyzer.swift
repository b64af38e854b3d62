import PresswatchCore

/// Page analysis: the text layer of a printed page into articles (headline, kicker,
/// subtitle, bylines, dateline, paragraphs) and page furniture.
enum PageAnalyzer {
    static func analyze(_ text: String) -> PageLayout {
        let lines = SourceLine.split(text)
        if ScriptMix.measure(text).language == .en {
            return EnglishLayout.analyze(lines)
        }
        let items = PageScanner.items(of: lines)
        let (drafts, orphans) = ArticleAssembler.assemble(tokens(items))
        var other = furniture(items) + orphans.flatMap(orphanText)
        other.sort { $0.lines.first < $1.lines.first }
        return PageLayout(articles: drafts.map(ArticleBuilder.build), other: other)
    }

    /// The page's items as tokens for the assembler.
    static func tokens(_ items: [PageItem]) -> PageTokens {
        let page = PageTokenizer.tokens(items, roles: TextRoleClassifier.roles(of: items))
        if page.tokens.contains(where: { if case .body = $0 { true } else { false } }) {
            return page
        }
        // No body at all (one short line, a list of titles): everything is body text.
        let roles = items.map { item -> TextRole? in
            if case .text = item { return .body }
            return nil
        }
        return PageTokenizer.tokens(items, roles: roles)
    }

    private static func furniture(_ items: [PageItem]) -> [PageText] {
        items.compactMap { item in
            guard case .furniture(let line, let role) = item else { return nil }
            return PageText(
                lines: LineRange(first: line.number, last: line.number),
                text: line.trimmed.string, role: role)
        }
    }

    /// A headline group or a byline no article took.
    private static func orphanText(_ token: PageToken) -> [PageText] {
        switch token {
        case .body: return []
        case .headline(let group):
            return [group.kicker, group.headline, group.subtitle].compactMap { $0 }.map { block in
                PageText(
                    lines: LineRange(first: block.firstLine, last: block.lastLine),
                    text: HeadlineText.render(block), role: "headline")
            }
        case .byline(let block):
            return [
                PageText(
                    lines: LineRange(first: block.firstLine, last: block.lastLine),
                    text: block.lines.map { $0.trimmed.string }.joined(separator: " "),
                    role: "byline")
            ]
        }
    }
}
