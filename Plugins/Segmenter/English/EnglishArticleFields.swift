import PresswatchCore

/// The clean fields of an English article from its grouped lines: headline and decks as
/// printed, bylines, the dateline, paragraphs with broken words joined, and its kind.
enum EnglishArticleFields {
    /// - Parameters:
    ///   - column: the page's column width in scalars, for telling paragraph ends.
    ///   - hyphenation: the page's evidence on line-end hyphens.
    static func build(
        _ draft: EnglishArticleDraft, column: Int, hyphenation: EnglishHyphenation
    ) -> LaidOutArticle {
        var body = draft.body.map(\.trimmed)
        var dateline: String?
        if let first = body.first, let end = EnglishDateline.match(first) {
            dateline = first[first.startIndex..<end].string
            let rest = first[end...].drop { $0.isSpaceLike }
            body[0] = rest
        }
        var paragraphs: [BuiltParagraph] = []
        var start = 0
        for index in body.indices where endsParagraph(body, index, column: column) {
            appendParagraph(body[start...index], firstLine: draft.body[start].number)
            start = index + 1
        }
        if paragraphs.isEmpty, let dateline {
            paragraphs = [BuiltParagraph(text: dateline, firstLine: draft.body[0].number)]
        }
        let headline = draft.headline.isEmpty ? nil : joined(draft.headline)
        let bylines = draft.bylines.compactMap { EnglishByline.parse($0.trimmed) }
        var article = LaidOutArticle(
            kind: kind(draft, paragraphs: paragraphs.count), headline: headline, kicker: nil,
            subtitle: draft.decks.isEmpty ? nil : joined(draft.decks), bylines: bylines,
            dateline: dateline, lines: LineRange(pieces: draft.pieces), paragraphs: paragraphs)
        let marked: [(LineMark.Role, [SourceLine])] = [
            (.headline, draft.headline), (.subtitle, draft.decks), (.byline, draft.bylines),
            (.dateline, dateline == nil ? [] : Array(draft.body.prefix(1))),
        ]
        article.lineMarks = marked.flatMap { role, lines in
            lines.map { LineMark(role, lines: $0.number...$0.number) }
        }
        .sorted { $0.lines.lowerBound < $1.lines.lowerBound }
        return article

        func appendParagraph(_ lines: ArraySlice<ArraySlice<Unicode.Scalar>>, firstLine: Int) {
            let text = SpaceRepair.joinEnglishLines(Array(lines), hyphenation: hyphenation)
            if !text.isEmpty {
                paragraphs.append(
                    BuiltParagraph(text: ScalarString.make(text), firstLine: firstLine))
            }
        }
    }

    /// A paragraph ends on a line that finishes a sentence short of the column's end, before
    /// a dateline, and at the body's end.
    private static func endsParagraph(
        _ body: [ArraySlice<Unicode.Scalar>], _ index: Int, column: Int
    ) -> Bool {
        guard index + 1 < body.count else { return true }
        if EnglishDateline.match(body[index + 1]) != nil { return true }
        let line = body[index]
        return ScalarText.endsSentence(line) && line.count * 5 < column * 4
    }

    private static func joined(_ lines: [SourceLine]) -> String {
        ScalarString.make(SpaceRepair.joinEnglishLines(lines.map(\.trimmed)))
    }

    /// An item without a headline, or with one paragraph and no decks, is a brief; the rest
    /// is news.
    private static func kind(_ draft: EnglishArticleDraft, paragraphs: Int) -> ArticleKind {
        if draft.headline.isEmpty { return .brief }
        if draft.decks.isEmpty && paragraphs <= 1 { return .brief }
        return .news
    }
}
