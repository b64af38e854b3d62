/// What the assembler weighs about one page token: what it is and the evidence it carries on
/// its own (how a body opens and ends, how a headline is numbered, what kind of byline).
struct TokenFacts: Sendable {
    enum Kind: Sendable { case body, headline, byline }

    var kind: Kind
    /// Furniture stands between this token and the one before.
    var afterFurniture: Bool
    /// A body that opens with a dateline (`本报讯`, `新华社北京6月5日电`).
    var opensWithDateline = false
    /// A body that opens as a news lead does without a dateline (`记者从…获悉`, `近日，`,
    /// `编者按：`).
    var opensWithLead = false
    /// A body whose dateline carries its bylines in brackets.
    var hasDatelineBylines = false
    /// A body that opens with an editor's note (编者按), the story below it.
    var isEditorsNote = false
    /// A body as short as a photo caption (240 scalars or fewer).
    var isShort = false
    /// A body whose last line finishes a sentence.
    var endsSentence = false
    /// A headline numbered like a section head (`一、`, `（二）`, `3.`).
    var isNumbered = false
    /// A headline group that reads like a subheading: one short line, no kicker or
    /// subtitle, no bold doubling.
    var isPlainShortHead = false
    /// A headline as wide as the column around it (maybe a cut paragraph's first line).
    var isColumnWide = false
    var isPhotoCredit = false
    /// A credit printed at the end of a text, glued to it.
    var closesText = false
    /// A byline of a pen name alone (an author, no reporter).
    var isPenName = false

    static func facts(of page: PageTokens) -> [TokenFacts] {
        zip(page.tokens, page.afterFurniture).map { token, afterFurniture in
            switch token {
            case .body(let blocks):
                var facts = TokenFacts(kind: .body, afterFurniture: afterFurniture)
                let opening = Array(blocks[0].lines.prefix(3))
                let dateline = Dateline.detect(opening)
                facts.opensWithDateline = dateline != nil
                facts.hasDatelineBylines = dateline?.bylines.isEmpty == false
                facts.opensWithLead = dateline == nil && opensLikeLead(blocks[0].lines[0].trimmed)
                facts.endsSentence = blocks[blocks.count - 1].endsSentence
                facts.isShort = blocks.reduce(0) { $0 + $1.scalarCount } <= 240
                facts.isEditorsNote = isEditorsNote(blocks[0].lines[0].trimmed)
                return facts
            case .headline(let group):
                var facts = TokenFacts(kind: .headline, afterFurniture: afterFurniture)
                let first = group.kicker ?? group.headline ?? group.subtitle
                facts.isColumnWide = group.isColumnWide
                facts.isNumbered = first.map { isNumberedHead($0.lines[0].trimmed) } ?? false
                if let headline = group.headline, group.kicker == nil, group.subtitle == nil,
                    headline.lines.count == 1, headline.scalarCount <= 16
                {
                    facts.isPlainShortHead =
                        BoldDoubling.undouble([Array(headline.lines[0].trimmed)]) == nil
                }
                return facts
            case .byline(let block):
                var facts = TokenFacts(kind: .byline, afterFurniture: afterFurniture)
                facts.isPhotoCredit = block.isPhotoCredit
                facts.closesText = block.closesText
                facts.isPenName = block.bylines.allSatisfy { $0.role == .author }
                return facts
            }
        }
    }

    /// Openings a news lead uses when no dateline stands before it.
    private static let leadOpenings = [
        "记者从", "记者近日", "记者日前", "记者获悉", "记者了解到", "编者按", "据新华社", "据央视",
        "近日，", "日前，", "昨天，", "今天，", "昨日，",
    ].map { Array($0.unicodeScalars) }

    static func isEditorsNote(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        Array(line.prefix(3)).hasScalarPrefix("编者按")
    }

    static func opensLikeLead(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = Array(line.prefix(12))
        return leadOpenings.contains { text.starts(with: $0) }
    }

    /// `一、`, `二是`, `（三）`, `1.`, `2、`, `第四，`: how section heads inside an article
    /// are numbered.
    static func isNumberedHead(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = line[...]
        if text.first == "（" || text.first == "(" { text = text.dropFirst() }
        let digits = text.prefix {
            $0.isASCIIDigit || WordSegmenter.isChineseDigit($0.value) || $0 == "十"
        }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let next = text.dropFirst(digits.count).first
        return next == "、" || next == "）" || next == ")" || next == "." || next == "．"
    }
}
