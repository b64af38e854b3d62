import YAMLTree

extension ProcessorOptions {
    /// The options as written under a processor's name in `pipeline.yaml` (YAML text), every
    /// key left out at its default: the decoding the configuration loader does, for tests and
    /// tools. Throws every problem of types and allowed values, each at its line and column.
    public init(yaml text: String) throws(YAMLErrors) {
        var errors: [YAMLError] = []
        let root = YAMLParser.parse(text, errors: &errors)
        guard let root, errors.isEmpty else { throw YAMLErrors(errors) }
        let defaults = Self()
        self =
            YAMLNodeDecoder().decode(
                Self.self, from: root, defaults: YAMLNodeDecoder.node(encoding: defaults),
                errors: &errors) ?? defaults
        guard errors.isEmpty else { throw YAMLErrors(errors) }
    }
}
