import PresswatchCore

/// English function words, which carry no content for similarity.
enum EnglishStopWords {
    static let words: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been",
        "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
        "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "more", "most", "not",
        "of", "on", "one", "or", "our", "out", "over", "said", "says", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with",
        "would", "you", "s", "t",
    ]
    /// Keys of the words above, folded the way `ContentTerms.key` folds Latin words.
    static let keys: Set<UInt64> = {
        var keys = Set<UInt64>()
        for word in words {
            let scalars = Array(word.unicodeScalars)
            keys.insert(
                ContentTerms.key(
                    of: Span(start: 0, end: scalars.count), in: scalars, folding: true))
        }
        return keys
    }()

    static func contains(_ span: Span, in scalars: [Unicode.Scalar]) -> Bool {
        span.count <= 5 && keys.contains(ContentTerms.key(of: span, in: scalars, folding: true))
    }
}
