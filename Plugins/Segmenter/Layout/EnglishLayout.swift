/// English input comes in two shapes. Clean text (a PDF text layer, a post) marks its
/// paragraphs with blank lines and holds one article: `EnglishPlainText` reads it. The OCR text
/// layer of a printed page has no blank lines, many articles, headlines, advertisements and
/// debris: `EnglishPageReader` labels its lines with the learned line model and assembles
/// the articles.
enum EnglishLayout {
    static func analyze(_ lines: [SourceLine]) -> PageLayout {
        isPrintedPage(lines) ? EnglishPageReader.analyze(lines) : EnglishPlainText.analyze(lines)
    }

    /// A page: at least a column's worth of lines, with blank lines between fewer than one
    /// in ten of them (clean text has one after every paragraph).
    static func isPrintedPage(_ lines: [SourceLine]) -> Bool {
        var text = 0
        var breaks = 0
        var previousBlank = false
        for line in lines {
            if line.isBlank {
                previousBlank = true
            } else {
                if previousBlank && text > 0 { breaks += 1 }
                text += 1
                previousBlank = false
            }
        }
        return text >= 40 && breaks * 10 < text
    }
}
