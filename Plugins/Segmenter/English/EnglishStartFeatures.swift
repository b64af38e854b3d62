import Foundation

/// The evidence for "an article starts at this line" that the line model cannot weigh: its
/// own marginals around the line (is the start shared with a neighbour?), whether the text
/// above closes, the vocabulary change over a wide window, a dateline or byline just below,
/// the heading block's shape and the body under it, and how far the decoded starts around
/// are. One row per candidate line, made when it is scored; what is kept per line is the
/// marginals' two `Float`s and the wide cohesion's similarity.
struct EnglishStartFeatures {
    static let width = 27
    /// Lines above and below the heading block where its words are looked for.
    static let echoSpan = 20

    let lines: [SourceLine]
    let traits: EnglishLineTraitsTable
    let labels: [EnglishLineLabel]
    let marginals: EnglishLineMarginals
    /// Similarity of the vocabulary over a window wider than the line model's.
    let cohesion: EnglishLexicalCohesion
    let column: Double
    /// The lines the line model decoded as starts, ascending (four bytes a start, not a
    /// line): a row finds the nearest above and below it by binary search.
    private let startLines: [Int32]

    init(
        lines: [SourceLine], traits: EnglishLineTraitsTable, labels: [EnglishLineLabel],
        marginals: EnglishLineMarginals,
        cohesion: EnglishLexicalCohesion, column: Int
    ) {
        self.lines = lines
        self.traits = traits
        self.labels = labels
        self.marginals = marginals
        self.cohesion = cohesion
        self.column = Double(column)
        startLines = labels.indices.compactMap {
            labels[$0].opensArticle ? Int32($0) : nil
        }
    }

    /// The candidate lines: every line the line model gives a start some real probability,
    /// and every line it decoded as one.
    func candidates(threshold: Float) -> [Int] {
        labels.indices.filter { marginals.start[$0] >= threshold || labels[$0].opensArticle }
    }

    /// The rows of `candidates` (ascending lines), one at a time, into `body`: the lines'
    /// words are hashed once each into a window that moves down the page with them.
    func forEachRow(_ candidates: [Int], _ body: (Int, [Double]) -> Void) {
        var words = WordWindow()
        for line in candidates { body(line, row(line, words: &words)) }
    }

    func row(_ i: Int, words: inout WordWindow) -> [Double] {
        let n = traits.count
        let line = traits[i]
        let above = i > 0 ? traits[i - 1] : nil
        func clampedLogit(_ p: Float) -> Double {
            let q = min(max(Double(p), 1e-4), 1 - 1e-4)
            return log(q / (1 - q)) / 5
        }
        let start = marginals.start[i]
        var before: Float = 0
        for j in max(i - 3, 0)..<i { before = max(before, marginals.start[j]) }
        var after: Float = 0
        for j in min(i + 1, n)..<min(i + 4, n) { after = max(after, marginals.start[j]) }
        var dateline = false
        var byline = false
        for j in i..<min(i + 5, n) {
            dateline = dateline || traits[j].hasDateline
            if j > i { byline = byline || traits[j].startsBy }
        }
        // The heading block: the lines from here that are not running text (up to six), and
        // whether running text set at the column width follows it.
        var block = 0
        while block < 6, i + block < n,
            !EnglishLineFeatures.isRunningText(traits[i + block], column)
        {
            block += 1
        }
        let bodyFollows =
            i + block < n && block < 6
            && EnglishLineFeatures.isRunningText(traits[i + block], column)
        // The decoded starts around: binary search in the sorted start lines.
        var low = 0
        var high = startLines.count
        while low < high {
            let middle = (low + high) / 2
            if Int(startLines[middle]) < i { low = middle + 1 } else { high = middle }
        }
        let previousStart = low > 0 ? Int(startLines[low - 1]) : -1
        var nextIndex = low
        if nextIndex < startLines.count, Int(startLines[nextIndex]) == i { nextIndex += 1 }
        let nextStart = nextIndex < startLines.count ? Int(startLines[nextIndex]) : n
        let label = labels[i]
        let (echoAbove, echoBelow, headingWords) = echoes(i, block: max(block, 1), words: &words)
        return [
            echoAbove, echoBelow, flag(headingWords),
            clampedLogit(start),
            start > 0 ? Double(marginals.headline[i] / start) : 0,
            Double(before), Double(after),
            flag(label.opensArticle), flag(label == .crosshead), flag(label == .furniture),
            flag(label == .deck || label == .headlineMore),
            flag(i == 0 || labels[i - 1] == .furniture),
            flag(above?.endsSentence ?? true),
            flag(above.map { EnglishLineFeatures.isRunningText($0, column) } ?? false),
            flag(dateline), flag(byline),
            cohesion.similarity[i], cohesion.depth(i),
            Double(block) / 6, flag(bodyFollows),
            line.capsShare, flag(line.isAllCaps), min(Double(line.length) / column, 1.5),
            log(Double(i - previousStart)) / 5, log(Double(nextStart - i)) / 5,
            flag(line.endsSentence), line.titleShare,
        ]
    }
}

extension EnglishStartFeatures {
    /// The share of the heading block's content words that occur in the `echoSpan` lines
    /// above it and in those below it. A crosshead names what the story above was already
    /// about; a headline names what the story below will be about, and not the one above.
    func echoes(
        _ i: Int, block: Int, words: inout WordWindow
    ) -> (above: Double, below: Double, any: Bool) {
        var heading: [UInt64] = []
        for j in i..<min(i + block, lines.count) {
            for word in words.words(j, lines) where !heading.contains(word) { heading.append(word) }
        }
        guard !heading.isEmpty else { return (0, 0, false) }
        // A word of the window is looked up in the heading only when its bit (of 64, from
        // its hash) is one of the heading's: most words are not, and skip the search.
        var mask: UInt64 = 0
        for word in heading { mask |= 1 << (word & 63) }
        var found = [Bool](repeating: false, count: heading.count)
        func share(_ range: Range<Int>) -> Double {
            for index in found.indices { found[index] = false }
            var count = 0
            for j in range {
                for word in words.words(j, lines) where mask & (1 << (word & 63)) != 0 {
                    if let index = heading.firstIndex(of: word), !found[index] {
                        found[index] = true
                        count += 1
                    }
                }
            }
            return Double(count) / Double(heading.count)
        }
        let end = min(i + block, lines.count)
        return (
            share(max(i - Self.echoSpan, 0)..<i),
            share(end..<min(end + Self.echoSpan, lines.count)), true
        )
    }
}

/// The content words (`EnglishLexicalCohesion.forEachContentWord`) of the lines around the
/// candidate being scored, each line hashed once: candidates come in page order and look at
/// most `echoSpan` lines up and a heading block and `echoSpan` lines down, so a ring of 64
/// lines holds every line still to be asked for.
struct WordWindow {
    private var held = [[UInt64]](repeating: [], count: 64)
    private var tags = [Int](repeating: -1, count: 64)

    mutating func words(_ line: Int, _ lines: [SourceLine]) -> [UInt64] {
        let slot = line & 63
        if tags[slot] != line {
            var words: [UInt64] = []
            EnglishLexicalCohesion.forEachContentWord(lines[line].trimmed) { words.append($0) }
            held[slot] = words
            tags[slot] = line
        }
        return held[slot]
    }
}

extension EnglishLineLabel {
    /// The labels the article assembly opens an article at.
    var opensArticle: Bool { self == .headline || self == .briefStart }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
