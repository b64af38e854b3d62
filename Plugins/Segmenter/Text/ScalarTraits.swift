import PresswatchCore

/// Character classes the layout and sentence code ask about, decided on Unicode scalars by
/// code-point ranges (no `Character`, no Foundation), so they are cheap in hot loops.
extension Unicode.Scalar {
    /// A Han ideograph (CJK unified ideographs, extensions and compatibility forms).
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Any wide East Asian scalar: Han, kana, hangul, CJK punctuation, full-width forms.
    var isWideEastAsian: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default: return false
        }
    }

    /// How many cells the scalar takes on a printed line: 2 for wide East Asian forms, 1
    /// otherwise (ambiguous-width marks such as “ ” — ■ count as 1, as extraction tools do).
    var cellWidth: Int { isWideEastAsian ? 2 : 1 }

    /// White space, including the ideographic space U+3000 and the no-break space, but not
    /// the line end `\n`: the core's White_Space ranges (the property table lookup showed as
    /// 6% of a page's instructions when asked of every Han scalar) less U+000A.
    var isSpaceLike: Bool { value != 0x0A && isWhiteSpace }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isFullWidthDigit: Bool { value >= 0xFF10 && value <= 0xFF19 }
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    var isASCIIUppercase: Bool { value >= 0x41 && value <= 0x5A }
    var isASCIILowercase: Bool { value >= 0x61 && value <= 0x7A }

    /// A letter of a Latin-script word: ASCII letters and the Latin-1/Extended letters.
    var isLatinLetter: Bool {
        if isASCIILetter { return true }
        switch value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// Part of a "Latin run" (a word, a number, a code like V1.0) that keeps its spaces to
    /// a neighbouring run.
    var isLatinOrDigit: Bool { isLatinLetter || isASCIIDigit }

    /// Ends a sentence: 。！？ and their ASCII forms, the ellipsis, the full-width stop.
    var isSentenceFinal: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// A closing quote or bracket that stays with the sentence before it.
    var isClosingMark: Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x3011, 0x300B, 0x3009, 0x22, 0x27,
            0xFF02, 0x5D, 0xFF3D, 0x3015, 0x3017:
            return true
        default: return false
        }
    }

    /// Punctuation inside a sentence that no headline carries: ， 。 ；
    var isClausePunctuation: Bool {
        value == 0xFF0C || value == 0x3002 || value == 0xFF1B
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars without white space at either end.
    func trimmingSpaces() -> ArraySlice<Unicode.Scalar> {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isSpaceLike { start += 1 }
        while end > start, self[end - 1].isSpaceLike { end -= 1 }
        return self[start..<end]
    }

    /// Whether the scalars begin with the scalars of `prefix`.
    func hasScalarPrefix(_ prefix: String) -> Bool {
        var index = startIndex
        for scalar in prefix.unicodeScalars {
            guard index < endIndex, self[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// Whether the scalars contain the scalars of `needle` anywhere.
    func containsScalars(_ needle: String) -> Bool {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= count else { return pattern.isEmpty }
        for start in 0...(count - pattern.count)
        where self[start] == pattern[0] && Array(self[start..<start + pattern.count]) == pattern {
            return true
        }
        return false
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }
}

enum ScalarText {
    /// Total cell width of a line's scalars without its outer white space.
    static func cellWidth(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var width = 0
        for scalar in scalars { width += scalar.cellWidth }
        return width
    }

    /// Whether the text ends a sentence: its last scalar, after closing quotes and
    /// brackets, is 。！？ or an ellipsis.
    static func endsSentence(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = scalars.endIndex
        while index > scalars.startIndex, scalars[index - 1].isSpaceLike { index -= 1 }
        while index > scalars.startIndex, scalars[index - 1].isClosingMark { index -= 1 }
        guard index > scalars.startIndex else { return false }
        let last = scalars[index - 1]
        if last.value == 0x2E {  // '.', only when it is not a decimal point or an initial
            return index >= scalars.startIndex + 2 && !scalars[index - 2].isASCIIDigit
        }
        return last.isSentenceFinal
    }
}
