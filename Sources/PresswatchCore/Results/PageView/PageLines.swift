/// Each source line of a page with what it belongs to: an article (and whether it holds
/// that article's headline, kicker, subtitle, byline or dateline), page furniture with its
/// role, or nothing (a blank line between pieces).
struct PageLines {
    struct Line {
        var text: Substring
        var article: Int?
        var mark: LineMark.Role?
        var furniture: String?
    }

    var lines: [Line]

    init(_ document: Document) {
        var texts = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        // A final line end does not start another line.
        if texts.count > 1, texts[texts.count - 1].isEmpty { texts.removeLast() }
        lines = texts.map { Line(text: $0) }
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
