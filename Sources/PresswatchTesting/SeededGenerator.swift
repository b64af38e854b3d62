/// SplitMix64: a small seeded generator, so that every random case can be made again from
/// its seed (a failure names the seed; running it again gives the same input).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number whose count of digits is itself uniform in 1...maxDigits, so small
    /// and large numbers are drawn alike.
    public mutating func spread(maxDigits: Int) -> UInt64 {
        let digits = Int.random(in: 1...maxDigits, using: &self)
        let low: UInt64 = digits == 1 ? 0 : Self.power10(digits - 1)
        return UInt64.random(in: low...(Self.power10(digits) - 1), using: &self)
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// One of the items, each as likely.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }

    private static func power10(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
