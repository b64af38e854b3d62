/// A headline with what stands around it: a kicker above, a subtitle below.
struct HeadlineGroup: Sendable {
    var kicker: TextBlock?
    var headline: TextBlock?
    var subtitle: TextBlock?
    /// As wide as the column around it: maybe a paragraph's first line cut off by a column
    /// end rather than a headline.
    var isColumnWide = false

    var firstLine: Int { (kicker ?? headline ?? subtitle)!.firstLine }
    var lastLine: Int { (subtitle ?? headline ?? kicker)!.lastLine }
}

/// The page as a sequence of article parts: body runs, headline groups, byline blocks.
enum PageToken: Sendable {
    /// Body text blocks of one article, in order.
    case body([TextBlock])
    case headline(HeadlineGroup)
    case byline(BylineBlock)
}

/// The page's tokens in order, and for each whether page furniture stands between it and the
/// token before (a running footer or a promotion line separates articles more often than not).
struct PageTokens: Sendable {
    var tokens: [PageToken] = []
    var afterFurniture: [Bool] = []
}

/// Groups classified page items into tokens. A body run ends at anything that is not body
/// text; a new one starts where a block may open another article (a dateline, a lead, a
/// caption, text after furniture), and the assembler decides whether it does.
enum PageTokenizer {
    static func tokens(_ items: [PageItem], roles: [TextRole?]) -> PageTokens {
        var tokens: [PageToken] = []
        var afterFurniture: [Bool] = []
        var sawFurniture = false
        for (index, item) in items.enumerated() {
            let count = tokens.count
            switch item {
            case .furniture:
                sawFurniture = true
                continue
            case .byline(let block): tokens.append(.byline(block))
            case .text(let block):
                switch roles[index] ?? .body {
                case .body:
                    appendBody(
                        block, to: &tokens,
                        apart: sawFurniture
                            || isCaption(
                                block, before: items[(index + 1)...],
                                roles: roles[(index + 1)...])
                    )
                case .kicker: tokens.append(.headline(HeadlineGroup(kicker: block)))
                case .headline:
                    appendHeadline(block, to: &tokens, acrossFurniture: sawFurniture)
                case .columnHeadline:
                    if !sawFurniture, case .headline(var group) = tokens.last,
                        group.headline == nil
                    {
                        // Under its kicker, it is the kicker's headline.
                        group.headline = block
                        tokens[tokens.count - 1] = .headline(group)
                    } else {
                        var group = HeadlineGroup(headline: block)
                        group.isColumnWide = true
                        tokens.append(.headline(group))
                    }
                }
            }
            for new in count..<tokens.count { afterFurniture.append(new == count && sawFurniture) }
            sawFurniture = false
        }
        return PageTokens(tokens: tokens, afterFurniture: afterFurniture)
    }

    /// Body blocks in a row make one run, unless the second opens like an article (a
    /// dateline, a lead such as `记者从…获悉` or `编者按`) or stands `apart` (after furniture,
    /// or a caption): then the assembler decides.
    private static func appendBody(_ block: TextBlock, to tokens: inout [PageToken], apart: Bool) {
        if case .body(let blocks) = tokens.last, !block.startsWithDateline, !apart,
            !TokenFacts.opensLikeLead(block.lines[0].trimmed)
        {
            tokens[tokens.count - 1] = .body(blocks + [block])
        } else {
            tokens.append(.body([block]))
        }
    }

    /// A photo's caption: a short text whose photo credit follows, right below it or below
    /// the photo's title.
    private static func isCaption(
        _ block: TextBlock, before rest: ArraySlice<PageItem>, roles: ArraySlice<TextRole?>
    ) -> Bool {
        guard block.scalarCount <= 240 else { return false }
        var next = rest.startIndex
        if next < rest.endIndex, case .text = rest[next], roles[next] == .headline { next += 1 }
        guard next < rest.endIndex, case .byline(let credit) = rest[next] else { return false }
        return credit.isPhotoCredit
    }

    /// A headline completes a kicker's group; a dash-led block (or line) right under a
    /// headline is its subtitle; anything else opens a group of its own.
    private static func appendHeadline(
        _ block: TextBlock, to tokens: inout [PageToken], acrossFurniture: Bool
    ) {
        if let split = block.lines.indices.dropFirst().first(where: { isDashLed(block.lines[$0]) })
        {
            appendHeadline(
                TextBlock(lines: Array(block.lines[..<split])), to: &tokens,
                acrossFurniture: acrossFurniture)
            appendHeadline(
                TextBlock(lines: Array(block.lines[split...])), to: &tokens, acrossFurniture: false)
            return
        }
        // A kicker alone in its block, its headline below a blank line.
        if block.lines[block.lines.count - 1].trimmed.last == "—" {
            tokens.append(.headline(HeadlineGroup(kicker: block)))
            return
        }
        // A kicker set right above its headline, with no blank line: the lines through the
        // one that ends in `——`.
        if let kickerEnd = block.lines.indices.dropLast().first(where: {
            block.lines[$0].trimmed.last == "—"
        }) {
            tokens.append(
                .headline(HeadlineGroup(kicker: TextBlock(lines: Array(block.lines[...kickerEnd]))))
            )
            appendHeadline(
                TextBlock(lines: Array(block.lines[(kickerEnd + 1)...])), to: &tokens,
                acrossFurniture: false)
            return
        }
        if !acrossFurniture, case .headline(var group) = tokens.last {
            if group.headline == nil {
                group.headline = block
                tokens[tokens.count - 1] = .headline(group)
                return
            }
            if group.subtitle == nil, isDashLed(block.lines[0]) {
                group.subtitle = block
                tokens[tokens.count - 1] = .headline(group)
                return
            }
        }
        tokens.append(.headline(HeadlineGroup(headline: block)))
    }

    private static func isDashLed(_ line: SourceLine) -> Bool {
        let first = line.trimmed.first
        return first == "—" || first == "－" || first == "-"
    }
}
