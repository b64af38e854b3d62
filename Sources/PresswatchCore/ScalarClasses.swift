extension Unicode.Scalar {
    /// Unicode's White_Space property, written out as ranges. `properties.isWhitespace` looks
    /// the scalar up in the property tables, which costs more than the rest of a scan over
    /// Chinese text; the set is small and stable.
    public var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            true
        default: false
        }
    }

    /// A letter or a digit of any script. ASCII and the CJK ideographs, nearly everything in
    /// a Chinese page, are answered without the property tables.
    public var isLetterOrDigit: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0...0x7F: return false
        default:
            let properties = properties
            return properties.isAlphabetic || properties.numericType != nil
        }
    }
}
