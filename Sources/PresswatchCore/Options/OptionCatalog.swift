import YAMLTree

/// The options of one options type, described from the type itself: the keys and their types
/// as the decoder reads them (`ValueShape`), the defaults from its default instance, the
/// allowed values from its enums; only the help and the bounds come from its `fields`.
///
/// `problems` says where the fields and the type disagree, so a test can hold them together.
public struct OptionCatalog: Sendable {
    public let options: [OptionDescription]
    /// Where the fields and the type disagree: an undocumented option, a field the type does
    /// not read, bounds on something that is not a number, a default outside its bounds.
    public let problems: [String]

    /// `owner` names the options in problems (`keyword_tagger`, `pipeline.yaml`).
    public init<T: Codable>(_ type: T.Type, defaults: T, fields: [OptionField], owner: String) {
        guard let shape = ValueShape.of(T.self), case .mapping(let keys) = shape else {
            options = []
            problems = ["\(owner): the options type \(T.self) is not read as a mapping"]
            return
        }
        let defaultsNode = YAMLNodeDecoder.node(encoding: defaults)
        var options: [OptionDescription] = []
        var undocumented: [String] = []
        var mismatches: [String] = []
        for (name, leaf) in Self.leaves(keys, prefix: "") {
            let field = fields.first { $0.name == name }
            if field == nil { undocumented.append(name) }
            let path = name.split(separator: ".").map(String.init)
            let option = Self.describe(
                name, shape: leaf.shape, field: field, default: defaultsNode?.node(at: path))
            mismatches += Self.mismatches(option, shape: leaf.shape, field: field).map {
                "\(owner): \($0)"
            }
            options.append(option)
        }
        let read = Set(options.map(\.name))
        let unread = fields.map(\.name).filter { !read.contains($0) }
        self.options = options
        self.problems =
            undocumented.sorted().map { "\(owner): option '\($0)' is missing from fields" }
            + unread.sorted().map { "\(owner): field '\($0)' is not an option of \(owner)" }
            + mismatches
    }

    /// The documented keys: a section with keys of its own (`watch`) is documented key by key
    /// (`watch.settle_ms`), anything else as one option.
    private static func leaves(_ keys: [ShapeField], prefix: String) -> [(String, ShapeField)] {
        keys.flatMap { key -> [(String, ShapeField)] in
            let name = prefix + key.key
            if case .mapping(let inner) = key.shape, !inner.isEmpty {
                return leaves(inner, prefix: name + ".")
            }
            return [(name, key)]
        }
    }

    private static func describe(
        _ name: String, shape: ValueShape, field: OptionField?, default node: YAMLNode?
    ) -> OptionDescription {
        var defaultValue = node?.flowText ?? "none"
        var defaultIsWords = node == nil
        if let computed = field?.computedDefault {
            defaultValue = computed
            defaultIsWords = true
        }
        return OptionDescription(
            name: name, type: typeName(shape, field: field), defaultValue: defaultValue,
            defaultIsWords: defaultIsWords, allowedValues: allowedValues(shape),
            bounds: field?.bounds, help: field?.help ?? "")
    }

    /// The type as a user reads it.
    static func typeName(_ shape: ValueShape, field: OptionField?) -> String {
        switch shape {
        case .boolean: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string, .oneOf: return field?.isPath == true ? "path" : "string"
        case .list(let element): return "list of " + plural(typeName(element, field: field))
        case .mapping, .dictionary: return "mapping"
        case .node: return field?.holds ?? "any value"
        }
    }

    private static func plural(_ name: String) -> String {
        name.hasPrefix("list of ") ? "lists" : name + "s"
    }

    private static func allowedValues(_ shape: ValueShape) -> [String] {
        switch shape {
        case .oneOf(let values): values
        case .list(let element): allowedValues(element)
        default: []
        }
    }

    /// A field's declarations that do not fit the option's type or default.
    private static func mismatches(
        _ option: OptionDescription, shape: ValueShape, field: OptionField?
    )
        -> [String]
    {
        guard let field else { return [] }
        var problems: [String] = []
        let name = option.name
        if let bounds = field.bounds {
            if shape != .integer && shape != .number {
                problems.append("field '\(name)' has bounds, but it is not a number")
            } else if !option.defaultIsWords, let value = Double(option.defaultValue),
                !bounds.contains(value)
            {
                problems.append(
                    "the default of '\(name)', \(option.defaultValue), is not \(bounds)")
            }
        }
        if field.isPath, shape != .string {
            problems.append("field '\(name)' is a path, but it is not a string")
        }
        if (field.holds != nil) != (shape == .node) {
            problems.append(
                shape == .node
                    ? "field '\(name)' is free-form: say what it holds"
                    : "field '\(name)' says what it holds, but it is not free-form")
        }
        return problems
    }
}
