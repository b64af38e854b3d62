import CYAML

/// Builds the node tree from libyaml events, collecting the problems that do not stop the
/// parse (duplicate keys, aliases, tags, a second document).
struct TreeBuilder {
    private enum Frame {
        case sequence([YAMLNode], mark: Mark)
        case mapping([(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?, mark: Mark)
    }

    /// Lists and mappings nest at most this deep: the tree is walked recursively later, and
    /// no configuration needs more.
    static let maximumDepth = 64

    private(set) var root: YAMLNode?
    /// Set when the input nests too deep; the parse stops there.
    private(set) var stopped = false
    private(set) var errors: [YAMLError] = []
    private var stack: [Frame] = []
    private var documents = 0

    mutating func accept(_ event: yaml_event_t) {
        let mark = Mark(
            line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents == 2 {
                errors.append(YAMLError("only one YAML document is allowed here", at: mark))
            }
        case YAML_SCALAR_EVENT:
            add(scalar(event, mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            checkTag(event.data.sequence_start.tag, at: mark)
            open(.sequence([], mark: mark), at: mark)
        case YAML_MAPPING_START_EVENT:
            checkTag(event.data.mapping_start.tag, at: mark)
            open(.mapping([], pendingKey: nil, mark: mark), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            errors.append(
                YAMLError(
                    "aliases (*\(name)) are not supported here; write the value out", at: mark))
            add(.scalar("", quoted: false, mark: mark))
        default:
            break
        }
    }

    private mutating func scalar(_ event: yaml_event_t, mark: Mark) -> YAMLNode {
        let data = event.data.scalar
        let text = String(
            decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self
        )
        let isString = checkTag(data.tag, at: mark)
        let plain = data.style == YAML_PLAIN_SCALAR_STYLE || data.style == YAML_ANY_SCALAR_STYLE
        return .scalar(text, quoted: !plain || isString, mark: mark)
    }

    /// Refuses tags other than `!!str`; returns whether the tag makes the value a string.
    @discardableResult
    private mutating func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) -> Bool
    {
        guard let tag else { return false }
        let name = String(cString: tag)
        if name == "tag:yaml.org,2002:str" { return true }
        errors.append(YAMLError("tags (\(name)) are not supported here", at: mark))
        return false
    }

    private mutating func open(_ frame: Frame, at mark: Mark) {
        guard stack.count < Self.maximumDepth else {
            errors.append(
                YAMLError(
                    "lists and mappings nest deeper than \(Self.maximumDepth) levels", at: mark))
            stopped = true
            return
        }
        stack.append(frame)
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .sequence(let items, let mark): add(.sequence(items, mark: mark))
        case .mapping(let pairs, _, let mark): add(.mapping(pairs, mark: mark))
        }
    }

    /// Puts a finished node where it belongs: the root, a list item, a key or a value.
    private mutating func add(_ node: YAMLNode) {
        guard let top = stack.popLast() else {
            if root == nil { root = node }
            return
        }
        switch top {
        case .sequence(var items, let mark):
            items.append(node)
            stack.append(.sequence(items, mark: mark))
        case .mapping(let pairs, nil, let mark):
            stack.append(.mapping(pairs, pendingKey: node, mark: mark))
        case .mapping(var pairs, let key?, let mark):
            if let problem = keyProblem(key, among: pairs) {
                errors.append(problem)
            } else {
                pairs.append((key, node))
            }
            stack.append(.mapping(pairs, pendingKey: nil, mark: mark))
        }
    }

    private func keyProblem(_ key: YAMLNode, among pairs: [(key: YAMLNode, value: YAMLNode)])
        -> YAMLError?
    {
        guard case .scalar(let name, _, _) = key else {
            return YAMLError(
                "a key must be a plain name, found \(key.kindDescription)", at: key.mark)
        }
        if let first = pairs.first(where: { $0.key.scalarText == name }) {
            return YAMLError(
                "duplicate key '\(name)' (first given at \(first.key.mark))", at: key.mark)
        }
        return nil
    }
}
