import PresswatchCore

/// One article as the page analysis found it.
struct LaidOutArticle: Sendable {
    var kind: ArticleKind
    var headline: String?
    var kicker: String?
    var subtitle: String?
    var bylines: [Byline]
    var dateline: String?
    /// Every source line the article covers: headline, kicker, bylines and body.
    var lines: LineRange
    var paragraphs: [BuiltParagraph]
    /// Where its headline, kicker, subtitle, bylines and dateline stand.
    var lineMarks: [LineMark] = []
}

/// The page as the analysis found it: its articles and the text that belongs to none.
struct PageLayout: Sendable {
    var articles: [LaidOutArticle]
    var other: [PageText]
}
