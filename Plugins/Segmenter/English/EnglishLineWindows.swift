/// Eight signals of each line (running text, capitals, common words, digits, a price, debris,
/// a short line, a sentence end) summed over the page in page order, for the window means
/// of `EnglishLineFeatures`: a window's mean is the difference of two prefix sums over its
/// size.
///
/// Why not the prefix sums of every line: 8 doubles a line, 264 MB for an input of millions
/// of short lines, alive with everything else the page keeps while its lines are labelled.
/// Only every `spacing`-th prefix sum is kept (2 bytes a line); a `Cursor` sums on from the
/// nearest one and keeps the last `Cursor.span` sums, so rows written in page order cost a
/// line's signals each. Each sum is the same additions in the same order as a full prefix
/// array, so every window mean comes out the same to the bit.
struct EnglishLineWindows {
    static let signalWidth = 8
    static let spacing = 32

    let count: Int
    private let traits: EnglishLineTraitsTable
    private let column: Double
    /// The prefix sums before lines 0, `spacing`, 2 `spacing` ...: `signalWidth` each.
    private let checkpoints: [Double]

    init(_ traits: EnglishLineTraitsTable, column: Double) {
        count = traits.count
        self.traits = traits
        self.column = column
        let width = Self.signalWidth
        var checkpoints = [Double](repeating: 0, count: (count / Self.spacing + 1) * width)
        var sum = [Double](repeating: 0, count: width)
        for index in 0..<count {
            Self.add(traits[index], column: column, to: &sum, at: 0)
            if (index + 1) % Self.spacing == 0 {
                let base = (index + 1) / Self.spacing * width
                for j in 0..<width { checkpoints[base + j] = sum[j] }
            }
        }
        self.checkpoints = checkpoints
    }

    /// Adds the line's signals to `sums[offset..<offset + signalWidth]`, each by one addition.
    private static func add(
        _ line: EnglishLineTraits, column: Double, to sums: inout [Double], at offset: Int
    ) {
        let ratio = Double(line.length) / column
        sums[offset] += flag(EnglishLineFeatures.isRunningText(line, column))
        sums[offset + 1] += line.capsShare
        sums[offset + 2] += line.functionShare
        sums[offset + 3] += min(line.digitShare * 4, 1)
        sums[offset + 4] += flag(line.hasDollar)
        sums[offset + 5] += min(line.oddShare * 4, 1)
        sums[offset + 6] += flag(ratio < 0.5)
        sums[offset + 7] += flag(line.endsSentence)
    }

    /// Reads prefix sums, fastest when the lines asked for move down the page.
    struct Cursor {
        /// Sums kept: a window of 10 lines either side spans 22 of them.
        static let span = 32

        let windows: EnglishLineWindows
        /// `ring[(line % span) * signalWidth + j]`: the prefix sum before `line`.
        private var ring = [Double](repeating: 0, count: span * EnglishLineWindows.signalWidth)
        /// The sums before lines `lowest...highest` are in the ring.
        private var lowest = 0
        private var highest = -1

        init(_ windows: EnglishLineWindows) { self.windows = windows }

        /// Appends `(S[high] - S[low]) / (high - low)` for each signal, `S[line]` being the
        /// sum over the lines before `line`: the signals' mean over lines `low..<high`.
        mutating func appendMeans(low: Int, high: Int, to values: inout [Double]) {
            precondition(high - low < Self.span && low < high && high <= windows.count)
            reach(low: low, high: high)
            let width = EnglishLineWindows.signalWidth
            let size = Double(high - low)
            let top = (high % Self.span) * width
            let bottom = (low % Self.span) * width
            for j in 0..<width { values.append((ring[top + j] - ring[bottom + j]) / size) }
        }

        /// Makes the ring hold the sums before lines `low...high`.
        private mutating func reach(low: Int, high: Int) {
            let width = EnglishLineWindows.signalWidth
            if low < lowest || low > highest || high - highest > Self.span {
                // Start again from the nearest kept sum at or above which `low` lies.
                let line = low / EnglishLineWindows.spacing * EnglishLineWindows.spacing
                let slot = (line % Self.span) * width
                let base = line / EnglishLineWindows.spacing * width
                for j in 0..<width { ring[slot + j] = windows.checkpoints[base + j] }
                lowest = line
                highest = line
            }
            while highest < high {
                let from = (highest % Self.span) * width
                let to = ((highest + 1) % Self.span) * width
                for j in 0..<width { ring[to + j] = ring[from + j] }
                EnglishLineWindows.add(
                    windows.traits[highest], column: windows.column, to: &ring, at: to)
                highest += 1
                lowest = max(lowest, highest - Self.span + 1)
            }
        }
    }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
