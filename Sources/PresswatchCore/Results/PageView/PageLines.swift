/// Each source line of a page with what it belongs to: an article (and whether it holds
/// that article's headline, kicker, subtitle, byline or dateline), page furniture with its
/// role, or nothing (a blank line between pieces).
///
/// Kept as three flat arrays, 9 bytes a line, and the lines' text cut from the document as
/// they are visited: an input of four million short lines held a `Substring`, two optionals
/// and a `String` a line here, about 300 MB.
struct PageLines {
    struct Line {
        /// As printed (a line of the decoded input, without its line end).
        var text: Substring
        var article: Int?
        var mark: LineMark.Role?
        var furniture: String?
    }

    private let document: Document
    /// Per line: the article's position, or -1.
    private var articles: [Int32]
    /// Per line: the mark's position in `LineMark.Role.allCases`, or -1.
    private var marks: [Int8]
    /// Per line: the position in `document.other` of the furniture it is, or -1.
    private var furniture: [Int32]

    init(_ document: Document) {
        self.document = document
        let text = document.text
        // Cut at line ends on the UTF-8 view: splitting the String itself would walk
        // grapheme clusters, several times slower.
        var count = 0
        var last = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            count += 1
            last = text.utf8.index(after: index)
        }
        // A final line end does not start another line.
        if last < text.utf8.endIndex || count == 0 { count += 1 }
        articles = Array(repeating: -1, count: count)
        marks = Array(repeating: -1, count: count)
        furniture = Array(repeating: -1, count: count)
        func clamp(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
            let low = max(range.lowerBound, 1)
            let high = min(range.upperBound, count)
            return low <= high ? low...high : nil
        }
        for (position, text) in document.other.enumerated() {
            for piece in text.lines.pieces {
                for number in clamp(piece) ?? 1...0 { furniture[number - 1] = Int32(position) }
            }
        }
        let roles = LineMark.Role.allCases
        for (position, article) in document.articles.enumerated() {
            for piece in article.lines.pieces {
                for number in clamp(piece) ?? 1...0 {
                    articles[number - 1] = Int32(position)
                    furniture[number - 1] = -1
                }
            }
            for mark in article.lineMarks {
                let role = Int8(roles.firstIndex(of: mark.role)!)
                for number in clamp(mark.lines) ?? 1...0 { marks[number - 1] = role }
            }
        }
    }

    /// Calls `visit` with each line in order, with its 1-based number.
    func visitLines(_ visit: (Line, Int) -> Void) {
        let text = document.text
        let roles = LineMark.Role.allCases
        var start = text.utf8.startIndex
        var number = 0
        func line(ending end: String.Index) -> Line {
            let article = articles[number]
            let mark = marks[number]
            let piece = furniture[number]
            return Line(
                text: text[start..<end], article: article >= 0 ? Int(article) : nil,
                mark: mark >= 0 ? roles[Int(mark)] : nil,
                furniture: piece >= 0 ? document.other[Int(piece)].role ?? "other" : nil)
        }
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            visit(line(ending: index), number + 1)
            number += 1
            start = text.utf8.index(after: index)
        }
        if number < articles.count { visit(line(ending: text.utf8.endIndex), number + 1) }
    }
}
