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
        var other: [PageText] = []
        for case .furniture(let line, let role) in items {
            other.append(
                PageText(
                    lines: LineRange(first: line.number, last: line.number),
                    text: line.trimmed.string, role: role))
        }
        var tokens = PageTokenizer.tokens(items, roles: TextRoleClassifier.roles(of: items))
        if !tokens.contains(where: { if case .body = $0 { return true } else { return false } }) {
            // No body at all (one short line, a list of titles): everything is body text.
            let roles = items.map { item -> TextRole? in
                if case .text = item { return .body }
                return nil
            }
            tokens = PageTokenizer.tokens(items, roles: roles)
        }
        let (drafts, orphans) = ArticleAssembler.assemble(tokens)
        for group in orphans {
            for block in [group.kicker, group.headline, group.subtitle].compactMap({ $0 }) {
                other.append(
                    PageText(
                        lines: LineRange(first: block.firstLine, last: block.lastLine),
                        text: HeadlineText.render(block), role: "headline"))
            }
        }
        if drafts.isEmpty {
            for case .byline(let block) in tokens {
                other.append(
                    PageText(
                        lines: LineRange(first: block.firstLine, last: block.lastLine),
                        text: block.lines.map { $0.trimmed.string }.joined(separator: " "),
                        role: "byline"))
            }
        }
        other.sort { $0.lines.first < $1.lines.first }
        return PageLayout(articles: drafts.map(ArticleBuilder.build), other: other)
    }
}
