/// A set of scalars of the Basic Multilingual Plane as a bitmap: one shift and one mask per
/// test, where a `switch` over dozens of characters or a hashed `Set` costs tens of
/// instructions. Used on every scalar of an article, so it matters.
struct ScalarSet: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// The scalars of the strings; scalars beyond the BMP are left out (none is needed).
    init(_ strings: String...) {
        for string in strings {
            for scalar in string.unicodeScalars where scalar.value < 0x10000 {
                words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
            }
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return false }
        return words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
}
