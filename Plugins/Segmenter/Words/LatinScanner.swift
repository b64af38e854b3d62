/// Latin words stay whole with inner apostrophes, hyphens, dots and ampersands (`Navy's`,
/// `AK-47`, `U.S.`, `AT&T`), and so do web addresses and e-mail addresses.
extension ScalarCursor {
    /// Inside a Latin word when a letter or digit follows: ' ’ - ‐ . & _
    @inline(__always)
    static func isWordJoiner(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0x2019, 0x2D, 0x2010, 0x2E, 0x26, 0x5F: true
        default: false
        }
    }

    /// The end of the Latin word starting at `index`.
    func latinEnd(from index: Int) -> Int {
        var position = index
        var segmentStart = index
        var hasDot = false
        while true {
            while isAlphanumeric(at: position) { position += 1 }
            guard let next = scalar(at: position), Self.isWordJoiner(next),
                isAlphanumeric(at: position + 1)
            else { break }
            hasDot = hasDot || next == 0x2E
            position += 1
            segmentStart = position
        }
        // An abbreviation of single letters keeps its final dot: U.S., e.g.
        if hasDot, position - segmentStart == 1, scalar(at: position) == 0x2E {
            return position + 1
        }
        // C++, C#, F#: a one- or two-letter name with its signs.
        if position - index <= 2, let next = scalar(at: position) {
            if next == 0x23 { return position + 1 }
            if next == 0x2B, scalar(at: position + 1) == 0x2B { return position + 2 }
        }
        return position
    }

    /// The end of a web address starting at `index` (`http://`, `https://`, `ftp://`, `www.`),
    /// or nil. It runs to white space or a non-ASCII scalar, without trailing punctuation.
    func urlEnd(from index: Int) -> Int? {
        guard
            hasPrefix("http://", at: index) || hasPrefix("https://", at: index)
                || hasPrefix("ftp://", at: index) || hasPrefix("www.", at: index)
        else { return nil }
        var position = index
        var opened = 0
        while let next = scalar(at: position), next > 0x20, next < 0x7F,
            next != 0x22, next != 0x3C, next != 0x3E
        {
            if next == 0x28 { opened += 1 }
            position += 1
        }
        while position > index, let last = scalar(at: position - 1) {
            let isTrailing: Bool
            switch last {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27: isTrailing = true
            case 0x29: isTrailing = opened == 0
            default: isTrailing = false
            }
            guard isTrailing else { break }
            position -= 1
        }
        return position
    }

    /// The end of an e-mail address starting at `index`, or nil: `local@domain.tld`.
    func emailEnd(from index: Int) -> Int? {
        var position = index
        while let next = scalar(at: position), Self.isEmailLocal(next) { position += 1 }
        guard position > index, scalar(at: position) == 0x40 else { return nil }
        position += 1
        var labels = 0
        var lastLabelStart = position
        var lastLabelIsAlphabetic = true
        while true {
            let labelStart = position
            var alphabetic = true
            while let next = scalar(at: position),
                Self.isASCIIAlphanumeric(next) || next == 0x2D
            {
                if !((0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)) {
                    alphabetic = false
                }
                position += 1
            }
            guard position > labelStart else { return nil }
            labels += 1
            lastLabelStart = labelStart
            lastLabelIsAlphabetic = alphabetic
            guard scalar(at: position) == 0x2E, let after = scalar(at: position + 1),
                Self.isASCIIAlphanumeric(after)
            else { break }
            position += 1
        }
        guard labels >= 2, lastLabelIsAlphabetic, position - lastLabelStart >= 2 else {
            return nil
        }
        return position
    }

    private static func isEmailLocal(_ value: UInt32) -> Bool {
        isASCIIAlphanumeric(value) || value == 0x2E || value == 0x5F || value == 0x25
            || value == 0x2B || value == 0x2D
    }

    /// Whether the text at `index` starts with `prefix`, ignoring ASCII case.
    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= end else { return false }
        return prefix.withUTF8Buffer { bytes in
            for offset in 0..<count {
                var value = text[index + offset]
                if (0x41...0x5A).contains(value) { value += 0x20 }
                if value != UInt32(bytes[offset]) { return false }
            }
            return true
        }
    }
}
