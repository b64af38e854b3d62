/// The layout features of each line of an English OCR page, GROBID-style: the line's own
/// traits measured against the page (length against the column width), its position, and the
/// traits of the lines around it. All values lie in about [0, 1.5].
struct EnglishLineFeatures {
    let count: Int

    static let ownWidth = 27
    static let neighbourWidth = 12
    static let signalWidth = EnglishLineWindows.signalWidth
    static let windows = [3, 10]
    static let cohesionWidth = 5
    static let paragraphWidth = EnglishParagraphs.width
    static let width =
        ownWidth + 4 * neighbourWidth + 13 + windows.count * signalWidth + cohesionWidth
        + paragraphWidth

    // What a row is made from, kept instead of the rows themselves: a row is 109 doubles
    // (872 bytes) a line, so a matrix of them made an input of millions of short lines cost
    // gigabytes. Rows are written on demand, one at a time (`Rows`).
    private let traits: EnglishLineTraitsTable
    private let blankBefore: [Bool]
    private let cohesion: EnglishLexicalCohesion
    private let column: Double
    private let signals: EnglishLineWindows
    private let paragraphs: EnglishParagraphs

    /// One line's features (for training and tests; decoding writes rows into one buffer).
    func row(_ line: Int) -> ArraySlice<Double> {
        var values: [Double] = []
        values.reserveCapacity(Self.width)
        write(row: line, into: &values)
        return values[...]
    }

    init(traits: EnglishLineTraitsTable, blankBefore: [Bool], cohesion: EnglishLexicalCohesion) {
        count = traits.count
        self.traits = traits
        self.blankBefore = blankBefore
        self.cohesion = cohesion
        column = Double(Self.columnWidth(traits))
        signals = EnglishLineWindows(traits, column: column)
        paragraphs = EnglishParagraphs(traits, blankBefore: blankBefore, column: column)
    }

    /// Appends line `index`'s `width` features to `values`. In any order; to write many
    /// rows, `rows()` is faster.
    func write(row index: Int, into values: inout [Double]) {
        var rows = rows()
        rows.write(index, into: &values)
    }

    /// A writer of rows that keeps what the window means of the lines around the last row
    /// written need: rows in page order cost about the same each, whatever the page's size.
    func rows() -> Rows { Rows(features: self) }

    struct Rows {
        let features: EnglishLineFeatures
        private var windows: EnglishLineWindows.Cursor
        private var place = EnglishParagraphs.Place()

        init(features: EnglishLineFeatures) {
            self.features = features
            windows = EnglishLineWindows.Cursor(features.signals)
        }

        /// Appends line `index`'s `width` features to `values`, value by value: an array per
        /// line and neighbour would cost more than the features.
        mutating func write(_ index: Int, into values: inout [Double]) {
            let features = features
            let count = features.count
            let column = features.column
            let traits = features.traits
            // The line and the two either side, each unpacked once.
            func around(_ offset: Int) -> EnglishLineTraits? {
                let other = index + offset
                return other >= 0 && other < count ? traits[other] : nil
            }
            let line = traits[index]
            let previous = around(-1)
            let next = around(1)
            EnglishLineFeatures.appendOwn(line, column: column, to: &values)
            func appendNeighbour(_ neighbour: EnglishLineTraits?) {
                if let neighbour {
                    EnglishLineFeatures.appendNeighbour(neighbour, column: column, to: &values)
                } else {
                    for _ in 1..<EnglishLineFeatures.neighbourWidth { values.append(0) }
                    values.append(1)
                }
            }
            appendNeighbour(around(-2))
            appendNeighbour(previous)
            appendNeighbour(next)
            appendNeighbour(around(2))
            let previousShort = previous.map { Double($0.length) < 0.8 * column } ?? true
            values.append(contentsOf: [
                flag((previous?.endsSentence ?? true) && line.firstUpper),
                flag((previous?.endsSentence ?? true) && previousShort),
                flag((previous?.isAllCaps ?? false) && line.isAllCaps),
                flag((next?.isAllCaps ?? false) && line.isAllCaps),
                flag(features.blankBefore[index]),
                // The masthead and its ears fill a page's first lines; below them, where a
                // line stands says little (advertisements sit anywhere).
                flag(index * 30 < count),
                flag((next?.hasDateline ?? false) && !line.hasDateline),
                flag((previous?.endsSentence ?? true) && (next?.firstUpper ?? false)),
                // Conjunctions a linear model cannot form: a heading over running text, a
                // short run-in heading after a finished paragraph, a priced line.
                flag(
                    line.isAllCaps
                        && (next.map { EnglishLineFeatures.isRunningText($0, column) } ?? false)),
                flag(
                    line.titleShare > 0.6 && line.endsPeriod && Double(line.length) < 0.7 * column
                        && (previous?.endsSentence ?? true)),
                flag(
                    (line.isAllCaps || line.titleShare > 0.7)
                        && (previous.map { EnglishLineFeatures.isRunningText($0, column) } ?? false)
                        && (next.map { EnglishLineFeatures.isRunningText($0, column) } ?? false)),
                flag((line.hasDollar || line.digitShare > 0.15) && line.capsShare > 0.5),
                flag(EnglishLineFeatures.isRunningText(line, column)),
            ])
            for half in EnglishLineFeatures.windows {
                windows.appendMeans(
                    low: max(index - half, 0), high: min(index + half + 1, count), to: &values)
            }
            let cohesion = features.cohesion
            let after = index + 1 < count ? cohesion.similarity[index + 1] : 0
            values.append(contentsOf: [
                cohesion.similarity[index], cohesion.depth(index), after,
                index + 1 < count ? cohesion.depth(index + 1) : 0,
                // A new story under a heading of two lines starts two lines down.
                index + 2 < count ? cohesion.depth(index + 2) : 0,
            ])
            features.paragraphs.write(line: index, into: &values, place: &place)
        }
    }

    /// A line of running text: most of a column long, in small letters, with common words.
    static func isRunningText(_ line: EnglishLineTraits, _ column: Double) -> Bool {
        Double(line.length) >= 0.7 * column && line.capsShare < 0.3 && line.functionWords >= 1
    }

    /// The width of the page's body column: the upper quartile of line lengths (most lines
    /// are body lines that fill the column; headlines and paragraph ends are shorter).
    static func columnWidth<Traits: Collection>(_ traits: Traits) -> Int
    where Traits.Element == EnglishLineTraits {
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

    fileprivate static func appendOwn(
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

    fileprivate static func appendNeighbour(
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
