/// What one decoding pass learns: the problems found and, for every mapping the user wrote
/// that a type read, the keys it asked for.
final class DecodingState {
    struct VisitedMapping {
        var node: YAMLNode
        var asked: Set<String> = []
        /// A decode inside it failed without a default to fall back on, so the type stopped
        /// asking for keys part way: its unasked keys are not known to be unknown.
        var aborted = false
    }

    let pathPrefix: [String]
    private(set) var errors: [YAMLError] = []
    private var visits: [String: VisitedMapping] = [:]
    private var visitOrder: [String] = []

    init(pathPrefix: [String]) {
        self.pathPrefix = pathPrefix
    }

    var errorCount: Int { errors.count }

    func record(_ message: String, at mark: Mark, codingPath: [any CodingKey]) {
        let path = render(codingPath)
        errors.append(YAMLError(path.isEmpty ? message : "\(path): \(message)", at: mark))
    }

    /// Forgets the problems found after the first `count`: a trial decode that failed.
    func dropErrors(after count: Int) {
        errors.removeSubrange(count...)
    }

    func visit(_ node: YAMLNode, codingPath: [any CodingKey]) -> String {
        let id = render(codingPath) + "@\(node.mark)"
        if visits[id] == nil {
            visits[id] = VisitedMapping(node: node)
            visitOrder.append(id)
        }
        return id
    }

    func ask(_ key: String, in visit: String) {
        visits[visit]?.asked.insert(key)
    }

    func abort(_ visit: String) {
        visits[visit]?.aborted = true
    }

    /// The keys asked for in the mapping at the top of the decode.
    var topLevelKeysAsked: Set<String> {
        visitOrder.first.flatMap { visits[$0]?.asked } ?? []
    }

    func reportUnknownKeys() {
        for id in visitOrder {
            guard let visit = visits[id], !visit.aborted,
                case .mapping(let pairs, _) = visit.node
            else { continue }
            for pair in pairs {
                guard let key = pair.key.scalarText, !visit.asked.contains(key) else { continue }
                errors.append(
                    YAMLError(Self.unknownKeyMessage(key, known: visit.asked), at: pair.key.mark))
            }
        }
    }

    static func unknownKeyMessage(_ key: String, known: Set<String>) -> String {
        let snake = KeyCase.snake(key)
        if snake != key, known.contains(snake) {
            return "unknown key '\(key)'; did you mean '\(snake)'?"
        }
        if let close = Suggestion.closest(to: key, among: known.sorted()) {
            return "unknown key '\(key)'; did you mean '\(close)'?"
        }
        if known.isEmpty { return "unknown key '\(key)'; no keys are allowed here" }
        return "unknown key '\(key)' (known keys: \(known.sorted().joined(separator: ", ")))"
    }

    /// For a failure that recorded nothing (it should not happen): still an error, not a crash.
    func unexplainedFailure(at mark: Mark) -> YAMLError {
        YAMLError("cannot decode this value", at: mark)
    }

    /// `watch.settle_ms`, `output.formats[1]`: keys as the user writes them.
    func render(_ codingPath: [any CodingKey]) -> String {
        var text = pathPrefix.joined(separator: ".")
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if key is EntryKey {
                text += "[\(key.stringValue)]"
            } else {
                text += (text.isEmpty ? "" : ".") + KeyCase.snake(key.stringValue)
            }
        }
        return text
    }
}

/// Unwinds a decode whose problem is already recorded.
struct DecodingAborted: Error {}

/// Where a value is read from: what the user wrote (nil when they left it out) and the default.
struct NodePosition {
    var user: YAMLNode?
    var fallback: YAMLNode?
    /// Where to report a problem when the user wrote nothing here: the enclosing node.
    var mark: Mark

    /// The user's value, or the default when the user left it out or wrote null.
    var effective: YAMLNode? {
        if let user, !(user.isNull && fallback != nil) { return user }
        return fallback
    }

    var reportMark: Mark { user?.mark ?? mark }
}

/// A list index in a coding path.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { self.intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
