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
        for line in lines { counts[line.cellWidth, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}

/// A byline block: a ■ line and the lines that continue it.
struct BylineBlock: Sendable {
    var lines: [SourceLine]
    var bylines: [Byline]

    var firstLine: Int { lines[0].number }
    var lastLine: Int { lines[lines.count - 1].number }
    /// Photo credits belong to the caption above them, wherever the headline is.
    var isPhotoCredit: Bool { bylines.contains { $0.role == .photographer } }
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
        for line in lines {
            if line.isBlank {
                flushText()
                flushByline()
            } else if let role = Furniture.role(of: line) {
                flushText()
                flushByline()
                items.append(.furniture(line, role: role))
            } else if !byline.isEmpty, BylineParser.continuesByline(line) {
                byline.append(line)
            } else if BylineParser.startsByline(line) {
                flushText()
                flushByline()
                byline.append(line)
            } else {
                flushByline()
                text.append(line)
            }
        }
        flushText()
        flushByline()
        return items
    }

    /// Parses a byline block's lines; each later line goes on in the role of the one above
    /// unless it names its own.
    private static func makeByline(_ lines: [SourceLine]) -> BylineBlock {
        var bylines: [Byline] = []
        for line in lines {
            var text = line.trimmed
            if let first = text.first, BylineParser.isMarker(first) { text = text.dropFirst() }
            let role = bylines.last?.role ?? .author
            guard let parsed = BylineParser.parse(text, defaultRole: role) else {
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
