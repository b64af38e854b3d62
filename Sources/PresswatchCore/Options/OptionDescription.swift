/// One option as `presswatch processors` and the README show it. Everything but the help and
/// the bounds is read from the options type (`OptionCatalog`).
public struct OptionDescription: Sendable, Hashable {
    /// The key in `pipeline.yaml` (snake_case; `watch.settle_ms` in a section).
    public var name: String
    /// The type as a user reads it: `integer`, `number`, `boolean`, `string`, `path`,
    /// `list of strings`.
    public var type: String
    /// The default as written in `pipeline.yaml` (`10`, `[json, markdown]`), `none` when the
    /// option has no value unless given, or the declared words for a computed default.
    public var defaultValue: String
    /// Whether `defaultValue` is words (`number of cores`, `none`), not YAML.
    public var defaultIsWords: Bool
    /// The values an enum option (or each item of a list of them) may take.
    public var allowedValues: [String]
    public var bounds: OptionBounds?
    public var help: String

    /// What the option accepts beyond its type, in words: `auto, tfidf, textrank`,
    /// `1 to 100`; empty when any value of the type is fine.
    public var allowed: String {
        if !allowedValues.isEmpty { return allowedValues.joined(separator: ", ") }
        return bounds?.description ?? ""
    }

    /// One line of `presswatch processors`: `top  integer (1 to 100), default 10: help`.
    public func listingLine(nameWidth: Int) -> String {
        let padded = name.padding(toLength: max(nameWidth, name.count), withPad: " ", startingAt: 0)
        let accepts = allowed.isEmpty ? type : "\(type) (\(allowed))"
        return "\(padded)  \(accepts), default \(defaultValue): \(help)"
    }
}
