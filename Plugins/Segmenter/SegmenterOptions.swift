import PresswatchCore

/// The segmenter's options in `pipeline.yaml`.
public struct SegmenterOptions: ProcessorOptions {
    /// Whether the result lists every article's tokens. Later processors always get them.
    public var tokens = false
    /// Extra words, one `word [frequency] [tag]` a line; relative to `pipeline.yaml`.
    public var userDictionary: String?

    public init() {}

    public static let fields = [
        OptionField(
            "tokens",
            help: "list each article's tokens in the JSON (later processors always get them)"),
        OptionField(
            "user_dictionary", isPath: true,
            help: "extra words, one `word [frequency] [tag]` a line, relative to `pipeline.yaml`"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        context.checkReadable(userDictionary, option: "user_dictionary")
    }
}
