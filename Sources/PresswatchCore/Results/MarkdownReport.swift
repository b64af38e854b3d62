/// The Markdown report for people: per article its headline (with kicker and subtitle),
/// bylines and dateline, then what the processors found (each finding's own section, in
/// `markdownOrder`), then the clean paragraphs; at the end the page's other text.
///
/// Given the pipeline's fingerprint, the report ends with an HTML comment (invisible when
/// rendered) recording the input's digest and the fingerprint, so that a Markdown-only
/// configuration can still tell a current report from a stale one (`ResultStamp`).
public enum MarkdownReport {
    public static func render(_ document: Document, fingerprint: String? = nil) -> String {
        var blocks: [String] = ["# " + MarkdownText.escape(document.source.file)]
        blocks.append(facts(of: document))
        for warning in document.warnings {
            blocks.append("> **Warning:** " + MarkdownText.escape(warning))
        }
        for article in document.articles {
            blocks.append("---")
            blocks.append(contentsOf: self.blocks(of: article))
        }
        if !document.other.isEmpty {
            blocks.append("---")
            blocks.append("## Other text on the page")
            blocks.append(contentsOf: document.other.map(otherText))
        }
        if let fingerprint {
            blocks.append(
                ResultStamp(sha256: document.source.sha256, fingerprint: fingerprint)
                    .markdownComment)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func facts(of document: Document) -> String {
        let source = document.source
        let count = document.articles.count
        return [
            count == 1 ? "1 article" : "\(count) articles",
            source.lines == 1 ? "1 line" : "\(source.lines) lines",
            source.encoding.rawValue,
        ].joined(separator: " · ")
    }

    static func blocks(of article: Article) -> [String] {
        var blocks: [String] = []
        if let kicker = article.kicker { blocks.append("*" + MarkdownText.escape(kicker) + "*") }
        let title = article.headline.map(MarkdownText.escape) ?? "(no headline)"
        blocks.append("## " + title)
        if let subtitle = article.subtitle {
            blocks.append("**" + MarkdownText.escape(subtitle) + "**")
        }
        blocks.append(credits(of: article))
        let findings = article.findings.all.enumerated().sorted {
            (type(of: $0.element).markdownOrder, $0.offset)
                < (type(of: $1.element).markdownOrder, $1.offset)
        }
        for (_, finding) in findings {
            if let section = finding.markdown(for: article)?.trimmingWhitespaceAtEnds(),
                !section.isEmpty
            {
                blocks.append(section)
            }
        }
        let paragraphs = article.paragraphSlices
        if !paragraphs.isEmpty {
            blocks.append("### Text")
            blocks.append(contentsOf: paragraphs.map { MarkdownText.escape(String($0)) })
        }
        return blocks
    }

    /// One line: who wrote it, the dateline, what kind of piece, where it is in the input.
    static func credits(of article: Article) -> String {
        var parts: [String] = article.bylines.map { byline in
            roleLabel(byline.role) + ": "
                + byline.names.map(MarkdownText.escape).joined(separator: ", ")
        }
        if let dateline = article.dateline { parts.append(MarkdownText.escape(dateline)) }
        if article.kind != .news { parts.append(article.kind.rawValue) }
        parts.append(lineLabel(article.lines))
        return "*" + parts.joined(separator: " · ") + "*"
    }

    static func otherText(_ text: PageText) -> String {
        let label = [text.role, lineLabel(text.lines)].compactMap { $0 }.joined(separator: ", ")
        return "*\(MarkdownText.escape(label)):* " + MarkdownText.escape(text.text)
    }

    static func roleLabel(_ role: Byline.Role) -> String {
        switch role {
        case .reporter: return "Reporter"
        case .correspondent: return "Correspondent"
        case .author: return "Author"
        case .photographer: return "Photo"
        case .editor: return "Editor"
        case .other: return "By"
        }
    }

    static func lineLabel(_ lines: LineRange) -> String {
        if let pieces = lines.ranges {
            let listed = pieces.map { piece in
                piece.lowerBound == piece.upperBound
                    ? "\(piece.lowerBound)" : "\(piece.lowerBound)–\(piece.upperBound)"
            }
            return "lines " + listed.joined(separator: ", ")
        }
        return lines.first == lines.last
            ? "line \(lines.first)" : "lines \(lines.first)–\(lines.last)"
    }
}
