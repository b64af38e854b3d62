import Foundation
import PresswatchCore

/// Clean English text (a PDF text layer, a post): one article, paragraphs separated by blank
/// lines, a title line when the text opens with a short unpunctuated line, and a `By NAME`
/// byline.
enum EnglishPlainText {
    static func analyze(_ lines: [SourceLine]) -> PageLayout {
        var blocks: [[SourceLine]] = []
        var current: [SourceLine] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current.removeAll()
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        guard !blocks.isEmpty else { return PageLayout(articles: [], other: []) }

        var headline: String?
        var bylines: [Byline] = []
        var paragraphs: [BuiltParagraph] = []
        for (index, block) in blocks.enumerated() {
            if index == 0, blocks.count > 1, isTitle(block) {
                headline = SpaceRepair.joinEnglishLines(block.map { $0.raw[...] }).string
            } else if bylines.isEmpty, paragraphs.count <= 1, let names = byline(block) {
                bylines = [Byline(role: .reporter, names: names)]
            } else {
                let text = SpaceRepair.joinEnglishLines(block.map { $0.raw[...] })
                paragraphs.append(BuiltParagraph(text: text.string, firstLine: block[0].number))
            }
        }
        if paragraphs.isEmpty, let title = headline {
            paragraphs = [BuiltParagraph(text: title, firstLine: blocks[0][0].number)]
            headline = nil
        }
        let article = LaidOutArticle(
            kind: .news, headline: headline, kicker: nil, subtitle: nil, bylines: bylines,
            dateline: nil,
            lines: LineRange(first: blocks[0][0].number, last: blocks.last!.last!.number),
            paragraphs: paragraphs)
        return PageLayout(articles: [article], other: [])
    }

    /// One short line that does not end like a sentence.
    private static func isTitle(_ block: [SourceLine]) -> Bool {
        guard block.count == 1 else { return false }
        let text = block[0].trimmed
        let words = text.split(whereSeparator: { $0.isSpaceLike }).count
        guard words <= 16, let last = text.last else { return false }
        return !(last == "." || last == "!" || last == "?" || last == "," || last == ";")
    }

    /// The names of a `By A and B` line.
    private static func byline(_ block: [SourceLine]) -> [String]? {
        guard block.count == 1 else { return nil }
        let text = Array(block[0].trimmed)
        guard text.hasScalarPrefix("By ") || text.hasScalarPrefix("BY "), text.count <= 80 else {
            return nil
        }
        let names = text.dropFirst(3).string
            .replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",")
            .map { $0.trimmingWhitespaceAtEnds() }
            .filter { !$0.isEmpty }
        return names.isEmpty ? nil : names
    }
}
