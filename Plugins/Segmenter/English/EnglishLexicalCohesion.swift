/// How much the text after each line boundary of a page shares its vocabulary with the text
/// before it (TextTiling, Hearst 1997). A crosshead inside a story sits between lines about
/// the same things; a new story, headed or not, starts where the words change. Layout alone
/// cannot tell the two apart: both are a short line between paragraphs.
struct EnglishLexicalCohesion {
    /// Lines on each side of a boundary that are compared.
    static let span = 6

    /// `similarity[i]`: the cosine similarity of the content words of the `span` lines before
    /// line `i` and the `span` lines from line `i` on; 0 where either side has none.
    let similarity: [Double]

    /// - Parameters:
    ///   - lines: the page's non-blank lines, without white space at either end (a
    ///     collection, so that they can come trimmed one at a time, not as an array of them all).
    ///   - span: the lines on each side of a boundary that are compared.
    init<Lines: Collection>(_ lines: Lines, span: Int = span)
    where Lines.Element == ArraySlice<Unicode.Scalar> {
        // Each distinct word gets a small number, so that the two windows are count arrays;
        // the page's words sit in one buffer, line after line (`ends[line]` closes a line's).
        var numbers: [UInt64: Int] = [:]
        var flat: [Int] = []
        var ends: [Int] = []
        ends.reserveCapacity(lines.count)
        for line in lines {
            Self.forEachContentWord(line) { word in
                if let number = numbers[word] {
                    flat.append(number)
                } else {
                    numbers[word] = numbers.count
                    flat.append(numbers.count - 1)
                }
            }
            ends.append(flat.count)
        }
        func words(_ line: Int) -> ArraySlice<Int> {
            flat[(line == 0 ? 0 : ends[line - 1])..<ends[line]]
        }
        // The windows slide one line at a time, their dot product and squared norms kept up
        // to date word by word: the whole page costs a few operations per word.
        var before = [Int](repeating: 0, count: numbers.count)
        var after = [Int](repeating: 0, count: numbers.count)
        var dot = 0
        var normBefore = 0
        var normAfter = 0
        func addAfter(_ line: Int) {
            for word in words(line) {
                dot += before[word]
                normAfter += 2 * after[word] + 1
                after[word] += 1
            }
        }
        for line in 0..<min(span, lines.count) { addAfter(line) }
        var similarity = [Double](repeating: 0, count: lines.count)
        for index in 0..<lines.count {
            if dot > 0 {
                similarity[index] =
                    Double(dot) / (Double(normBefore) * Double(normAfter)).squareRoot()
            }
            // The boundary moves below line `index`: that line leaves the window below for the
            // one above, the oldest line above drops out, and a new line joins below.
            for word in words(index) {
                after[word] -= 1
                normAfter -= 2 * after[word] + 1
                dot -= before[word]
                dot += after[word]
                normBefore += 2 * before[word] + 1
                before[word] += 1
            }
            if index - span >= 0 {
                for word in words(index - span) {
                    before[word] -= 1
                    normBefore -= 2 * before[word] + 1
                    dot -= after[word]
                }
            }
            if index + span < lines.count { addAfter(index + span) }
        }
        self.similarity = similarity
    }

    /// The boundary before line `index` against the boundaries around it: how far it dips
    /// below the higher of its neighbours `reach` lines away (TextTiling's depth score).
    func depth(_ index: Int, reach: Int = 3) -> Double {
        let here = similarity[index]
        let left = similarity[max(index - reach, 0)...index].max() ?? here
        let right = similarity[index..<min(index + reach + 1, similarity.count)].max() ?? here
        return (left - here + right - here) / 2
    }

    /// Calls `body` with each of the line's words of four letters or more that are not
    /// common words, lower-cased, a final "s" dropped, as a 64-bit FNV-1a hash (no strings
    /// are built).
    static func forEachContentWord(
        _ line: ArraySlice<Unicode.Scalar>, _ body: (UInt64) -> Void
    ) {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var hash = basis
        var letters = 0
        var packed: UInt64 = 0
        var last: UInt32 = 0
        func end() {
            defer {
                hash = basis
                letters = 0
                packed = 0
            }
            guard letters >= 4 else { return }
            if letters <= 5, packed != 0, EnglishWords.function.contains(packed) { return }
            // A plural and its singular count as one word: the plural's hash leaves out its
            // final "s", the singular's takes in every letter.
            body(last == 0x73 && letters > 4 ? hash : (hash ^ UInt64(last)) &* prime)
        }
        for scalar in line {
            if scalar.isASCIILetter {
                letters += 1
                packed = EnglishWords.pack(packed, scalar, count: letters)
                // The hash of all letters but the last, so that the last can be left out.
                if letters > 1 { hash = (hash ^ UInt64(last)) &* prime }
                last = scalar.value | 0x20
            } else if scalar == "-" && letters > 0 {
                continue  // a word broken at the line end, or hyphenated: still one word
            } else {
                end()
            }
        }
        end()
    }
}
