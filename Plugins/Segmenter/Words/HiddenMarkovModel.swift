/// jieba's 4-state character model (B begin, M middle, E end, S single word) and its Viterbi
/// decoder, for runs of characters the lexicon leaves as single characters.
struct HiddenMarkovModel: Sendable {
    /// States in the order jieba breaks ties by (a later letter wins a tie): B, E, M, S.
    enum State: Int {
        case begin = 0
        case end = 1
        case middle = 2
        case single = 3
    }
    static let minimum = -3.14e100
    static let stateLetters: [String] = ["B", "E", "M", "S"]
    /// The states each state may follow.
    static let previous: [(Int, Int)] = [(1, 3), (0, 2), (0, 2), (1, 3)]

    var start: [Double]
    /// `transition[from * 4 + to]`.
    var transition: [Double]
    /// Per scalar below `LexiconTrie.directLimit`: a row of `emission`, or -1.
    var emissionRow: [Int32]
    /// Four log probabilities per row, in state order.
    var emission: [Double]

    @inline(__always)
    func emit(_ state: Int, _ scalar: UInt32) -> Double {
        guard scalar < LexiconTrie.directLimit else { return Self.minimum }
        let row = emissionRow[Int(scalar)]
        return row < 0 ? Self.minimum : emission[Int(row) * 4 + state]
    }

    /// The word ends (exclusive offsets into `scalars`) the model sees in `scalars`.
    func cut(_ scalars: UnsafeBufferPointer<UInt32>, wordEnds: (Int) -> Void) {
        let count = scalars.count
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 4) { back in
            var score = (0..<4).map { start[$0] + emit($0, scalars[0]) }
            var next = score
            for t in 1..<count {
                for state in 0..<4 {
                    let (a, b) = Self.previous[state]
                    let emitted = emit(state, scalars[t])
                    // Summed in jieba's order, so that rounding makes the same ties; a tie goes
                    // to the later state letter, as Python's max over (score, state) does.
                    let viaA = score[a] + transition[a * 4 + state] + emitted
                    let viaB = score[b] + transition[b * 4 + state] + emitted
                    let (best, from) = viaB >= viaA ? (viaB, b) : (viaA, a)
                    next[state] = best
                    back[t * 4 + state] = UInt8(from)
                }
                swap(&score, &next)
            }
            var state = score[State.single.rawValue] >= score[State.end.rawValue] ? 3 : 1
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { path in
                for t in stride(from: count - 1, through: 0, by: -1) {
                    path[t] = UInt8(state)
                    if t > 0 { state = Int(back[t * 4 + state]) }
                }
                emitWords(path, count: count, wordEnds: wordEnds)
            }
        }
    }

    /// Turns a state path into word ends: a word closes at E or S; a trailing B/M run is a word.
    private func emitWords(
        _ path: UnsafeMutableBufferPointer<UInt8>, count: Int, wordEnds: (Int) -> Void
    ) {
        var lastEnd = 0
        for t in 0..<count {
            let state = path[t]
            if state == UInt8(State.end.rawValue) || state == UInt8(State.single.rawValue) {
                wordEnds(t + 1)
                lastEnd = t + 1
            }
        }
        if lastEnd < count { wordEnds(count) }
    }
}
