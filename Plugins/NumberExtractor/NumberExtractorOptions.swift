import PresswatchCore

/// The number extractor's options in `pipeline.yaml`.
public struct NumberExtractorOptions: ProcessorOptions {
    /// The kinds to report; the others are still read (so `3至5亿元` is not half a range) but
    /// left out of the result.
    public var kinds: [String] = QuantityKind.allCases.map(\.rawValue)
    /// Whether English numbers in words (`three hundred`), English units and month-name
    /// dates are read; Arabic figures in English text are read either way.
    public var english = true
    /// Whether a numeral inside a short quoted name (“一号工程”, “最多跑一次”) is skipped.
    public var skipQuotedNames = true
    /// The most rows of the Markdown table of figures per article; 0 leaves the table out.
    public var markdownRows = 50

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self()
        kinds = try container.decodeIfPresent([String].self, forKey: .kinds) ?? defaults.kinds
        english = try container.decodeIfPresent(Bool.self, forKey: .english) ?? defaults.english
        skipQuotedNames =
            try container.decodeIfPresent(Bool.self, forKey: .skipQuotedNames)
            ?? defaults.skipQuotedNames
        markdownRows =
            try container.decodeIfPresent(Int.self, forKey: .markdownRows) ?? defaults.markdownRows
    }

    public static let fields = [
        OptionField(
            "kinds", type: "list of kinds", default: "all nine",
            help: "the kinds of quantity to report: "
                + QuantityKind.allCases.map(\.rawValue).joined(separator: ", ")),
        OptionField(
            "english", type: "boolean", default: "true",
            help: "read English number words, units and month-name dates"),
        OptionField(
            "skip_quoted_names", type: "boolean", default: "true",
            help: "skip numerals inside short quoted names such as “一号工程”"),
        OptionField(
            "markdown_rows", type: "integer", default: "50",
            help: "rows of the figures table per article in the Markdown report (0: no table)"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        var errors: [OptionError] = []
        let known = Set(QuantityKind.allCases.map(\.rawValue))
        for kind in kinds where !known.contains(kind) {
            errors.append(
                OptionError(
                    option: "kinds",
                    message: "unknown kind '\(kind)'; the kinds are "
                        + QuantityKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if markdownRows < 0 {
            errors.append(
                OptionError(
                    option: "markdown_rows", message: "must be 0 or more, not \(markdownRows)"))
        }
        return errors
    }

    /// The kinds as a set, unknown names dropped (validation reports them).
    var reportedKinds: Set<QuantityKind> { Set(kinds.compactMap(QuantityKind.init(rawValue:))) }
}
