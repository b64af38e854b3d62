import PresswatchCore

/// Which token starts at, ends at or holds each offset of an article's text (`WordGuard`).
///
/// The segmenter's tokens come in text order and never overlap: then one number a scalar, the
/// token covering it, answers all three questions (with, per token, where its hold ends). A
/// token list in any other order (a processor's own, a test's) gets an array for each
/// question, written token by token, a later token winning, as `WordGuard` always did. The
/// three arrays took 12 bytes a scalar (192 MB for 16 MB of English); one takes 4.
struct TokenPlaces {
    private let count: Int
    private let inOrder: Bool
    /// In order: the token covering each scalar, or -1; per token, the end of its hold (-1:
    /// it holds nothing).
    private var cover: [Int32] = []
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
        var inOrder = true
        var previousEnd = 0
        for token in tokens where Self.fits(token, count) {
            if token.start < previousEnd {
                inOrder = false
                break
            }
            previousEnd = token.end
        }
        self.inOrder = inOrder
        if inOrder {
            cover = [Int32](repeating: -1, count: count)
            holdEnd = [Int32](repeating: -1, count: tokens.count)
            for index in tokens.indices where Self.fits(tokens[index], count) {
                for offset in tokens[index].start..<tokens[index].end {
                    cover[offset] = Int32(index)
                }
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

    /// The token holding the scalar at `offset` (0 ≤ offset < count), or -1.
    func owner(_ offset: Int) -> Int32 {
        guard inOrder else { return owners[offset] }
        let token = cover[offset]
        return token >= 0 && offset < holdEnd[Int(token)] ? token : -1
    }

    /// The token starting at `offset`, or -1.
    func starting(at offset: Int) -> Int32 {
        guard offset >= 0, offset < count else { return -1 }
        guard inOrder else { return starting[offset] }
        let token = cover[offset]
        return token >= 0 && (offset == 0 || cover[offset - 1] != token) ? token : -1
    }

    /// The token ending at `offset`, or -1.
    func ending(at offset: Int) -> Int32 {
        guard offset > 0, offset <= count else { return -1 }
        guard inOrder else { return ending[offset] }
        let token = cover[offset - 1]
        return token >= 0 && (offset == count || cover[offset] != token) ? token : -1
    }
}
