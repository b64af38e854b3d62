/// What a text block is on the page: body text, a headline, or a kicker (引题) above one.
/// A `columnHeadline` reads as a headline but is as wide as the column around it, as the
/// first line of a paragraph cut by a column end is: the assembler weighs which it is.
enum TextRole: Sendable, Equatable {
    case body, headline, kicker, columnHeadline
}

/// Decides the role of each text block from its own shape and from what stands around it.
///
/// A headline is short, carries no clause punctuation and does not end a sentence; it
/// follows a finished sentence (or a byline, or nothing) and is followed by a byline, a
/// dateline, furniture, another headline or the end. The hard case is a column cut right
/// after a paragraph's first line (`为全面建设未来乡村打造` / blank / `20分钟…`): such a
/// fragment is as wide as the column on both sides of it, a headline seldom is. That is
/// evidence, not a verdict: such a block becomes a `columnHeadline` for the assembler.
enum TextRoleClassifier {
    static func roles(of items: [PageItem]) -> [TextRole?] {
        var roles = [TextRole?](repeating: nil, count: items.count)
        for index in items.indices {
            if case .text = items[index] { roles[index] = .body }
        }
        // Twice: a kicker may follow a headline found in the first pass (the previous
        // article's, set after its body).
        for _ in 0..<2 {
            for index in items.indices where roles[index] == .body {
                if isKicker(at: index, items, roles) { roles[index] = .kicker }
            }
            for index in items.indices where roles[index] == .body {
                if isHeadline(at: index, items, roles) {
                    roles[index] =
                        isColumnWide(at: index, items, roles) ? .columnHeadline : .headline
                }
            }
        }
        return roles
    }

    /// Short, unpunctuated, not a sentence's end, not a dateline's start.
    static func looksLikeHeadline(_ block: TextBlock) -> Bool {
        guard headlineLineCount(block) <= 3, block.scalarCount <= 200, !block.endsSentence else {
            return false
        }
        for line in block.lines where line.trimmed.contains(where: { $0.isClausePunctuation }) {
            return false
        }
        return !block.startsWithDateline
    }

    /// The lines of the headline proper: a kicker line ending in `——` above it and
    /// subtitle lines led by a dash below it, set in the same block, do not count.
    static func headlineLineCount(_ block: TextBlock) -> Int {
        var lines = block.lines[...]
        if lines.count > 1, lines.first?.trimmed.last == "—" { lines = lines.dropFirst() }
        while lines.count > 1, let first = lines.last?.trimmed.first,
            first == "—" || first == "－"
        {
            lines = lines.dropLast()
        }
        return lines.count
    }

    /// One line ending in `——`, with a headline right below it.
    private static func isKicker(at index: Int, _ items: [PageItem], _ roles: [TextRole?]) -> Bool {
        guard case .text(let block) = items[index], block.lines.count == 1,
            block.scalarCount <= 60, block.lines[0].trimmed.last == "—",
            index + 1 < items.count, case .text(let next) = items[index + 1],
            looksLikeHeadline(next) || looksLikeHeadlineWithCommas(next)
        else { return false }
        return previousAllowsHeadline(before: index, items, roles)
    }

    private static func isHeadline(at index: Int, _ items: [PageItem], _ roles: [TextRole?]) -> Bool
    {
        guard case .text(let block) = items[index],
            previousAllowsHeadline(before: index, items, roles)
        else { return false }
        if looksLikeHeadline(block) {
            return nextAllowsHeadline(after: index, block, items, roles)
        }
        // Some headlines carry a comma (`稳字当头，进中求好`); only what follows can tell
        // them from a paragraph's first line, so it must be unmistakable.
        return looksLikeHeadlineWithCommas(block) && isArticleBoundary(after: index, items, roles)
    }

    /// Two short lines with clause commas but no full stop, not ending on a comma.
    static func looksLikeHeadlineWithCommas(_ block: TextBlock) -> Bool {
        guard block.lines.count <= 2, block.scalarCount <= 48, !block.endsSentence,
            !block.startsWithDateline, let last = block.lines.last?.trimmed.last,
            !last.isClausePunctuation, last != "、", last != "：", last != "—"
        else { return false }
        return !block.lines.contains { $0.trimmed.contains("。") }
    }

    /// What follows is a byline, furniture, a kicker, a dateline or the end of the page.
    /// A photo credit does not count: it follows its caption, and the headline comes after.
    private static func isArticleBoundary(
        after index: Int, _ items: [PageItem], _ roles: [TextRole?]
    ) -> Bool {
        guard index + 1 < items.count else { return true }
        switch items[index + 1] {
        case .furniture: return true
        case .byline(let byline): return !byline.isPhotoCredit
        case .text(let next): return roles[index + 1] == .kicker || next.startsWithDateline
        }
    }

    private static func nextAllowsHeadline(
        after index: Int, _ block: TextBlock, _ items: [PageItem], _ roles: [TextRole?]
    ) -> Bool {
        guard index + 1 < items.count else { return true }
        switch items[index + 1] {
        case .furniture: return true
        // A caption without a full stop stands right above its photo credit; a title
        // stands there only under its caption, a short text that ends a sentence.
        case .byline(let byline):
            return !byline.isPhotoCredit || isCaption(before: index, items, roles)
        case .text(let next):
            if roles[index + 1] == .kicker || next.startsWithDateline { return true }
            if looksLikeHeadline(next) && next.lines.count < 3 { return true }
            // Three lines of headline are rare; three full lines of a paragraph are not.
            return headlineLineCount(block) < 3 || !hasEvenLines(block)
        }
    }

    /// Whether a headline-like block before body text is as wide as the column, as the
    /// first lines of a paragraph cut by a column end are.
    private static func isColumnWide(at index: Int, _ items: [PageItem], _ roles: [TextRole?])
        -> Bool
    {
        guard case .text(let block) = items[index], index + 1 < items.count,
            case .text(let next) = items[index + 1], roles[index + 1] != .kicker,
            !next.startsWithDateline, !(looksLikeHeadline(next) && next.lines.count < 3)
        else { return false }
        return isColumnFragment(
            block, before: next, after: previousBody(before: index, items, roles))
    }

    /// Whether every line but the last is as wide as the first, as a paragraph's lines in a
    /// column are; a headline cut where its sense breaks is not.
    private static func hasEvenLines(_ block: TextBlock) -> Bool {
        let width = block.lines[0].printedWidth
        return block.lines.dropLast().allSatisfy { abs($0.printedWidth - width) <= 2 }
    }

    /// Whether a caption stands right above the item: a short body block that ends a
    /// sentence.
    private static func isCaption(before index: Int, _ items: [PageItem], _ roles: [TextRole?])
        -> Bool
    {
        guard index > 0, case .text(let block) = items[index - 1], roles[index - 1] == .body else {
            return false
        }
        return block.endsSentence && block.scalarCount <= 240
    }

    /// Whether the block is rather the first lines of a paragraph that a column cut: every
    /// line as wide as the column the text continues in (and the one it came from).
    private static func isColumnFragment(
        _ block: TextBlock, before next: TextBlock, after previous: [SourceLine]
    ) -> Bool {
        // The full lines around say how wide the column is: not the last line below (it may
        // end the paragraph short), not lines that end a sentence.
        let below = fullLines(next.lines.dropLast())
        let above = fullLines(previous[...])
        guard !below.isEmpty || !above.isEmpty else { return false }
        for line in block.lines {
            if !below.isEmpty, !below.contains(where: { sameColumn(line, $0) }) { return false }
            if !above.isEmpty, !above.contains(where: { sameColumn(line, $0) }) { return false }
        }
        return true
    }

    private static func fullLines(_ lines: ArraySlice<SourceLine>) -> [SourceLine] {
        lines.filter { !$0.endsSentence }
    }

    /// Whether two lines are full lines of one column: as wide, give or take a narrow digit
    /// or quote, or one punctuation mark wider where it hangs at the line's end.
    private static func sameColumn(_ line: SourceLine, _ other: SourceLine) -> Bool {
        let difference = line.printedWidth - other.printedWidth
        if abs(difference) <= 1 { return true }
        guard abs(difference) == 2 else { return false }
        let wider = difference > 0 ? line : other
        guard let last = wider.trimmed.last else { return false }
        return last.isWideEastAsian && !last.isHan
    }

    /// The lines of the body text right before the item: the blocks back to the last
    /// byline or headline (the article's column so far).
    private static func previousBody(
        before index: Int, _ items: [PageItem], _ roles: [TextRole?]
    ) -> [SourceLine] {
        var lines: [SourceLine] = []
        var cursor = index - 1
        while cursor >= 0 {
            switch items[cursor] {
            case .furniture: break
            case .text(let block):
                guard roles[cursor] == .body else { return lines }
                if block.startsWithDateline { return block.lines + lines }
                lines = block.lines + lines
            case .byline: return lines
            }
            cursor -= 1
        }
        return lines
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
