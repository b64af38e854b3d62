import PresswatchCore

/// Which token starts at, ends at or holds each offset of an article's text (`WordGuard`).
///
/// The segmenter's tokens come in text order and never overlap: then the token at an offset
/// is found by a binary search of the tokens' starts, and only where each token's hold ends
/// is kept (4 bytes a token). A token list in any other order (a processor's own, a test's)
/// gets an array for each question, written token by token, a later token winning, as
/// `WordGuard` always did: those three arrays took 12 bytes a scalar (192 MB for 16 MB of
/// English), the largest thing the number extractor held.
struct TokenPlaces {
    private let count: Int
    private let inOrder: Bool
    /// In order: the tokens (the article's own array, not a copy), and per token the end of
    /// its hold (-1: it holds nothing).
    private let tokens: [Token]
    private var holdEnd: [Int32] = []
    /// Otherwise: per offset, the token holding it, starting there, ending there; or -1.
    private var owners: [Int32] = []
    private var starting: [Int32] = []
    private var ending: [Int32] = []

    /// - Parameters:
    ///   - count: the text's length in scalars; a token outside it is left out.
    ///   - hold: for a token (by index), the end of the scalars it holds from its start (at
    ///     most its end), or nil when it holds none.
    init(tokens: [Token], count: Int, hold: (Int) -> Int?) {
        self.count = count
        // In order: every token inside the text and none before the end of the one above.
        var inOrder = true
        var previousEnd = 0
        for token in tokens {
            if !Self.fits(token, count) || token.start < previousEnd {
                inOrder = false
                break
            }
            previousEnd = token.end
        }
        self.inOrder = inOrder
        self.tokens = tokens
        if inOrder {
            holdEnd = [Int32](repeating: -1, count: tokens.count)
            for index in tokens.indices where Self.fits(tokens[index], count) {
                if let end = hold(index) { holdEnd[index] = Int32(end) }
            }
        } else {
            owners = [Int32](repeating: -1, count: count)
            starting = [Int32](repeating: -1, count: count)
            ending = [Int32](repeating: -1, count: count + 1)
            for index in tokens.indices where Self.fits(tokens[index], count) {
                starting[tokens[index].start] = Int32(index)
                ending[tokens[index].end] = Int32(index)
                guard let end = hold(index) else { continue }
                for offset in tokens[index].start..<end { owners[offset] = Int32(index) }
            }
        }
    }

    private static func fits(_ token: Token, _ count: Int) -> Bool {
        token.start >= 0 && token.start < token.end && token.end <= count
    }

    /// In order: the token covering the scalar at `offset`, or -1: the last token starting at
    /// or before it, when it reaches past it.
    private func covering(_ offset: Int) -> Int32 {
        let index = tokens.partitioningIndex { $0.start > offset } - 1
        guard index >= 0, offset < tokens[index].end else { return -1 }
        return Int32(index)
    }

    /// The token holding the scalar at `offset` (0 ≤ offset < count), or -1.
    func owner(_ offset: Int) -> Int32 {
        guard inOrder else { return owners[offset] }
        let token = covering(offset)
        return token >= 0 && offset < holdEnd[Int(token)] ? token : -1
    }

    /// The token starting at `offset`, or -1.
    func starting(at offset: Int) -> Int32 {
        guard offset >= 0, offset < count else { return -1 }
        guard inOrder else { return starting[offset] }
        let token = covering(offset)
        return token >= 0 && tokens[Int(token)].start == offset ? token : -1
    }

    /// The token ending at `offset`, or -1.
    func ending(at offset: Int) -> Int32 {
        guard offset > 0, offset <= count else { return -1 }
        guard inOrder else { return ending[offset] }
        let token = covering(offset - 1)
        return token >= 0 && tokens[Int(token)].end == offset ? token : -1
    }
}
