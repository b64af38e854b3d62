/// What an option's Swift type cannot say about it, declared beside the options type: the
/// help, the bounds of a number, that a string names a file.
///
/// Its type, default and allowed values are not written here: `OptionCatalog` reads them from
/// the options type (its decoding and its default instance), so they cannot drift from it.
public struct OptionField: Sendable, Hashable {
    /// The key in `pipeline.yaml` (snake_case); `watch.settle_ms` for a key in a section.
    public var name: String
    /// The smallest and largest value a number may take; `check` enforces them.
    public var bounds: OptionBounds?
    /// Whether a string option names a file or folder (relative to `pipeline.yaml`).
    public var isPath: Bool
    /// For a default the program works out where it runs (the number of cores): how the
    /// documentation says it, since the value in the type is this machine's.
    public var computedDefault: String?
    /// For a free-form option (a YAML node that other code reads): what it holds.
    public var holds: String?
    public var help: String

    public init(
        _ name: String, bounds: OptionBounds? = nil, isPath: Bool = false,
        computedDefault: String? = nil, holds: String? = nil, help: String
    ) {
        self.name = name
        self.bounds = bounds
        self.isPath = isPath
        self.computedDefault = computedDefault
        self.holds = holds
        self.help = help
    }
}

/// The values a numeric option may take: `check` reports a value outside them at its line
/// and column, and the documentation shows them. A bounded number must also be finite.
public struct OptionBounds: Sendable, Hashable, CustomStringConvertible {
    public var minimum: Double?
    public var maximum: Double?

    public init(minimum: Double?, maximum: Double?) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// `minimum` or more.
    public static func atLeast(_ minimum: Double) -> OptionBounds {
        OptionBounds(minimum: minimum, maximum: nil)
    }

    /// From the range's lower to its upper bound, both included.
    public static func within(_ range: ClosedRange<Double>) -> OptionBounds {
        OptionBounds(minimum: range.lowerBound, maximum: range.upperBound)
    }

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let minimum, value < minimum { return false }
        if let maximum, value > maximum { return false }
        return true
    }

    /// `1 to 100`, `0 or more`, `at most 5`.
    public var description: String {
        switch (minimum, maximum) {
        case (let low?, let high?): "\(Self.text(low)) to \(Self.text(high))"
        case (let low?, nil): "\(Self.text(low)) or more"
        case (nil, let high?): "at most \(Self.text(high))"
        case (nil, nil): "any finite number"
        }
    }

    /// A bound as written in `pipeline.yaml`: `1`, not `1.0`.
    static func text(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
