import Foundation

/// Whether each paragraph of an English page stands in a column of local items or inside a
/// story, decided over the page's whole paragraph sequence.
///
/// Why: a local item ("Mrs. W. S. Mann and son Billy, who have been visiting ... returned
/// home.") opens after a paragraph break with no heading, as a story's next paragraph does;
/// one break alone says little about which it is. A column of locals is a run of short
/// paragraphs, each about other people (it opens with a name, names none of the paragraph
/// above, shares few of its words), while a story's paragraphs run longer and carry its names
/// and words on. So each paragraph gets a learned emission (a logistic regression over its
/// shape and its continuity with the paragraphs around, trained on the training pages'
/// gold), and a two-state HMM (locals or story, a paragraph keeping its neighbour's regime
/// with probability `stay`) reads the sequence by forward-backward: a paragraph's regime is
/// what the run around it says. The start stage (`EnglishStartFeatures`) weighs the regime
/// of a candidate's paragraph and of the one above.
struct EnglishLocalsRegime: Sendable {
    /// Values of a paragraph's emission row.
    static let width = 12

    /// Per emission value, then the bias: on standardized values (`mean`, `scale`).
    var weights: [Double]
    var mean: [Double]
    var scale: [Double]
    /// The share of paragraphs in a column of locals on the training pages: the emission is
    /// a posterior, divided by it to act as a likelihood in the HMM.
    var prior: Double
    /// The probability that a paragraph has the regime of the paragraph above.
    var stay: Double

    static let shipped = EnglishLocalsRegime(
        weights: EnglishStartWeights.regimeWeights, mean: EnglishStartWeights.regimeMean,
        scale: EnglishStartWeights.regimeScale, prior: EnglishStartWeights.regimePrior,
        stay: EnglishStartWeights.regimeStay)

    /// The page's paragraphs and the probability that each stands among locals.
    struct Reading {
        /// The first line of each paragraph, ascending.
        var starts: [Int32]
        var locals: [Double]

        /// The paragraph holding `line`.
        func paragraph(of line: Int) -> Int {
            starts.partitioningIndex { Int($0) > line } - 1
        }
    }

    func read(_ lines: [SourceLine], traits: EnglishLineTraitsTable, column: Int) -> Reading {
        var starts: [Int32] = []
        var emissions: [Double] = []
        Self.forEachEmissionRow(lines, traits: traits, column: column) { start, row in
            var sum = weights[row.count]
            for j in row.indices { sum += weights[j] * (row[j] - mean[j]) / scale[j] }
            starts.append(Int32(start))
            emissions.append(1 / (1 + exp(-sum)))
        }
        return Reading(starts: starts, locals: posterior(emissions))
    }

    /// Forward-backward over the two regimes, the emissions as scaled likelihoods (a
    /// posterior over the prior, as a hybrid HMM reads a classifier).
    func posterior(_ emissions: [Double]) -> [Double] {
        let n = emissions.count
        guard n > 0 else { return [] }
        let prior = min(max(self.prior, 1e-3), 1 - 1e-3)
        func likelihood(_ i: Int) -> (story: Double, locals: Double) {
            let p = min(max(emissions[i], 1e-4), 1 - 1e-4)
            return ((1 - p) / (1 - prior), p / prior)
        }
        // forward[i]: P(regime of paragraph i = locals | paragraphs 0...i), normalized.
        var forward = [Double](repeating: 0, count: n)
        var first = likelihood(0)
        first = ((1 - prior) * first.story, prior * first.locals)
        forward[0] = first.locals / (first.story + first.locals)
        for i in 1..<n {
            let before = forward[i - 1]
            let toLocals = before * stay + (1 - before) * (1 - stay)
            let here = likelihood(i)
            let story = (1 - toLocals) * here.story
            let locals = toLocals * here.locals
            forward[i] = locals / (story + locals)
        }
        // Backward: the likelihood of paragraphs i+1... given each regime of i, normalized;
        // the posterior overwrites the forward value it is made from.
        var after = (story: 1.0, locals: 1.0)
        for i in stride(from: n - 2, through: 0, by: -1) {
            let next = likelihood(i + 1)
            let story = stay * next.story * after.story + (1 - stay) * next.locals * after.locals
            let locals = (1 - stay) * next.story * after.story + stay * next.locals * after.locals
            after = (story / (story + locals), locals / (story + locals))
            let a = forward[i] * after.locals
            let b = (1 - forward[i]) * after.story
            forward[i] = a / (a + b)
        }
        return forward
    }

    /// The page's paragraphs (a paragraph ends at a line that finishes a sentence short of
    /// the column, as `EnglishParagraphs` reads them), each paragraph's first line and
    /// emission row in page order into `body`: its length, how it opens, and how much of its
    /// vocabulary and names it shares with the paragraphs around. One pass; a paragraph's row
    /// is complete once the paragraph below is read, and the words of the last three
    /// paragraphs are all that is kept.
    static func forEachEmissionRow(
        _ lines: [SourceLine], traits: EnglishLineTraitsTable, column: Int,
        _ body: (Int, [Double]) -> Void
    ) {
        var words: [Set<UInt64>] = []
        var names: [Set<UInt64>] = []
        var pending: (start: Int, row: [Double])?
        var start = 0
        for index in traits.indices {
            let line = traits[index]
            let ends =
                index + 1 == traits.count
                || (line.endsSentence && Double(line.length) < 0.85 * Double(column))
            guard ends else { continue }
            var paragraphWords = Set<UInt64>()
            var paragraphNames = Set<UInt64>()
            var letters = 0
            var digits = 0
            for line in start...index {
                EnglishLexicalCohesion.forEachContentWord(lines[line].trimmed) {
                    paragraphWords.insert($0)
                }
                forEachName(
                    lines[line].trimmed,
                    afterSentence: line == start || traits[line - 1].endsSentence
                ) { paragraphNames.insert($0) }
                letters += traits[line].letters
                digits += traits[line].digits
            }
            let length = index + 1 - start
            let text = lines[start].trimmed
            let namesAbove = names.suffix(2).reduce(into: Set<UInt64>()) { $0.formUnion($1) }
            let overlapAbove = cosine(paragraphWords, words.last ?? [])
            // What this paragraph shares with the one above is also the one above's
            // continuity below: its row is complete now.
            if var above = pending {
                above.row[7] = overlapAbove
                above.row[9] = flag(!paragraphNames.isDisjoint(with: names.last ?? []))
                body(above.start, above.row)
            }
            pending = (
                start,
                [
                    min(Double(length), 16) / 8, flag(length <= 2), flag(length <= 6),
                    flag(opensWithAbbreviation(text)), flag(opensWithTwoCapitals(text)),
                    flag(traits[start].firstLower),
                    overlapAbove, 0,
                    flag(!paragraphNames.isDisjoint(with: namesAbove)), 0,
                    flag(paragraphNames.isEmpty),
                    min(10 * Double(digits) / Double(max(letters + digits, 1)), 2),
                ]
            )
            words.append(paragraphWords)
            names.append(paragraphNames)
            if words.count > 3 {
                words.removeFirst()
                names.removeFirst()
            }
            start = index + 1
        }
        if let last = pending { body(last.start, last.row) }
    }

    /// The line opens (after quotes or stray marks) with a capital and at most three small
    /// letters closed by a period: a title (Mr., Mrs., Dr., Col.) or an initial, as a local
    /// item about a person opens.
    static func opensWithAbbreviation(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = text.startIndex
        while index < text.endIndex, !text[index].isASCIILetter { index += 1 }
        guard index < text.endIndex, text[index].isASCIIUppercase else { return false }
        index += 1
        var small = 0
        while index < text.endIndex, text[index].isASCIILowercase {
            small += 1
            index += 1
        }
        return small <= 3 && index < text.endIndex && text[index] == "."
    }

    /// The line opens with two capitalised words ("Ed Buschke", "County Clerk Howell").
    static func opensWithTwoCapitals(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var capitals = 0
        var atWord = true
        for scalar in text {
            if scalar == " " {
                atWord = true
                continue
            }
            if atWord {
                guard scalar.isASCIIUppercase else { return false }
                capitals += 1
                if capitals == 2 { return true }
                atWord = false
            }
        }
        return false
    }

    /// Calls `body` with a hash of each name in the line: a capitalised word of three letters
    /// or more, in small letters after its capital, that does not open a sentence.
    static func forEachName(
        _ text: ArraySlice<Unicode.Scalar>, afterSentence: Bool, _ body: (UInt64) -> Void
    ) {
        var sentenceStart = afterSentence
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index] == " " { index += 1 }
            let wordStart = index
            while index < text.endIndex, text[index] != " " { index += 1 }
            guard wordStart < index else { break }
            let word = text[wordStart..<index]
            var letters = word.drop { !$0.isASCIILetter }
            while let last = letters.last, !last.isASCIILetter { letters = letters.dropLast() }
            let final = word.last(where: { $0 != "\"" && $0 != "'" && $0 != ")" })
            // A title ("Mrs.", "Col.") is a capital and at most three small letters closed by
            // a period: it names nobody, and shared by two items it is no continuity.
            let abbreviation = final == "." && letters.count <= 4
            if !sentenceStart, !abbreviation, letters.count >= 3, let first = letters.first,
                first.isASCIIUppercase, letters.dropFirst().allSatisfy(\.isASCIILowercase)
            {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for scalar in letters { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
                body(hash)
            }
            // An initial ("W.") or a title ("Mrs.") ends with a period but no sentence.
            sentenceStart = (final == "." && !abbreviation) || final == "!" || final == "?"
        }
    }

    private static func cosine(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.count < b.count ? a.filter(b.contains).count : b.filter(a.contains).count
        return Double(shared) / (Double(a.count) * Double(b.count)).squareRoot()
    }
}

private func flag(_ value: Bool) -> Double { value ? 1 : 0 }
