import PresswatchCore

/// Splits text into word tokens: Chinese by the lexicon's best path and the character HMM,
/// numbers, Latin words, addresses, punctuation and symbols by their scalars.
///
/// Built once per process and dictionary (see `load`), immutable, shared by all workers.
public final class WordSegmenter: Sendable {
    let lexicon: Lexicon
    let model: HiddenMarkovModel
    let table: ScalarClassTable
    /// Characters whose own frequency as a word reaches 50,000 (是 为 之 有 ...) are never joined
    /// to a neighbour by the HMM. On the UD dev set, anywhere from 30,000 to 100,000 gains
    /// about one point of F1 over jieba's HMM; 50,000 is the middle of that plateau.
    let anchorLogProbability: Double

    init(lexicon: Lexicon, model: HiddenMarkovModel) {
        self.lexicon = lexicon
        self.model = model
        self.table = ScalarClassTable.shared
        self.anchorLogProbability = lexicon.logProbability(ofFrequency: 50_000)
    }

    /// The segmenter for the lexicon found through `resources`, with the words of
    /// `userDictionary` (a path; `word [frequency] [tag]` a line) added. Loaded once per
    /// process for each user dictionary; the base lexicon is read once and shared.
    public static func load(
        resources: ResourceLocator, userDictionary: String? = nil
    ) throws -> WordSegmenter {
        let dictionary = try resources.require("Lexicon/dict.txt", target: "Segmenter")
        let supplement = try resources.require("Lexicon/supplement.txt", target: "Segmenter")
        let model = try resources.require("Lexicon/hmm.json", target: "Segmenter")
        return try WordSegmenterCache.shared.segmenter(
            dictionary: dictionary, supplement: supplement, model: model,
            userDictionary: userDictionary)
    }

    /// Appends the tokens of `scalars[range]` to `tokens`, spans as offsets into `scalars`.
    /// White space makes no token.
    public func tokenize(
        _ scalars: [Unicode.Scalar], in range: Range<Int>, into tokens: inout [Token]
    ) {
        let range = range.clamped(to: 0..<scalars.count)
        guard !range.isEmpty else { return }
        scalars.withUnsafeBufferPointer { buffer in
            // Unicode.Scalar is a single UInt32: reading it as one costs nothing.
            buffer.withMemoryRebound(to: UInt32.self) { text in
                let cursor = ScalarCursor(text: text, end: range.upperBound, table: table)
                tokenize(cursor, from: range.lowerBound, into: &tokens)
            }
        }
    }

    /// The tokens of `text`, spans as offsets into `Array(text.unicodeScalars)`.
    public func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 2 + 1)
        tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        return tokens
    }
}
