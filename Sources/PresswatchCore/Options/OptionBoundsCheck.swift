import YAMLTree

/// Enforces the declared bounds of numeric options on what the user wrote, at its line and
/// column. Types and allowed values are the decoder's: a value that is not a number was
/// reported there and is skipped here.
enum OptionBoundsCheck {
    /// `node` is what the user wrote for these options (a processor's mapping, or the whole
    /// file); `prefix` goes before each name in messages (`keyword_tagger.`).
    static func problems(_ options: [OptionDescription], in node: YAMLNode?, prefix: String)
        -> [YAMLError]
    {
        guard let node else { return [] }
        return options.compactMap { option in
            guard let bounds = option.bounds,
                let value = node.node(at: option.name.split(separator: ".").map(String.init)),
                let number = value.numberValue, !bounds.contains(number),
                // `2.5` for an integer: the decoder has said so already.
                option.type != "integer" || !number.isFinite || number.rounded() == number
            else { return nil }
            let found = value.scalarText ?? ""
            return YAMLError(
                "\(prefix)\(option.name): must be \(bounds), found \(found)", at: value.mark)
        }
    }
}
