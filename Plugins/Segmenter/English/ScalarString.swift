/// Scalars into a `String` through their UTF-8 bytes: several times faster than appending
/// them to a `String.UnicodeScalarView` one by one, which showed in the English page reader's
/// profile (it builds a string for every paragraph of a page).
enum ScalarString {
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
