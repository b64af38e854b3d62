/// Builds `JSONValue`s from JSON events: the whole value, or, for a value that is an array,
/// each element on its own as it is finished (handed to `element` and not kept), so a
/// reader of a finding of a million numbers holds one number at a time.
public final class JSONValueBuilder: JSONEventSink {
    private struct Frame {
        var isObject: Bool
        /// The key this container is under in its parent object.
        var keyInParent: String?
        var items: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
    }

    private var stack: [Frame] = []
    private var pendingKey: String?
    private let element: ((JSONValue) -> Void)?
    /// The value built, once it is finished (nil for an array whose elements went to
    /// `element`).
    public private(set) var value: JSONValue?

    /// - Parameter element: when given and the value is an array, called with each element
    ///   in turn instead of keeping it.
    public init(element: ((JSONValue) -> Void)? = nil) {
        self.element = element
    }

    public func beginObject() { stack.append(Frame(isObject: true, keyInParent: takeKey())) }
    public func beginArray() { stack.append(Frame(isObject: false, keyInParent: takeKey())) }
    public func key(_ key: String) { pendingKey = key }
    public func scalar(_ value: JSONValue) { add(value, key: takeKey()) }

    public func end() {
        let frame = stack.removeLast()
        if stack.isEmpty, !frame.isObject, element != nil { return }
        add(frame.isObject ? .object(frame.members) : .array(frame.items), key: frame.keyInParent)
    }

    private func takeKey() -> String? {
        defer { pendingKey = nil }
        return pendingKey
    }

    private func add(_ value: JSONValue, key: String?) {
        guard let top = stack.indices.last else {
            self.value = value
            return
        }
        if top == 0, !stack[0].isObject, let element {
            element(value)
        } else if stack[top].isObject {
            stack[top].members.append((key ?? "", value))
        } else {
            stack[top].items.append(value)
        }
    }
}
