import PresswatchCore

/// A run of text lines with no blank line, byline or furniture between them.
struct TextBlock: Sendable {
    var lines: [SourceLine]

    var firstLine: Int { lines[0].number }
    var lastLine: Int { lines[lines.count - 1].number }
    var endsSentence: Bool { lines[lines.count - 1].endsSentence }
    var scalarCount: Int { lines.reduce(0) { $0 + $1.trimmed.count } }
    var startsWithDateline: Bool { Dateline.detect(lines[0].trimmed) != nil }

    /// The most common cell width of the lines: the column width the text was set in.
    /// Ties go to the wider width, since short lines are paragraph ends.
    var columnWidth: Int { Self.columnWidth(of: lines) }

    static func columnWidth(of lines: [SourceLine]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines { counts[line.printedWidth, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}

/// A byline block: a ■ line and the lines that continue it.
struct BylineBlock: Sendable {
    var lines: [SourceLine]
    var bylines: [Byline]
    /// A credit printed at the end of the text above (`……。（记者 张三）`), not on a line
    /// of its own between articles.
    var closesText = false

    var firstLine: Int { lines[0].number }
    var lastLine: Int { lines[lines.count - 1].number }
    /// Photo credits belong to the caption above them, wherever the headline is; a
    /// reporter's text with its photographer (`张三/文 李四/图`) is no caption's.
    var isPhotoCredit: Bool {
        bylines.contains { $0.role == .photographer } && !bylines.contains { $0.role == .reporter }
    }
}

/// What the page is made of, in reading order, before it is cut into articles.
enum PageItem: Sendable {
    case text(TextBlock)
    case byline(BylineBlock)
    case furniture(SourceLine, role: String)
}

/// Cuts the page's lines into text blocks, byline blocks and furniture.
enum PageScanner {
    static func items(of lines: [SourceLine]) -> [PageItem] {
        var items: [PageItem] = []
        var text: [SourceLine] = []
        var byline: [SourceLine] = []
        func flushText() {
            if !text.isEmpty { items.append(.text(TextBlock(lines: text))) }
            text.removeAll()
        }
        func flushByline() {
            if !byline.isEmpty { items.append(.byline(makeByline(byline))) }
            byline.removeAll()
        }
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                flushText()
                flushByline()
            } else if let role = Furniture.role(of: line),
                Furniture.isDistinctive(role) || isAtBlockEdge(index, lines)
            {
                flushText()
                flushByline()
                items.append(.furniture(line, role: role))
            } else if !byline.isEmpty, BylineParser.continuesByline(line) {
                byline.append(line)
            } else if BylineParser.startsByline(line),
                text.isEmpty || BylineParser.isMarker(line.trimmed.first!)
            {
                // A byline without its ■ follows a blank line: right under text, a line of
                // names (`记者 严轩 通讯员 姚娥`) is a dateline's bracket run on.
                flushText()
                flushByline()
                byline.append(line)
            } else if let closing = ClosingCredit.detect(line) {
                // A credit closes the text above it: it ends the block, whatever follows.
                flushByline()
                if let rest = closing.text { text.append(rest) }
                flushText()
                items.append(
                    .byline(
                        BylineBlock(
                            lines: [closing.credit], bylines: closing.bylines, closesText: true)))
            } else {
                flushByline()
                text.append(line)
            }
        }
        flushText()
        flushByline()
        return splittingLeadingTitle(items)
    }

    /// Whether a blank line or the page's edge stands above or below the line: a line inside
    /// a run of text is body text, whatever words it holds.
    private static func isAtBlockEdge(_ index: Int, _ lines: [SourceLine]) -> Bool {
        index == 0 || index == lines.count - 1 || lines[index - 1].isBlank
            || lines[index + 1].isBlank
    }

    /// Plain text with a paragraph a line may put its title right above the first one, with
    /// no blank line: a short unpunctuated first line over lines that end sentences.
    private static func splittingLeadingTitle(_ items: [PageItem]) -> [PageItem] {
        guard
            let index = items.firstIndex(where: { if case .furniture = $0 { false } else { true } }
            ),
            case .text(let block) = items[index], block.lines.count >= 2
        else { return items }
        let title = block.lines[0]
        let rest = Array(block.lines.dropFirst())
        let ending = rest.filter(\.endsSentence).count
        // A title stands apart from the column: not indented, narrower than the text.
        let widest = rest.map(\.printedWidth).max() ?? 0
        guard title.trimmed.count <= 40, !title.endsSentence, ending * 10 >= rest.count * 6,
            !title.isIndented, rest.count >= 2 || title.printedWidth < widest - 2,
            !title.trimmed.contains(where: { $0.isClausePunctuation }),
            Dateline.detect(title.trimmed) == nil
        else { return items }
        var split = items
        split[index] = .text(TextBlock(lines: [title]))
        split.insert(.text(TextBlock(lines: rest)), at: index + 1)
        return split
    }

    /// Parses a byline block's lines; each later line goes on in the role of the one above
    /// unless it names its own.
    private static func makeByline(_ lines: [SourceLine]) -> BylineBlock {
        var bylines: [Byline] = []
        for line in lines {
            var text = line.trimmed
            if let first = text.first, BylineParser.isMarker(first) { text = text.dropFirst() }
            let role = bylines.last?.role ?? .author
            // Names with their own roles first (`张三 李四/文`), then the role above.
            guard
                let parsed = BylineParser.parse(text, defaultRole: nil)
                    ?? BylineParser.parse(text, defaultRole: role)
            else {
                let names = text.filter { !$0.isSpaceLike }
                if !names.isEmpty {
                    bylines.append(Byline(role: role, names: [Array(names).string]))
                }
                continue
            }
            for entry in parsed {
                if bylines.last?.role == entry.role {
                    bylines[bylines.count - 1].names += entry.names
                } else {
                    bylines.append(entry)
                }
            }
        }
        return BylineBlock(lines: lines, bylines: bylines)
    }
}
