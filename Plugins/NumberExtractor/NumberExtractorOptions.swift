import PresswatchCore

/// The number extractor's options in `pipeline.yaml`.
public struct NumberExtractorOptions: ProcessorOptions {
    /// The kinds to report; the others are still read (so `3至5亿元` is not half a range) but
    /// left out of the result.
    public var kinds = QuantityKind.allCases
    /// Whether English numbers in words (`three hundred`), English units and month-name
    /// dates are read; Arabic figures in English text are read either way.
    public var english = true
    /// Whether a numeral inside a short quoted name (“一号工程”, “最多跑一次”) is skipped.
    public var skipQuotedNames = true
    /// The most rows of the Markdown table of figures per article; 0 leaves the table out.
    public var markdownRows = 50

    public init() {}

    public static let fields = [
        OptionField("kinds", help: "the kinds of quantity to report"),
        OptionField(
            "english", help: "read English number words, units and month-name dates"),
        OptionField(
            "skip_quoted_names", help: "skip numerals inside short quoted names such as “一号工程”"),
        OptionField(
            "markdown_rows", bounds: .atLeast(0),
            help: "rows of the Figures table per article in the Markdown report (0: no table)"),
    ]
}
