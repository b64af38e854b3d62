/// Each source line of a page with what it belongs to: an article (and whether it holds
/// that article's headline, kicker, subtitle, byline or dateline), page furniture with its
/// role, or nothing (a blank line between pieces).
struct PageLines {
    struct Line {
        /// As printed (a line of the decoded input, without its line end).
        var text: Substring
        var article: Int?
        var mark: LineMark.Role?
        var furniture: String?
    }

    var lines: [Line]

    init(_ document: Document) {
        // Cut at line ends on the UTF-8 view: splitting the String itself would walk
        // grapheme clusters, several times slower.
        let text = document.text
        var cut: [Line] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            cut.append(Line(text: text[start..<index]))
            start = text.utf8.index(after: index)
        }
        // A final line end does not start another line.
        if start < text.utf8.endIndex || cut.isEmpty {
            cut.append(Line(text: text[start..<text.utf8.endIndex]))
        }
        lines = cut
        let count = lines.count
        func clamp(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
            let low = max(range.lowerBound, 1)
            let high = min(range.upperBound, count)
            return low <= high ? low...high : nil
        }
        for text in document.other {
            for piece in text.lines.pieces {
                for number in clamp(piece) ?? 1...0 {
                    lines[number - 1].furniture = text.role ?? "other"
                }
            }
        }
        for (position, article) in document.articles.enumerated() {
            for piece in article.lines.pieces {
                for number in clamp(piece) ?? 1...0 {
                    lines[number - 1].article = position
                    lines[number - 1].furniture = nil
                }
            }
            for mark in article.lineMarks {
                for number in clamp(mark.lines) ?? 1...0 { lines[number - 1].mark = mark.role }
            }
        }
    }
}
