import PresswatchCore

/// Turns an article's parts into its clean fields: dateline, paragraphs, headline text,
/// bylines in page order, kind, and the lines it covers.
enum ArticleBuilder {
    static func build(_ draft: ArticleDraft) -> LaidOutArticle {
        // An editor's note (编者按) may stand above the dated story: then the dateline opens
        // a later paragraph of the first few lines.
        let lines = Array(draft.body.lazy.flatMap(\.lines).prefix(16))
        var datedLine = 0
        if TokenFacts.isEditorsNote(lines[0].trimmed),
            let story = lines.indices.dropFirst().first(where: {
                lines[$0 - 1].endsSentence && Dateline.detect(lines[$0].trimmed) != nil
            })
        {
            datedLine = story
        }
        let firstLine = lines[datedLine]
        let dateline = Dateline.detect(Array(lines[datedLine...].prefix(3)))
        let paragraphs = ParagraphBuilder.paragraphs(
            of: draft.body, skipFirst: dateline?.bodyStart ?? 0, fromLine: firstLine.number,
            headings: draft.subheadingLines)
        var placed: [(line: Int, bylines: [Byline])] = draft.bylines.map {
            ($0.firstLine, $0.bylines)
        }
        if let dateline, !dateline.bylines.isEmpty {
            placed.append((firstLine.number, dateline.bylines))
        }
        placed.sort { $0.line < $1.line }
        let bylines = placed.flatMap(\.bylines)
        var article = LaidOutArticle(
            kind: kind(bylines: bylines, hasDateline: dateline != nil),
            headline: draft.headline?.headline.map(HeadlineText.render),
            kicker: draft.headline?.kicker.map(HeadlineText.render),
            subtitle: draft.headline?.subtitle.map(HeadlineText.render),
            bylines: bylines, dateline: dateline?.text, lines: lineRange(draft),
            paragraphs: paragraphs)
        article.lineMarks = lineMarks(draft, datelineLine: dateline.map { _ in firstLine.number })
        return article
    }

    /// The lines of the headline group, the byline blocks and the dateline, in page order.
    private static func lineMarks(_ draft: ArticleDraft, datelineLine: Int?) -> [LineMark] {
        var marks: [LineMark] = []
        if let group = draft.headline {
            let parts: [(LineMark.Role, TextBlock?)] = [
                (.kicker, group.kicker), (.headline, group.headline), (.subtitle, group.subtitle),
            ]
            for case (let role, let block?) in parts {
                marks.append(LineMark(role, lines: block.firstLine...block.lastLine))
            }
        }
        for block in draft.bylines {
            marks.append(LineMark(.byline, lines: block.firstLine...block.lastLine))
        }
        if let datelineLine {
            marks.append(LineMark(.dateline, lines: datelineLine...datelineLine))
        }
        return marks.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
    }

    /// Photo credits make a photo; a pen name alone makes a commentary; a dated piece with
    /// no byline is a brief.
    static func kind(bylines: [Byline], hasDateline: Bool) -> ArticleKind {
        let roles = Set(bylines.map(\.role))
        if roles.contains(.photographer) && !roles.contains(.reporter) { return .photo }
        if roles == [.author] { return .commentary }
        if roles.isEmpty && hasDateline { return .brief }
        return .news
    }

    private static func lineRange(_ draft: ArticleDraft) -> LineRange {
        var first = draft.body[0].firstLine
        var last = draft.body[draft.body.count - 1].lastLine
        if let group = draft.headline {
            first = min(first, group.firstLine)
            last = max(last, group.lastLine)
        }
        for block in draft.bylines {
            first = min(first, block.firstLine)
            last = max(last, block.lastLine)
        }
        return LineRange(first: first, last: last)
    }
}
