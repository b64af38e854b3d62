/// Receives a JSON value as a sequence of events, in document order: containers opened and
/// closed, keys, scalars. `JSONStream` writes them as text; `JSONElementCollector` builds
/// small values from them. A result is written this way straight from the document, so no
/// tree of the whole result is ever held (a `JSONValue` costs about 400 bytes a number).
public protocol JSONEventSink: AnyObject {
    func beginObject()
    func beginArray()
    /// The key of the next value; only inside an object.
    func key(_ key: String)
    /// `null`, a Boolean, a number or a string (never an array or an object).
    func scalar(_ value: JSONValue)
    func end()
}

extension JSONEventSink {
    /// The events of a whole value.
    public func value(_ value: JSONValue) {
        switch value {
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            end()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            end()
        default: scalar(value)
        }
    }

    /// `key: value`.
    public func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }
}

/// Writes JSON events as text, byte for byte as `JSONWriter` writes the same value, into a
/// `PendingFile` a chunk at a time or into bytes kept in memory.
///
/// The pretty layout keeps a container of scalars on one line when the line fits. A writer
/// of a whole value can look at a container's children first; here they are not known yet,
/// so the innermost open container stays pending (its scalars kept, rendered) until it is
/// closed (one line), or a child container opens in it or the line grows too long (one
/// child a line). Only that one container can be pending: an opening child makes its
/// parent one child a line first. What is held is bounded by the line width.
public final class JSONStream: JSONEventSink {
    private struct Frame {
        var isObject: Bool
        /// The indent of the container's own line.
        var indent: Int
        var count = 0
        /// Still undecided (its items so far are in `pendingBytes`).
        var isPending = true
        /// The one-line text's length so far, brackets included.
        var flatLength = 2
    }

    private let layout: JSONWriter.Layout
    private let lineWidth: Int
    private let file: PendingFile?
    private(set) var bytes: [UInt8] = []
    private var frames: [Frame] = []
    private var nextKey: String?
    /// The pending container's items, each as its one-line text with its key, one after
    /// another, and where each ends: one buffer, reused (only one container is pending).
    private var pendingBytes: [UInt8] = []
    private var pendingEnds: [Int] = []

    /// Into `file` (call `finish()` at the end), or into memory when `file` is nil.
    public init(layout: JSONWriter.Layout, lineWidth: Int = 100, into file: PendingFile? = nil) {
        self.layout = layout
        self.lineWidth = lineWidth
        self.file = file
        if file != nil { bytes.reserveCapacity(PendingFile.chunk) }
    }

    /// The text written, when not written into a file. A pretty text ends with a newline.
    public func finish() -> [UInt8] {
        precondition(frames.isEmpty, "finish() with a container still open")
        if layout == .pretty { bytes.append(0x0A) }
        if let file {
            file.take(&bytes)
            return []
        }
        return bytes
    }

    public func beginObject() { begin(isObject: true) }
    public func beginArray() { begin(isObject: false) }

    public func key(_ key: String) { nextKey = key }

    public func scalar(_ value: JSONValue) {
        if layout == .compact {
            compactPrefix()
            JSONWriter.appendCompact(value, spaced: false, to: &bytes)
            return
        }
        guard let last = frames.indices.last, frames[last].isPending else {
            expandedPrefix()
            JSONWriter.appendCompact(value, spaced: true, to: &bytes)
            return handOver()
        }
        let start = pendingBytes.count
        if frames[last].isObject, let key = nextKey.take() {
            JSONWriter.writeString(key, to: &pendingBytes)
            pendingBytes.append(contentsOf: ": ".utf8)
        }
        JSONWriter.appendCompact(value, spaced: true, to: &pendingBytes)
        pendingEnds.append(pendingBytes.count)
        frames[last].flatLength += pendingBytes.count - start + (frames[last].count > 0 ? 2 : 0)
        frames[last].count += 1
        if frames[last].indent + frames[last].flatLength > lineWidth { expandLast() }
    }

    public func end() {
        let frame = frames.removeLast()
        let close = frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if layout == .compact {
            bytes.append(close)
        } else if frame.isPending {
            bytes.append(frame.isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
            var start = 0
            for (index, end) in pendingEnds.enumerated() {
                if index > 0 { bytes.append(contentsOf: ", ".utf8) }
                bytes.append(contentsOf: pendingBytes[start..<end])
                start = end
            }
            clearPending()
            bytes.append(close)
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: frame.indent))
            bytes.append(close)
        }
        handOver()
    }

    private func begin(isObject: Bool) {
        let open = isObject ? UInt8(ascii: "{") : UInt8(ascii: "[")
        if layout == .compact {
            compactPrefix()
            bytes.append(open)
            frames.append(Frame(isObject: isObject, indent: 0, isPending: false))
            return
        }
        // A container holding a container is written one child a line.
        if let last = frames.indices.last, frames[last].isPending { expandLast() }
        expandedPrefix()
        let indent = frames.last.map { $0.indent + 2 } ?? 0
        frames.append(Frame(isObject: isObject, indent: indent))
    }

    /// Before a value in an expanded container (or at the top): the line break and indent,
    /// and its key.
    private func expandedPrefix() {
        guard let last = frames.indices.last else { return }
        bytes.append(contentsOf: (frames[last].count > 0 ? ",\n" : "").utf8)
        bytes.append(contentsOf: repeatElement(0x20, count: frames[last].indent + 2))
        if frames[last].isObject, let key = nextKey.take() {
            JSONWriter.writeString(key, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
        }
        frames[last].count += 1
    }

    private func compactPrefix() {
        guard let last = frames.indices.last else { return }
        if frames[last].count > 0 { bytes.append(UInt8(ascii: ",")) }
        if frames[last].isObject, let key = nextKey.take() {
            JSONWriter.writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
        }
        frames[last].count += 1
    }

    /// The innermost container, pending, is written one child a line from here on.
    private func expandLast() {
        let last = frames.count - 1
        guard frames[last].isPending else { return }
        frames[last].isPending = false
        bytes.append(frames[last].isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        bytes.append(0x0A)
        var start = 0
        for (index, end) in pendingEnds.enumerated() {
            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: repeatElement(0x20, count: frames[last].indent + 2))
            bytes.append(contentsOf: pendingBytes[start..<end])
            start = end
        }
        clearPending()
    }

    private func clearPending() {
        pendingBytes.removeAll(keepingCapacity: true)
        pendingEnds.removeAll(keepingCapacity: true)
    }

    private func handOver() {
        if let file, bytes.count >= PendingFile.chunk { file.take(&bytes) }
    }
}

extension Optional {
    /// The value, leaving nil behind.
    fileprivate mutating func take() -> Wrapped? {
        defer { self = nil }
        return self
    }
}
