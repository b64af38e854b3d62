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
}
