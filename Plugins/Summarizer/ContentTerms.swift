import PresswatchCore

/// The content words of each unit of an article: function words and punctuation left out,
/// each word an integer id so that similarities are merges of sorted arrays.
struct ContentTerms {
    /// Per unit: distinct term ids, ascending, with their counts.
    var ids: [[Int32]] = []
    var counts: [[Int32]] = []
    /// Per term: where it first occurs (to match it against the headline), whether it is a
    /// figure or a name, and whether it is Latin (matched without case).
    var firstSpan: [Span] = []
    var isFigureOrName: [Bool] = []
    var isLatin: [Bool] = []

    var termCount: Int { firstSpan.count }

    init(article: Article, units: [Range<Int>]) {
        var unitOfSentence = [Int](repeating: 0, count: article.sentences.count)
        for (unit, range) in units.enumerated() {
            for sentence in range { unitOfSentence[sentence] = unit }
        }
        var bags = [[Int32: Int32]](repeating: [:], count: units.count)
        var idOfKey: [UInt64: Int32] = [:]
        var sentence = 0
        var previousSentence = -1
        for token in article.tokens {
            while sentence < article.sentences.count
                && article.sentences[sentence].end <= token.start
            {
                sentence += 1
            }
            guard sentence < article.sentences.count,
                article.sentences[sentence].contains(token.start)
            else { continue }
            let sentenceStart = sentence != previousSentence
            previousSentence = sentence
            guard let kind = Self.classify(token, in: article.scalars, sentenceStart: sentenceStart)
            else { continue }
            let key = Self.key(of: token.span, in: article.scalars, folding: token.kind == .latin)
            let id: Int32
            if let known = idOfKey[key] {
                id = known
            } else {
                id = Int32(firstSpan.count)
                idOfKey[key] = id
                firstSpan.append(token.span)
                isFigureOrName.append(kind == .figureOrName)
                isLatin.append(token.kind == .latin)
            }
            bags[unitOfSentence[sentence]][id, default: 0] += 1
        }
        for bag in bags {
            let sorted = bag.sorted { $0.key < $1.key }
            ids.append(sorted.map(\.key))
            counts.append(sorted.map(\.value))
        }
    }

    enum Kind { case content, figureOrName }

    /// Whether a token is a content word, and of which kind; nil for function words.
    static func classify(
        _ token: Token, in scalars: [Unicode.Scalar], sentenceStart: Bool
    ) -> Kind? {
        switch token.kind {
        case .punct, .symbol: return nil
        case .number: return .figureOrName
        case .latin:
            if EnglishStopWords.contains(token.span, in: scalars) { return nil }
            let capital = scalars[token.start].properties.isUppercase
            return capital && !sentenceStart ? .figureOrName : .content
        case .word:
            return classifyWord(token)
        }
    }

    /// Chinese words by their part of speech: nouns, verbs, adjectives and the like count;
    /// particles, prepositions, conjunctions, pronouns, adverbs and classifiers do not.
    static func classifyWord(_ token: Token) -> Kind? {
        let tag = token.tag?.rawValue.unicodeScalars
        let family = tag?.first
        if let family, functionFamilies.contains(family) { return nil }
        if token.span.count < 2 {
            guard let family, contentFamiliesForSingles.contains(family) else { return nil }
        }
        if let tag, tag.count >= 2, tag.first == "n" {
            let second = tag[tag.index(after: tag.startIndex)]
            if "rstz".unicodeScalars.contains(second) { return .figureOrName }
        }
        if family == "m" { return .figureOrName }
        return .content
    }

    private static let functionFamilies: Set<Unicode.Scalar> = [
        "u", "p", "c", "y", "e", "o", "r", "d", "f", "q", "w",
    ]
    private static let contentFamiliesForSingles: Set<Unicode.Scalar> = ["n", "v", "a"]

    /// FNV-1a over the scalars, ASCII case folded for Latin words: an id without a `String`.
    static func key(of span: Span, in scalars: [Unicode.Scalar], folding: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in span.range {
            var value = scalars[offset].value
            if folding && value >= 65 && value <= 90 { value += 32 }
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash
    }
}
