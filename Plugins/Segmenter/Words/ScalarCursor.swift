/// The text being tokenized, with the class of each scalar at hand; the scanners for numbers,
/// Latin words and addresses read through it.
struct ScalarCursor {
    let text: UnsafeBufferPointer<UInt32>
    /// Scanning never passes this offset (the end of the range being tokenized).
    let end: Int
    let table: ScalarClassTable

    @inline(__always)
    func scalarClass(at index: Int) -> ScalarClass {
        table.classify(text[index])
    }

    /// The class at `index`, or nil past the end.
    @inline(__always)
    func classIfAny(at index: Int) -> ScalarClass? {
        index < end ? table.classify(text[index]) : nil
    }

    @inline(__always)
    func scalar(at index: Int) -> UInt32? {
        index < end ? text[index] : nil
    }

    @inline(__always)
    func isDigit(at index: Int) -> Bool { classIfAny(at: index) == .digit }

    @inline(__always)
    func isAlphanumeric(at index: Int) -> Bool {
        guard let found = classIfAny(at: index) else { return false }
        return found == .letter || found == .digit || found == .mark
    }

    /// The end of the run of digits from `index`.
    func digitsEnd(from index: Int) -> Int {
        var index = index
        while index < end && scalarClass(at: index) == .digit { index += 1 }
        return index
    }

    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
            || (0x61...0x7A).contains(value)
    }

    /// The end of a run of letters of one script the lexicon does not cover (kana, Hangul,
    /// Thai ...), with their combining marks.
    func otherScriptEnd(from index: Int) -> Int {
        let script = Self.scriptKey(text[index])
        var position = index + 1
        while let next = classIfAny(at: position),
            next == .mark || (next == .otherLetter && Self.scriptKey(text[position]) == script)
        {
            position += 1
        }
        return position
    }

    /// A rough script of a letter: hiragana, katakana and Hangul by their blocks, anything
    /// else by its 256-scalar page.
    static func scriptKey(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x3040..<0x30A0: 0x10_0001
        case 0x30A0..<0x3100, 0x31F0..<0x3200, 0xFF66..<0xFFA0: 0x10_0002
        case 0xAC00..<0xD7B0, 0x1100..<0x1200, 0x3130..<0x3190: 0x10_0003
        default: value >> 8
        }
    }
}
