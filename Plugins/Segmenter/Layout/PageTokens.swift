/// A headline with what stands around it: a kicker above, a subtitle below.
struct HeadlineGroup: Sendable {
    var kicker: TextBlock?
    var headline: TextBlock?
    var subtitle: TextBlock?

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

/// Groups classified page items into tokens. A body run ends at anything that is not body
/// text, and a new one starts at a dateline, which always opens an article.
enum PageTokenizer {
    static func tokens(_ items: [PageItem], roles: [TextRole?]) -> [PageToken] {
        var tokens: [PageToken] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .furniture: continue
            case .byline(let block): tokens.append(.byline(block))
            case .text(let block):
                switch roles[index] ?? .body {
                case .body: appendBody(block, to: &tokens)
                case .kicker: tokens.append(.headline(HeadlineGroup(kicker: block)))
                case .headline: appendHeadline(block, to: &tokens)
                }
            }
        }
        return tokens
    }

    private static func appendBody(_ block: TextBlock, to tokens: inout [PageToken]) {
        if case .body(let blocks) = tokens.last, !block.startsWithDateline {
            tokens[tokens.count - 1] = .body(blocks + [block])
        } else {
            tokens.append(.body([block]))
        }
    }

    /// A headline completes a kicker's group; a dash-led block (or line) right under a
    /// headline is its subtitle; anything else opens a group of its own.
    private static func appendHeadline(_ block: TextBlock, to tokens: inout [PageToken]) {
        if let split = block.lines.indices.dropFirst().first(where: { isDashLed(block.lines[$0]) })
        {
            appendHeadline(TextBlock(lines: Array(block.lines[..<split])), to: &tokens)
            appendHeadline(TextBlock(lines: Array(block.lines[split...])), to: &tokens)
            return
        }
        if case .headline(var group) = tokens.last {
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
