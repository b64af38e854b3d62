/// The layout features of each line of an English OCR page, GROBID-style: the line's own
/// traits measured against the page (length against the column width), its position, and the
/// traits of the lines around it. All values lie in about [0, 1.5].
struct EnglishLineFeatures {
    let count: Int

    static let ownWidth = 27
    static let neighbourWidth = 12
    static let signalWidth = 8
    static let windows = [3, 10]
    static let cohesionWidth = 5
    static let paragraphWidth = EnglishParagraphs.width
    static let width =
        ownWidth + 4 * neighbourWidth + 13 + windows.count * signalWidth + cohesionWidth
        + paragraphWidth

    // What a row is made from, kept instead of the rows themselves: a row is 109 doubles
    // (872 bytes) a line, so a matrix of them made an input of millions of short lines cost
    // gigabytes. Rows are written on demand, one at a time (`write(row:into:)`).
    private let traits: [EnglishLineTraits]
    private let blankBefore: [Bool]
    private let cohesion: EnglishLexicalCohesion
    private let column: Double
    private let signals: [Double]
    private let paragraphs: EnglishParagraphs

    /// One line's features (for training and tests; decoding writes rows into one buffer).
    func row(_ line: Int) -> ArraySlice<Double> {
        var values: [Double] = []
        values.reserveCapacity(Self.width)
        write(row: line, into: &values)
        return values[...]
    }

    init(traits: [EnglishLineTraits], blankBefore: [Bool], cohesion: EnglishLexicalCohesion) {
        count = traits.count
        self.traits = traits
        self.blankBefore = blankBefore
        self.cohesion = cohesion
        column = Double(Self.columnWidth(traits))
        signals = Self.windowSums(traits, column: column)
        paragraphs = EnglishParagraphs(traits, blankBefore: blankBefore, column: column)
    }

    /// Appends line `index`'s `width` features to `values`, value by value: an array per
    /// line and neighbour would cost more than the features.
    func write(row index: Int, into values: inout [Double]) {
        let column = column
        Self.appendOwn(traits[index], column: column, to: &values)
        for offset in [-2, -1, 1, 2] {
            let other = index + offset
            if other >= 0 && other < count {
                Self.appendNeighbour(traits[other], column: column, to: &values)
            } else {
                for _ in 1..<Self.neighbourWidth { values.append(0) }
                values.append(1)
            }
        }
        let line = traits[index]
        let previous = index > 0 ? traits[index - 1] : nil
        let next = index + 1 < traits.count ? traits[index + 1] : nil
        let previousShort = previous.map { Double($0.length) < 0.8 * column } ?? true
        values.append(contentsOf: [
            flag((previous?.endsSentence ?? true) && line.firstUpper),
            flag((previous?.endsSentence ?? true) && previousShort),
            flag((previous?.isAllCaps ?? false) && line.isAllCaps),
            flag((next?.isAllCaps ?? false) && line.isAllCaps),
            flag(blankBefore[index]),
            // The masthead and its ears fill a page's first lines; below them, where a
            // line stands says little (advertisements sit anywhere).
            flag(index * 30 < count),
            flag((next?.hasDateline ?? false) && !line.hasDateline),
            flag((previous?.endsSentence ?? true) && (next?.firstUpper ?? false)),
            // Conjunctions a linear model cannot form: a heading over running text, a
            // short run-in heading after a finished paragraph, a priced line.
            flag(line.isAllCaps && (next.map { Self.isRunningText($0, column) } ?? false)),
            flag(
                line.titleShare > 0.6 && line.endsPeriod && Double(line.length) < 0.7 * column
                    && (previous?.endsSentence ?? true)),
            flag(
                (line.isAllCaps || line.titleShare > 0.7)
                    && (previous.map { Self.isRunningText($0, column) } ?? false)
                    && (next.map { Self.isRunningText($0, column) } ?? false)),
            flag((line.hasDollar || line.digitShare > 0.15) && line.capsShare > 0.5),
            flag(Self.isRunningText(line, column)),
        ])
        for half in Self.windows {
            let low = max(index - half, 0)
            let high = min(index + half + 1, count)
            let size = Double(high - low)
            for j in 0..<Self.signalWidth {
                values.append(
                    (signals[high * Self.signalWidth + j] - signals[low * Self.signalWidth + j])
                        / size)
            }
        }
        let after = index + 1 < count ? cohesion.similarity[index + 1] : 0
        values.append(contentsOf: [
            cohesion.similarity[index], cohesion.depth(index), after,
            index + 1 < count ? cohesion.depth(index + 1) : 0,
            // A new story under a heading of two lines starts two lines down.
            index + 2 < count ? cohesion.depth(index + 2) : 0,
        ])
        paragraphs.write(line: index, into: &values)
    }

    private static func windowSums(_ traits: [EnglishLineTraits], column: Double) -> [Double] {
        var sums = [Double](repeating: 0, count: (traits.count + 1) * signalWidth)
        for (index, line) in traits.enumerated() {
            let ratio = Double(line.length) / column
            let row = index * signalWidth
            let next = row + signalWidth
            sums[next] = sums[row] + flag(isRunningText(line, column))
            sums[next + 1] = sums[row + 1] + line.capsShare
            sums[next + 2] = sums[row + 2] + line.functionShare
            sums[next + 3] = sums[row + 3] + min(line.digitShare * 4, 1)
            sums[next + 4] = sums[row + 4] + flag(line.hasDollar)
            sums[next + 5] = sums[row + 5] + min(line.oddShare * 4, 1)
            sums[next + 6] = sums[row + 6] + flag(ratio < 0.5)
            sums[next + 7] = sums[row + 7] + flag(line.endsSentence)
        }
        return sums
    }

    /// A line of running text: most of a column long, in small letters, with common words.
    static func isRunningText(_ line: EnglishLineTraits, _ column: Double) -> Bool {
        Double(line.length) >= 0.7 * column && line.capsShare < 0.3 && line.functionWords >= 1
    }

    /// The width of the page's body column: the upper quartile of line lengths (most lines
    /// are body lines that fill the column; headlines and paragraph ends are shorter).
    static func columnWidth(_ traits: [EnglishLineTraits]) -> Int {
        var counts = [Int](repeating: 0, count: 201)
        for line in traits { counts[min(line.length, 200)] += 1 }
        var seen = 0
        let target = traits.count * 3 / 4
        for (length, number) in counts.enumerated() {
            seen += number
            if seen > target { return max(length, 12) }
        }
        return 40
    }

    private static func appendOwn(
        _ line: EnglishLineTraits, column: Double, to values: inout [Double]
    ) {
        let ratio = Double(line.length) / column
        values.append(contentsOf: [
            min(ratio, 1.5),
            flag(ratio < 0.25), flag(ratio < 0.5), flag(ratio < 0.8), flag(ratio >= 0.9),
            line.capsShare, flag(line.isAllCaps), line.titleShare,
            flag(line.titleShare > 0.7 && line.words >= 2 && !line.isAllCaps),
            flag(line.firstUpper), flag(line.firstLower), flag(line.firstDigit),
            flag(line.firstOpen),
            flag(line.endsPeriod), flag(line.endsSentence), flag(line.endsComma),
            flag(line.endsHyphen), flag(line.endsColon),
            flag(line.startsBy), flag(line.hasDateline),
            line.digitShare, min(line.oddShare * 4, 1), line.fragmentShare, line.functionShare,
            1 - line.letterShare, flag(line.words <= 3), flag(line.hasDollar),
        ])
    }

    private static func appendNeighbour(
        _ line: EnglishLineTraits, column: Double, to values: inout [Double]
    ) {
        let ratio = Double(line.length) / column
        values.append(contentsOf: [
            min(ratio, 1.5), flag(ratio < 0.5), line.capsShare, flag(line.isAllCaps),
            line.titleShare, flag(line.endsSentence), flag(line.firstLower),
            flag(line.endsHyphen || line.endsComma), line.functionShare, flag(line.hasDateline),
            flag(line.startsBy), 0,
        ])
    }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
