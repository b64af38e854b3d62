import PresswatchCore

/// An English page's OCR text layer into articles: each non-blank line gets a label from the
/// learned line model (`EnglishLineModel`, Viterbi over the page), where articles start is
/// decided again from article-level evidence and pieces of one story are joined
/// (`EnglishArticleStarts`), the labels are grouped
/// into articles and furniture (`EnglishArticleAssembly`), and each article gets its clean
/// fields.
/// Cost: linear in lines.
enum EnglishPageReader {
    static func analyze(
        _ lines: [SourceLine], model: EnglishLineModel = .shipped,
        starts: EnglishArticleStarts? = .shipped
    ) -> PageLayout {
        let (lines, column, labels) = label(lines, model: model, starts: starts)
        return layout(lines, column: column, labels: labels)
    }

    /// The page's non-blank lines, its column width and the lines' labels. The traits and
    /// features the labels come from are let go here, before the articles are assembled:
    /// they are the largest per-line structures (over a hundred bytes a line).
    private static func label(
        _ all: [SourceLine], model: EnglishLineModel, starts: EnglishArticleStarts?
    ) -> (lines: [SourceLine], column: Int, labels: [EnglishLineLabel]) {
        let page = EnglishPageLines(all)
        // Where articles start is decided again from article-level evidence.
        let labels =
            starts?.label(page, model: model)
            ?? model.decode(page.features, continuesSentence: page.continuesSentence)
        return (page.lines, page.column, labels)
    }

    /// The articles and furniture the labels of the page's lines give.
    static func layout(_ page: EnglishPageLines, labels: [EnglishLineLabel]) -> PageLayout {
        layout(page.lines, column: page.column, labels: labels)
    }

    private static func layout(
        _ lines: [SourceLine], column: Int, labels: [EnglishLineLabel]
    ) -> PageLayout {
        let (drafts, furniture) = EnglishArticleAssembly.assemble(lines, labels: labels)
        let hyphenation = EnglishHyphenation(lines: lines.lazy.map(\.trimmed))
        var articles: [LaidOutArticle] = []
        var other: [PageText] = []
        // A headline with no body of its own joins the next article. Above the page's first
        // article it is a banner, that article's main headline (the annotation rules say so);
        // further down, the next article keeps its own headline.
        var pending: EnglishArticleDraft?
        for var draft in drafts {
            if let above = pending {
                draft = above.heading(over: draft, asBanner: articles.isEmpty)
                pending = nil
            }
            if draft.body.isEmpty {
                pending = draft
            } else {
                articles.append(
                    EnglishArticleFields.build(draft, column: column, hyphenation: hyphenation))
            }
        }
        if let last = pending {
            // The page ends on a headline whose story the labels did not find: no article.
            // Its lines in page order: a stray heading's lines stand before the decks below it.
            let lines = (last.headline + last.decks + last.bylines).sorted { $0.number < $1.number }
            other.append(pageText(lines, role: "headline"))
        }
        let firstArticleLine = articles.first?.lines.first ?? Int.max
        for run in furniture {
            other.append(
                pageText(run, role: role(run, beforeFirstArticle: run[0].number < firstArticleLine))
            )
        }
        other.sort { $0.lines.first < $1.lines.first }
        return PageLayout(articles: articles, other: other)
    }

    private static func pageText(_ lines: [SourceLine], role: String) -> PageText {
        PageText(
            lines: LineRange(first: lines[0].number, last: lines[lines.count - 1].number),
            text: ScalarString.make(Array(lines.map(\.trimmed).joined(separator: [" "]))),
            role: role)
    }

    /// Furniture above the first article is the masthead; a run that is mostly not words is
    /// OCR debris (pictures, rules); the rest is advertising.
    private static func role(_ run: [SourceLine], beforeFirstArticle: Bool) -> String {
        if beforeFirstArticle { return "masthead" }
        var letters = 0
        var total = 0
        for line in run {
            let traits = EnglishLineTraits(line.trimmed)
            letters += traits.letters - traits.fragmentWords * 2
            total += traits.length
        }
        return letters * 2 < total ? "debris" : "advertisement"
    }
}

/// The non-blank lines of a page with their traits and features.
struct EnglishPageLines {
    let lines: [SourceLine]
    let traits: EnglishLineTraitsTable
    let features: EnglishLineFeatures
    let column: Int
    /// Whether each line carries on the sentence of the line above (`EnglishLineModel.decode`).
    let continuesSentence: [Bool]

    init(_ all: [SourceLine]) {
        var lines: [SourceLine] = []
        var blankBefore: [Bool] = []
        if all.contains(where: \.isBlank) {
            var sawBlank = false
            for line in all {
                if line.isBlank {
                    sawBlank = !lines.isEmpty
                } else {
                    lines.append(line)
                    blankBefore.append(sawBlank)
                    sawBlank = false
                }
            }
        } else {
            // No blank line: the page's lines are these, in the caller's array (a copy cost
            // 32 bytes a line beside it).
            lines = all
            blankBefore = [Bool](repeating: false, count: all.count)
        }
        self.lines = lines
        let cohesion = EnglishLexicalCohesion(lines.lazy.map(\.trimmed))
        traits = EnglishLineTraitsTable(lines.lazy.map { EnglishLineTraits($0.trimmed) })
        column = EnglishLineFeatures.columnWidth(traits)
        let traits = traits
        let columnWidth = Double(column)
        continuesSentence = traits.indices.map { index in
            guard index > 0, !traits[index - 1].endsSentence else { return false }
            let line = traits[index]
            let above = traits[index - 1]
            // It opens in small letters, or it ends the sentence that a line of running text
            // above left open (and is not set like a title): on the development pages such a
            // line opened an article 11 times in 3,801.
            return line.firstLower
                || (line.endsSentence && !line.isAllCaps && line.titleShare <= 0.6
                    && !above.endsHyphen && EnglishLineFeatures.isRunningText(above, columnWidth))
        }
        features = EnglishLineFeatures(
            traits: traits, blankBefore: blankBefore, cohesion: cohesion)
    }
}
