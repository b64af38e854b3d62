/// What a text block is on the page: body text, a headline, or a kicker (引题) above one.
enum TextRole: Sendable, Equatable {
    case body, headline, kicker
}

/// Decides the role of each text block from its own shape and from what stands around it.
///
/// A headline is short, carries no clause punctuation and does not end a sentence; it
/// follows a finished sentence (or a byline, or nothing) and is followed by a byline, a
/// dateline, furniture, another headline or the end. The hard case is a column cut right
/// after a paragraph's first line (`为全面建设未来乡村打造` / blank / `20分钟…`): such a
/// fragment is as wide as the column on both sides of it, a headline almost never is.
enum TextRoleClassifier {
    static func roles(of items: [PageItem]) -> [TextRole?] {
        var roles = [TextRole?](repeating: nil, count: items.count)
        for index in items.indices {
            if case .text = items[index] { roles[index] = .body }
        }
        for index in items.indices where isKicker(at: index, items, roles) {
            roles[index] = .kicker
        }
        for index in items.indices where roles[index] == .body {
            if isHeadline(at: index, items, roles) { roles[index] = .headline }
        }
        return roles
    }

    /// Short, unpunctuated, not a sentence's end, not a dateline's start.
    static func looksLikeHeadline(_ block: TextBlock) -> Bool {
        guard block.lines.count <= 3, block.scalarCount <= 200, !block.endsSentence else {
            return false
        }
        for line in block.lines where line.trimmed.contains(where: { $0.isClausePunctuation }) {
            return false
        }
        return !block.startsWithDateline
    }

    /// One line ending in `——`, with a headline right below it.
    private static func isKicker(at index: Int, _ items: [PageItem], _ roles: [TextRole?]) -> Bool {
        guard case .text(let block) = items[index], block.lines.count == 1,
            block.scalarCount <= 60, block.lines[0].trimmed.last == "—",
            index + 1 < items.count, case .text(let next) = items[index + 1],
            looksLikeHeadline(next)
        else { return false }
        return previousAllowsHeadline(before: index, items, roles)
    }

    private static func isHeadline(at index: Int, _ items: [PageItem], _ roles: [TextRole?]) -> Bool
    {
        guard case .text(let block) = items[index], looksLikeHeadline(block),
            previousAllowsHeadline(before: index, items, roles)
        else { return false }
        guard index + 1 < items.count else { return true }
        switch items[index + 1] {
        case .byline, .furniture: return true
        case .text(let next):
            if roles[index + 1] == .kicker || next.startsWithDateline { return true }
            if looksLikeHeadline(next) && next.lines.count < 3 { return true }
            return !isColumnFragment(block, before: next, after: previousBody(before: index, items))
        }
    }

    /// Whether the block is rather the first lines of a paragraph that a column cut: every
    /// line as wide as the column the text continues in (and the one it came from).
    private static func isColumnFragment(
        _ block: TextBlock, before next: TextBlock, after previous: TextBlock?
    ) -> Bool {
        let nextWidth = next.columnWidth
        let previousWidth = previous?.columnWidth
        for line in block.lines {
            let width = line.cellWidth
            guard abs(width - nextWidth) <= 1 else { return false }
            if let previousWidth, abs(width - previousWidth) > 1 { return false }
        }
        return true
    }

    private static func previousBody(before index: Int, _ items: [PageItem]) -> TextBlock? {
        var cursor = index - 1
        while cursor >= 0 {
            switch items[cursor] {
            case .furniture: cursor -= 1
            case .text(let block): return block
            case .byline: return nil
            }
        }
        return nil
    }

    /// A headline may stand at the page's start, after a byline or furniture, after another
    /// headline or kicker, or after text that ends a sentence.
    private static func previousAllowsHeadline(
        before index: Int, _ items: [PageItem], _ roles: [TextRole?]
    ) -> Bool {
        var cursor = index - 1
        while cursor >= 0 {
            switch items[cursor] {
            case .furniture: cursor -= 1
            case .byline: return true
            case .text(let block): return roles[cursor] != .body || block.endsSentence
            }
        }
        return true
    }
}
