/// The lines of one article of an English page as the labels group them.
struct EnglishArticleDraft {
    var headline: [SourceLine] = []
    var decks: [SourceLine] = []
    var bylines: [SourceLine] = []
    var body: [SourceLine] = []
    /// The line numbers the article covers, one range per printed piece.
    var pieces: [ClosedRange<Int>] = []
    /// Furniture came after the article's last line: its next line opens a new piece.
    var interrupted = false

    var isEmpty: Bool { pieces.isEmpty }

    /// This bodiless heading over `next`, in one article. As a banner, its headline stays the
    /// headline and everything of `next`'s heading becomes decks; otherwise (a stray heading
    /// in the columns, most often a piece of a scattered headline or a second item's head
    /// whose story the labels missed) `next` keeps its own headline and this one's lines go
    /// before its decks.
    func heading(over next: EnglishArticleDraft, asBanner: Bool) -> EnglishArticleDraft {
        var merged = next
        if asBanner || next.headline.isEmpty {
            merged.headline = headline.isEmpty ? next.headline : headline
            merged.decks = decks + (headline.isEmpty ? [] : next.headline) + next.decks
        } else {
            merged.decks = headline + decks + next.decks
        }
        merged.bylines = bylines + next.bylines
        merged.pieces = pieces
        for piece in next.pieces {
            if let last = merged.pieces.last, last.upperBound + 1 >= piece.lowerBound {
                merged.pieces[merged.pieces.count - 1] = last.lowerBound...piece.upperBound
            } else {
                merged.pieces.append(piece)
            }
        }
        return merged
    }

    mutating func take(_ line: SourceLine) {
        if interrupted || pieces.isEmpty {
            pieces.append(line.number...line.number)
        } else {
            pieces[pieces.count - 1] = pieces[pieces.count - 1].lowerBound...line.number
        }
        interrupted = false
    }
}

/// Groups the labelled lines of an English page into articles and furniture: an article starts
/// at a headline's first line or at a brief's first line, and takes every line up to the next
/// start. Furniture between two of its lines (an advertisement in the middle of a story)
/// splits it into pieces.
enum EnglishArticleAssembly {
    static func assemble(_ lines: [SourceLine], labels: [EnglishLineLabel]) -> (
        articles: [EnglishArticleDraft], furniture: [[SourceLine]]
    ) {
        var articles: [EnglishArticleDraft] = []
        var furniture: [[SourceLine]] = []
        var current = EnglishArticleDraft()
        var furnitureRun: [SourceLine] = []

        func close() {
            if !current.isEmpty { articles.append(current) }
            current = EnglishArticleDraft()
        }
        func endFurniture() {
            if !furnitureRun.isEmpty { furniture.append(furnitureRun) }
            furnitureRun = []
        }

        for (line, label) in zip(lines, labels) {
            if label != .furniture { endFurniture() }
            let inHeading = current.body.isEmpty && current.bylines.isEmpty
            switch label {
            case .headlineMore
            where inHeading && current.decks.isEmpty && !current.headline.isEmpty:
                current.headline.append(line)
            case .headline, .headlineMore:
                // A further headline line with no headline open above it opens one.
                close()
                current.headline = [line]
            case .deck where current.isEmpty:
                current.headline = [line]
            case .deck where inHeading:
                current.decks.append(line)
            case .deck:
                current.body.append(line)  // a crosshead inside the story
            case .byline:
                current.bylines.append(line)
            case .briefStart:
                close()
                current.body = [line]
            case .body, .crosshead:
                current.body.append(line)
            case .furniture:
                furnitureRun.append(line)
                current.interrupted = true
                continue
            }
            current.take(line)
        }
        close()
        endFurniture()
        settleHeadlines(&articles)
        return (articles, furniture)
    }

    /// Two ways the first line of a headline run is not the headline's, mended once the
    /// drafts stand: OCR debris (a line of one- and two-letter fragments) leads it, and stays
    /// in the article but out of the headline; or it is the closing line of the item above (a
    /// signature, a place, a date: mixed case, ending a sentence) over a headline in capitals,
    /// and goes back to that item when nothing stands between them.
    private static func settleHeadlines(_ drafts: inout [EnglishArticleDraft]) {
        for index in drafts.indices {
            while drafts[index].headline.count >= 2 {
                let first = EnglishLineTraits(drafts[index].headline[0].trimmed)
                guard first.words > 0, first.fragmentWords == first.words else { break }
                drafts[index].headline.removeFirst()
            }
            guard index > 0, drafts[index].headline.count >= 2, !drafts[index - 1].body.isEmpty,
                !drafts[index - 1].interrupted
            else { continue }
            let line = drafts[index].headline[0]
            let first = EnglishLineTraits(line.trimmed)
            let second = EnglishLineTraits(drafts[index].headline[1].trimmed)
            guard first.endsSentence, !first.isAllCaps, second.isAllCaps,
                let piece = drafts[index].pieces.first, piece.lowerBound == line.number,
                let above = drafts[index - 1].pieces.last, above.upperBound < line.number
            else { continue }
            drafts[index].headline.removeFirst()
            drafts[index].pieces[0] = drafts[index].headline[0].number...piece.upperBound
            drafts[index - 1].body.append(line)
            drafts[index - 1].pieces[drafts[index - 1].pieces.count - 1] =
                above.lowerBound...line.number
        }
    }
}
