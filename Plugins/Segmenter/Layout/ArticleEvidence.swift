/// The evidence for reading a run of page tokens as one article: where its headline stands
/// against its body, how the body opens and ends, where its bylines sit, what lies inside.
/// Each feature is a count; the learned weights (`ArticleEvidenceWeights`) say how much each
/// counts, and the page's best reading is the tiling with the highest total.
enum ArticleEvidence: Int, CaseIterable, Sendable {
    case article
    case headlineBefore, headlineAfter, headlineNone
    /// No headline, at the page's top, in a body that does not open like an article: the
    /// end of a story begun on another page.
    case headlineNoneAtPageTop
    case headlineBeforeOpening, headlineBeforeNoOpening
    /// A headline above a long body that opens like no article (a caption may).
    case headlineBeforeNoOpeningLong
    case headlineAfterOpening, headlineAfterFinished, headlineAfterUnfinished
    /// A headline above its body, right under the unfinished body of another article.
    case headlineBeforeCutsUnfinished
    case headlineBeforeUnderFurniture, headlineAfterUnderFurniture
    /// The page's other articles put their headlines on the same side (`prior` > 0) or the
    /// other (< 0): a prior, weighed like any evidence.
    case priorAgreement
    case subheading, subheadingNumbered, subheadingThenOpening, subheadingAfterUnfinished
    /// A subheading that has the shape of a headline (long, several lines, a kicker, bold).
    case subheadingShapedAsHeadline
    /// A subheading right above a photo's caption.
    case subheadingAboveCaption
    /// A column-wide block read as a cut paragraph's first lines (between bodies) or as a
    /// headline.
    case fragmentJoined, fragmentLeading, headlineColumnWide
    case bodiesJoined, bodiesJoinedAtDateline, bodiesJoinedAtLead
    /// A dated story joined to the editor's note above it.
    case bodiesJoinedUnderEditorsNote
    case bylineAbove, bylineRightAbove, bylineAboveHeadline
    case bylineBelowNoHeadline, bylineBetweenBodyAndHeadline, bylineBelowHeadline
    case bylineSourcesBeyondOne, noByline
    case penNameBelow
    case photoCreditNotAfterBody, closingCreditNotAfterBody
    case furnitureInside
    case orphanHeadline, orphanByline

    static let count = allCases.count
}

/// The features of one candidate span of tokens.
struct SpanEvidence {
    /// Longest span weighed: a body with its headline, several bylines and subheadings.
    static let maximumTokens = 14
    static let maximumBodies = 6

    /// The features of `range` read as one article, or nil when the tokens cannot make one
    /// (no body, two headlines, a byline between bodies). `prior` is the share of the page's
    /// headlined articles whose headline stands before the body.
    static func article(
        _ range: Range<Int>, _ facts: [TokenFacts], prior: Double
    ) -> [Double]? {
        guard range.count <= maximumTokens,
            let first = range.first(where: { facts[$0].kind == .body }),
            let last = range.last(where: { facts[$0].kind == .body })
        else { return nil }
        var features = [Double](repeating: 0, count: ArticleEvidence.count)
        func add(_ feature: ArticleEvidence, _ value: Double = 1) {
            features[feature.rawValue] += value
        }
        add(.article)
        var bodies = 0
        for index in first...last {
            switch facts[index].kind {
            case .byline: return nil
            case .body:
                bodies += 1
                if index > first, facts[index - 1].kind == .body {
                    add(.bodiesJoined)
                    if facts[index].opensWithDateline { add(.bodiesJoinedAtDateline) }
                    if facts[index].opensWithLead { add(.bodiesJoinedAtLead) }
                    if facts[index - 1].isEditorsNote { add(.bodiesJoinedUnderEditorsNote) }
                }
            case .headline where facts[index].isColumnWide:
                add(.fragmentJoined)
            case .headline:
                add(.subheading)
                if facts[index].isNumbered { add(.subheadingNumbered) }
                if index + 1 <= last,
                    facts[index + 1].opensWithDateline || facts[index + 1].opensWithLead
                {
                    add(.subheadingThenOpening)
                }
                if !facts[index - 1].endsSentence { add(.subheadingAfterUnfinished) }
                if !facts[index].isPlainShortHead { add(.subheadingShapedAsHeadline) }
                if index + 2 < facts.count, facts[index + 2].isPhotoCredit {
                    add(.subheadingAboveCaption)
                }
            }
        }
        guard bodies <= maximumBodies else { return nil }
        let above = range.lowerBound..<first
        let below = (last + 1)..<range.upperBound
        let fragment = leadingFragment(range, facts)
        let headlineAbove = above.filter { facts[$0].kind == .headline && $0 != fragment }
        let headlineBelow = below.filter { facts[$0].kind == .headline }
        guard headlineAbove.count + headlineBelow.count <= 1 else { return nil }
        if fragment != nil { add(.fragmentLeading) }

        let opening =
            facts[first].opensWithDateline || facts[first].opensWithLead
            || (first > range.lowerBound && facts[first - 1].kind == .byline)
        if let headline = (headlineAbove + headlineBelow).first, facts[headline].isColumnWide {
            add(.headlineColumnWide)
        }
        if let headline = headlineAbove.first {
            add(.headlineBefore)
            add(opening ? .headlineBeforeOpening : .headlineBeforeNoOpening)
            if !opening, !facts[first].isShort { add(.headlineBeforeNoOpeningLong) }
            if facts[headline].afterFurniture { add(.headlineBeforeUnderFurniture) }
            if headline > 0, facts[headline - 1].kind == .body, !facts[headline - 1].endsSentence {
                add(.headlineBeforeCutsUnfinished)
            }
            add(.priorAgreement, prior - 0.5)
        } else if let headline = headlineBelow.first {
            add(.headlineAfter)
            if opening { add(.headlineAfterOpening) }
            add(facts[last].endsSentence ? .headlineAfterFinished : .headlineAfterUnfinished)
            if facts[headline].afterFurniture { add(.headlineAfterUnderFurniture) }
            add(.priorAgreement, 0.5 - prior)
        } else {
            add(.headlineNone)
            if range.lowerBound == 0, !opening { add(.headlineNoneAtPageTop) }
        }

        var bylineSources = facts[first].hasDatelineBylines ? 1 : 0
        for index in range where facts[index].kind == .byline {
            bylineSources += 1
            let afterBody = index > range.lowerBound && facts[index - 1].kind == .body
            if facts[index].isPhotoCredit, !afterBody { add(.photoCreditNotAfterBody) }
            if facts[index].closesText, !afterBody { add(.closingCreditNotAfterBody) }
            if index < first {
                add(.bylineAbove)
                if index == first - 1 { add(.bylineRightAbove) }
                if let headline = headlineAbove.first, index < headline {
                    add(.bylineAboveHeadline)
                }
            } else if let headline = headlineBelow.first {
                add(index < headline ? .bylineBetweenBodyAndHeadline : .bylineBelowHeadline)
                if facts[index].isPenName { add(.penNameBelow) }
            } else {
                add(.bylineBelowNoHeadline)
                if facts[index].isPenName { add(.penNameBelow) }
            }
        }
        if bylineSources == 0 { add(.noByline) }
        add(.bylineSourcesBeyondOne, Double(max(0, bylineSources - 1)))
        for index in range.dropFirst() where facts[index].afterFurniture { add(.furnitureInside) }
        return features
    }

    /// A column-wide block right above the first body, under the span's headline: the
    /// body's first lines, cut off by a column end, rather than a second headline.
    static func leadingFragment(_ range: Range<Int>, _ facts: [TokenFacts]) -> Int? {
        guard let first = range.first(where: { facts[$0].kind == .body }),
            first - 2 >= range.lowerBound, facts[first - 1].kind == .headline,
            facts[first - 1].isColumnWide,
            range[..<(first - 1)].contains(where: { facts[$0].kind == .headline })
        else { return nil }
        return first - 1
    }

    /// The features of a headline or byline token left out of every article.
    static func orphan(_ index: Int, _ facts: [TokenFacts]) -> [Double]? {
        var features = [Double](repeating: 0, count: ArticleEvidence.count)
        switch facts[index].kind {
        case .body: return nil
        case .headline: features[ArticleEvidence.orphanHeadline.rawValue] = 1
        case .byline: features[ArticleEvidence.orphanByline.rawValue] = 1
        }
        return features
    }
}
