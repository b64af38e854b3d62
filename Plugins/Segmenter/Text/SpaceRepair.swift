/// Repairs the white space that text extraction leaves in Chinese lines.
///
/// Extraction puts a space before runs of digits or Latin letters (`共有 300多名`) and
/// letter-spaces short names; column cuts split words. Spaces between two Latin or digit
/// runs are real (`Hong Kong`, `100 200`) and stay, as one space.
enum SpaceRepair {
    enum Mode {
        /// Body text: a space stays only between two Latin or digit runs.
        case body
        /// Headlines: spaces between Chinese phrases are real (`重研发 助发展`) and stay;
        /// only a space between Chinese and a digit or Latin run goes.
        case headline
    }

    /// The scalars with white-space runs collapsed and dropped as `mode` says, and no white
    /// space at either end.
    static func normalize(_ scalars: ArraySlice<Unicode.Scalar>, mode: Mode) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isSpaceLike {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace, let left = result.last, keepsSpace(left, scalar, mode: mode) {
                result.append(" ")
            }
            pendingSpace = false
            result.append(scalar)
        }
        return result
    }

    static func keepsSpace(_ left: Unicode.Scalar, _ right: Unicode.Scalar, mode: Mode) -> Bool {
        // ASCII punctuation ends an English word as well (`year, development`).
        let leftLatin =
            left.isLatinOrDigit || left == "," || left == "." || left == ";" || left == ":"
            || left == "!" || left == "?" || left == ")" || left == "%" || left == "\""
        let rightLatin = right.isLatinOrDigit
        switch mode {
        case .body: return leftLatin && rightLatin
        case .headline: return leftLatin == rightLatin
        }
    }

    /// Lines of a Chinese paragraph joined into one: column cuts fall inside words, so lines
    /// join without a space, except between two Latin or digit runs that a space separated
    /// and between English words (a line of English breaks at a space).
    static func joinColumnLines(_ lines: [ArraySlice<Unicode.Scalar>]) -> [Unicode.Scalar] {
        var joined: [Unicode.Scalar] = []
        var previousEndedWithSpace = false
        for line in lines {
            let startsWithSpace = line.first?.isSpaceLike ?? false
            let body = normalize(line, mode: .body)
            guard let first = body.first else { continue }
            if let last = joined.last {
                if previousEndedWithSpace || startsWithSpace {
                    if keepsSpace(last, first, mode: .body) { joined.append(" ") }
                } else if last == "-", first.isASCIILowercase, joined.count >= 2,
                    joined[joined.count - 2].isLatinLetter
                {
                    joined.removeLast()  // `develop-` / `ment`
                } else if first.isLatinLetter, endsEnglishWord(last) {
                    joined.append(" ")
                }
            }
            joined.append(contentsOf: body)
            previousEndedWithSpace = line.last?.isSpaceLike ?? false
        }
        return joined
    }

    private static func endsEnglishWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLatinLetter || scalar == "," || scalar == "." || scalar == ";" || scalar == ":"
            || scalar == "!" || scalar == "?"
    }

    /// Lines of an English paragraph joined into one: a line break is a space, and a word
    /// hyphenated at a line end (`develop-` / `ment`) is joined again, unless `hyphenation`
    /// says the hyphen is real (`self-` / `respect`); a line-end hyphen before a capital or a
    /// digit always stays (`Anglo-` / `American`).
    static func joinEnglishLines(
        _ lines: [ArraySlice<Unicode.Scalar>],
        hyphenation: EnglishHyphenation = EnglishHyphenation()
    ) -> [Unicode.Scalar] {
        var joined: [Unicode.Scalar] = []
        for line in lines {
            let trimmed = Array(line).trimmingSpaces()
            guard let first = trimmed.first else { continue }
            if let last = joined.last {
                let hyphenated =
                    last == "-" && joined.count >= 2 && joined[joined.count - 2].isLatinLetter
                    && first.isASCIILowercase
                if hyphenated {
                    var start = joined.count - 1
                    while start > 0, joined[start - 1].isLatinLetter { start -= 1 }
                    let left = joined[start..<(joined.count - 1)]
                    let right = trimmed.prefix { $0.isLatinLetter }
                    if !hyphenation.keepsHyphen(left, right) { joined.removeLast() }
                } else if last == "-", joined.count >= 2, joined[joined.count - 2].isLatinLetter,
                    first.isLatinLetter
                {
                    // `Anglo-` / `American`: a compound before a capital, kept whole.
                } else {
                    joined.append(" ")
                }
            }
            for scalar in trimmed {
                if scalar.isSpaceLike {
                    if joined.last != " " { joined.append(" ") }
                } else {
                    joined.append(scalar)
                }
            }
        }
        return joined
    }
}
