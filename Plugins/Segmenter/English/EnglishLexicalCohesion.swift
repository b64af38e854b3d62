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

    /// - Parameter lines: the page's non-blank lines, without white space at either end.
    init(_ lines: [ArraySlice<Unicode.Scalar>]) {
        let words = lines.map(Self.contentWords)
        var similarity = [Double](repeating: 0, count: lines.count)
        // Cost: per boundary, the words of 2 × span lines; linear in the page.
        var before: [UInt64: Int] = [:]
        var after: [UInt64: Int] = [:]
        for index in lines.indices {
            before.removeAll(keepingCapacity: true)
            after.removeAll(keepingCapacity: true)
            for line in max(index - Self.span, 0)..<index {
                for word in words[line] { before[word, default: 0] += 1 }
            }
            for line in index..<min(index + Self.span, lines.count) {
                for word in words[line] { after[word, default: 0] += 1 }
            }
            similarity[index] = Self.cosine(before, after)
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

    private static func cosine(_ a: [UInt64: Int], _ b: [UInt64: Int]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var dot = 0
        for (word, count) in a { dot += count * (b[word] ?? 0) }
        guard dot > 0 else { return 0 }
        let normA = a.values.reduce(0) { $0 + $1 * $1 }
        let normB = b.values.reduce(0) { $0 + $1 * $1 }
        return Double(dot) / (Double(normA) * Double(normB)).squareRoot()
    }

    /// The line's words of four letters or more that are not common words, lower-cased,
    /// a final "s" dropped, each as a 64-bit FNV-1a hash (no strings are built).
    static func contentWords(_ line: ArraySlice<Unicode.Scalar>) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var letters = 0
        var packed: UInt64 = 0
        var last: UInt32 = 0
        func end() {
            defer {
                hash = 0xcbf2_9ce4_8422_2325
                letters = 0
                packed = 0
            }
            guard letters >= 4 else { return }
            if letters <= 5, packed != 0, EnglishWords.function.contains(packed) { return }
            // A plural and its singular count as one word: the plural's hash leaves out its
            // final "s", the singular's takes in every letter.
            words.append(
                last == 0x73 && letters > 4 ? hash : (hash ^ UInt64(last)) &* 0x100_0000_01b3)
        }
        for scalar in line {
            if scalar.isASCIILetter {
                let lower = scalar.value | 0x20
                letters += 1
                packed = EnglishWords.pack(packed, scalar, count: letters)
                // The hash of all letters but the last, so that the last can be left out.
                if letters > 1 { hash = (hash ^ UInt64(last)) &* 0x100_0000_01b3 }
                last = lower
            } else if scalar == "-" && letters > 0 {
                continue  // a word broken at the line end, or hyphenated: still one word
            } else {
                end()
            }
        }
        end()
        return words
    }
}
