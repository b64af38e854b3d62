import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct ScalarClassesTests {
    /// The fast answers agree with the Unicode property tables on every scalar of the
    /// planes a newspaper page uses.
    @Test func theFastClassesAgreeWithTheUnicodeProperties() {
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(scalar.isWhiteSpace == properties.isWhitespace, "U+\(String(value, radix: 16))")
            let letterOrDigit = properties.isAlphabetic || properties.numericType != nil
            #expect(scalar.isLetterOrDigit == letterOrDigit, "U+\(String(value, radix: 16))")
        }
    }
}
