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
            "tokens", type: "boolean", default: "false",
            help: "list each article's word tokens in the JSON result"),
        OptionField(
            "user_dictionary", type: "path", default: "none",
            help: "extra words, one `word [frequency] [tag]` a line (relative to pipeline.yaml)"),
    ]

    public func validate(in context: ProcessorContext) -> [OptionError] {
        context.checkReadable(userDictionary, option: "user_dictionary")
    }
}
