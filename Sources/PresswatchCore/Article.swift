/// What sort of piece an article is.
public enum ArticleKind: String, Sendable, Codable, CaseIterable {
    case news, commentary, photo, brief, other
}

/// Who a byline names, and in what role.
public struct Byline: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        case reporter, correspondent, author, photographer, editor, other
    }

    public var role: Role
    public var names: [String]

    public init(role: Role, names: [String]) {
        self.role = role
        self.names = names
    }
}

/// One article of a page: its furniture (headline, bylines, dateline), its body as clean
/// paragraphs, and the spans every processor reads (sentences, tokens).
///
/// `text` is the paragraphs joined with a single `\n`; `scalars` is the same text as an array
/// of Unicode scalars, kept beside it so processors index spans in O(1). Both change together,
/// only through `setParagraphs(_:)`.
public struct Article: Sendable {
    public var index: Int
    public var kind: ArticleKind
    public var headline: String?
    public var kicker: String?
    public var subtitle: String?
    public var bylines: [Byline]
    public var dateline: String?
    public var lines: LineRange
    /// Which of its lines hold the headline, kicker, subtitle, bylines and dateline, when
    /// the segmenter knows (empty otherwise).
    public var lineMarks: [LineMark] = []
    /// Where each paragraph lies in `text`: the paragraphs are read as slices of it, so a
    /// large article's body is held once, not as paragraphs and again as joined text.
    private var paragraphRanges: [Range<String.Index>]
    public private(set) var text: String
    public private(set) var scalars: [Unicode.Scalar]
    /// Scalar offset of each paragraph's first scalar in `text`.
    public private(set) var paragraphStarts: [Int]
    public var sentences: [Span]
    public var tokens: [Token]
    /// The lexicon `tokens` were cut with, when the segmenter gives it: for the words a cut
    /// split (不|一 of 不一).
    public var lexicon: (any WordLexicon)?
    /// What the processors after the segmenter found (summary, numbers, keywords ...).
    public var findings: Findings

    public init(
        index: Int, kind: ArticleKind = .news, lines: LineRange, paragraphs: [String],
        headline: String? = nil, kicker: String? = nil, subtitle: String? = nil,
        bylines: [Byline] = [], dateline: String? = nil
    ) {
        self.index = index
        self.kind = kind
        self.headline = headline
        self.kicker = kicker
        self.subtitle = subtitle
        self.bylines = bylines
        self.dateline = dateline
        self.lines = lines
        self.paragraphRanges = []
        self.text = ""
        self.scalars = []
        self.paragraphStarts = []
        self.sentences = []
        self.tokens = []
        self.lexicon = nil
        self.findings = Findings()
        setParagraphs(paragraphs)
    }

    /// Replaces the body. Spans of the old text (sentences, tokens, findings) no longer mean
    /// anything, so they are cleared.
    public mutating func setParagraphs(_ newParagraphs: [String]) {
        // One paragraph is the text: the same storage, not a second copy of it.
        text = newParagraphs.count == 1 ? newParagraphs[0] : newParagraphs.joined(separator: "\n")
        scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        var ranges: [Range<String.Index>] = []
        starts.reserveCapacity(newParagraphs.count)
        ranges.reserveCapacity(newParagraphs.count)
        var offset = 0
        var cursor = text.startIndex
        for paragraph in newParagraphs {
            starts.append(offset)
            offset += paragraph.unicodeScalars.count + 1
            let end = text.utf8.index(cursor, offsetBy: paragraph.utf8.count)
            ranges.append(cursor..<end)
            // Past the "\n" that joins it to the next one.
            cursor = end < text.endIndex ? text.utf8.index(after: end) : end
        }
        paragraphStarts = starts
        paragraphRanges = ranges
        sentences = []
        tokens = []
        findings = Findings()
    }

    /// The body's paragraphs, each a copy; `paragraphSlices` reads them without copying.
    public var paragraphs: [String] { paragraphRanges.map { String(text[$0]) } }

    /// The body's paragraphs as slices of `text` (no copy of the text).
    public var paragraphSlices: [Substring] { paragraphRanges.map { text[$0] } }

    /// The text a span covers.
    public func text(of span: Span) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[span.start..<span.end])
        return String(result)
    }

    /// The index of the sentence holding a scalar offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        let low = sentences.partitioningIndex { $0.end > offset }
        return low < sentences.count && sentences[low].contains(offset) ? low : nil
    }
}
