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
        var tokens = PageTokenizer.tokens(items, roles: TextRoleClassifier.roles(of: items))
        if !tokens.contains(where: { if case .body = $0 { true } else { false } }) {
            // No body at all (one short line, a list of titles): everything is body text.
            let roles = items.map { item -> TextRole? in
                if case .text = item { return .body }
                return nil
            }
            tokens = PageTokenizer.tokens(items, roles: roles)
        }
        let (drafts, orphans) = ArticleAssembler.assemble(tokens)
        var other = furniture(items) + orphans.flatMap(headlineText)
        if drafts.isEmpty { other += tokens.flatMap(bylineText) }
        other.sort { $0.lines.first < $1.lines.first }
        return PageLayout(articles: drafts.map(ArticleBuilder.build), other: other)
    }

    private static func furniture(_ items: [PageItem]) -> [PageText] {
        items.compactMap { item in
            guard case .furniture(let line, let role) = item else { return nil }
            return PageText(
                lines: LineRange(first: line.number, last: line.number),
                text: line.trimmed.string, role: role)
        }
    }

    /// A headline group no article could take.
    private static func headlineText(_ group: HeadlineGroup) -> [PageText] {
        [group.kicker, group.headline, group.subtitle].compactMap { $0 }.map { block in
            PageText(
                lines: LineRange(first: block.firstLine, last: block.lastLine),
                text: HeadlineText.render(block), role: "headline")
        }
    }

    /// A byline on a page without articles.
    private static func bylineText(_ token: PageToken) -> [PageText] {
        guard case .byline(let block) = token else { return [] }
        return [
            PageText(
                lines: LineRange(first: block.firstLine, last: block.lastLine),
                text: block.lines.map { $0.trimmed.string }.joined(separator: " "),
                role: "byline")
        ]
    }
}
