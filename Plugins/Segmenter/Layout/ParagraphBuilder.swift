/// A paragraph of clean text with the source line it starts on.
struct BuiltParagraph: Sendable, Equatable {
    var text: String
    var firstLine: Int
}

/// Rebuilds the paragraphs of an article body cut into fixed-width column lines.
///
/// A blank line is a paragraph break when the text before it ends a sentence, and a column
/// break (the sentence goes on below: `稳增` / blank / `长。`) when it does not. Inside a
/// run of lines, a paragraph ends on a line that ends a sentence and stops short of the
/// column width. When the lines have no common width (text not set in columns), every line
/// that ends a sentence ends its paragraph, and when at least half of them end one (a
/// paragraph a line), every line does.
enum ParagraphBuilder {
    /// - Parameter skipFirst: scalars of the first lines' trimmed text to leave out, counted
    ///   through the lines one after the other (the dateline and its bracketed bylines).
    /// - Parameter headings: first lines of the blocks that are subheadings: each a paragraph
    ///   of its own, whatever its last mark.
    /// - Parameter fromLine: the number of the line where `skipFirst` starts counting (the
    ///   first line when nil).
    static func paragraphs(
        of blocks: [TextBlock], skipFirst: Int, fromLine skipLine: Int? = nil,
        headings: Set<Int> = []
    ) -> [BuiltParagraph] {
        let allLines = blocks.flatMap(\.lines)
        let columnWidth = TextBlock.columnWidth(of: allLines)
        let setting = Setting(of: allLines, width: columnWidth)
        let setInColumns = setting == .columns
        var paragraphs: [BuiltParagraph] = []
        var pending: [ArraySlice<Unicode.Scalar>] = []
        var pendingStart = 0
        func flush() {
            let text = SpaceRepair.joinColumnLines(pending)
            if !text.isEmpty {
                paragraphs.append(BuiltParagraph(text: text.string, firstLine: pendingStart))
            }
            pending.removeAll()
        }
        // Where some lines are indented but not all, an indent opens a paragraph (段首缩进).
        let indented = allLines.filter(\.isIndented).count
        let indentOpens = indented > 0 && indented < allLines.count
        let skipLine = skipLine ?? allLines.first?.number
        var toSkip = 0
        for block in blocks {
            let isHeading = headings.contains(block.firstLine)
            if isHeading { flush() }
            defer { if isHeading { flush() } }
            for (lineIndex, line) in block.lines.enumerated() {
                if line.number == skipLine {
                    toSkip = skipFirst
                    flush()
                }
                var text = line.raw[...]
                if toSkip > 0 {
                    let trimmed = line.trimmed
                    text = trimmed.dropFirst(min(toSkip, trimmed.count))
                    toSkip -= min(toSkip, trimmed.count)
                    if text.isEmpty { continue }
                }
                if indentOpens, line.isIndented { flush() }
                // The first paragraph starts where the article does, dateline and all.
                let opensParagraph = pending.isEmpty
                if opensParagraph {
                    pendingStart = paragraphs.isEmpty ? blocks[0].lines[0].number : line.number
                }
                pending.append(text)
                let isBlockEnd = lineIndex == block.lines.count - 1
                // A short line that opens a paragraph in column text is all of it: a
                // subheading or a one-line paragraph (text runs on only from a full line).
                if setInColumns, opensParagraph, !isBlockEnd, toSkip == 0,
                    line.printedWidth * 4 <= columnWidth * 3, text.count == line.trimmed.count
                {
                    flush()
                    continue
                }
                // In text of a paragraph a line, a line that ends no sentence is a heading or
                // a list item, not a sentence cut at the margin.
                guard line.endsSentence || setting == .paragraphPerLine else { continue }
                if isBlockEnd || !setInColumns || line.printedWidth <= columnWidth - 2 { flush() }
            }
        }
        flush()
        return paragraphs
    }

    /// How an article's lines are set.
    private enum Setting: Equatable {
        /// Most lines share one width: text set in columns, cut at the margin.
        case columns
        /// Not in columns, and at least half the lines end a sentence: a paragraph a line,
        /// with headings or list items between.
        case paragraphPerLine
        /// Neither: a few lines of varying width that mostly end mid-sentence, a sentence
        /// wrapped by hand.
        case wrappedByHand

        init(of lines: [SourceLine], width: Int) {
            let ending = lines.filter(\.endsSentence).count
            // Lines that nearly all end a sentence are a paragraph a line, whatever their widths.
            if lines.count >= 2 && ending * 10 >= lines.count * 6 {
                self = .paragraphPerLine
            } else if lines.count < 3
                || lines.filter({ abs($0.printedWidth - width) <= 2 }).count * 2 >= lines.count
            {
                self = .columns
            } else {
                self = ending * 2 >= lines.count ? .paragraphPerLine : .wrappedByHand
            }
        }
    }
}
