/// What the processors after the segmenter found in one article, read from the JSON its
/// findings are written as in the result (`summary`, `numbers`, `keywords`, as
/// `spec/result.schema.json` defines them): the page view shows the contract, so it needs
/// no processor's own types. Each finding is encoded as it is for the result, an array
/// element at a time, so an article's numbers are read without a tree of them all.
struct PageFindings {
    struct Number {
        var text: String
        var start: Int
        var end: Int
        var kind: String
        var value: String
        var unit: String?
        var approx: String?

        /// `more_than` as `more than`.
        var approxLabel: String? { approx?.replacingUnderscores() }

        /// The tooltip: kind, value with its unit, approximation.
        var detail: String {
            var parts = [kind, [value, unit].compactMap { $0 }.joined(separator: " ")]
            if let approxLabel { parts.append(approxLabel) }
            return parts.joined(separator: " · ")
        }
    }

    var summary: String?
    /// The summary is a headline-style gist (`summary.style` "headline"), not sentences.
    var summaryIsGist = false
    var numbers: [Number] = []
    var keywords: [String] = []

    /// - Parameter withNumbers: false leaves the numbers unread (the index entry needs none).
    /// - Throws: a finding that cannot be written as JSON, as the result JSON would: every
    ///   finding is encoded, those the view does not show into nothing.
    init(_ article: Article, withNumbers: Bool) throws(ResultEncodingError) {
        let reader = PageFindingsReader()
        for finding in article.findings.all {
            let key = type(of: finding).key
            guard !ResultJSON.articleKeys.contains(key) else {
                throw ResultEncodingError(key: key, message: "the key \(key) belongs to the core")
            }
            if key == "numbers" && !withNumbers { continue }
            do {
                try JSONEventEncoder().encode(finding, into: reader.sink(forKey: key))
            } catch {
                throw ResultEncodingError(key: key, message: "\(error)")
            }
        }
        self = reader.findings
    }

    fileprivate init(summaries: [JSONValue], numbers: [Number], keywords: [String]) {
        for summary in summaries { read(summary: summary) }
        // The extractor gives them in text order: sorting a copy would hold them twice.
        let inOrder = zip(numbers, numbers.dropFirst()).allSatisfy { $0.start <= $1.start }
        self.numbers = inOrder ? numbers : numbers.sorted { $0.start < $1.start }
        self.keywords = keywords
    }

    private mutating func read(summary: JSONValue) {
        if case .string(let text)? = summary["text"], !text.isEmpty {
            self.summary = text
            if case .string(let style)? = summary["style"] {
                summaryIsGist = style == "headline"
            }
        }
    }

    fileprivate static func term(_ item: JSONValue) -> String? {
        if case .string(let term)? = item["term"] { return term }
        if case .string(let term) = item { return term }
        return nil
    }

    /// A number from its object's members (the first of each key, as `JSONValue`'s
    /// subscript reads them); nil without its text and a valid span.
    fileprivate static func number(_ member: (String) -> JSONValue?) -> Number? {
        guard case .string(let text)? = member("text"), case .int(let start)? = member("start"),
            case .int(let end)? = member("end"), start <= end
        else { return nil }
        var kind = "number"
        if case .string(let value)? = member("kind") { kind = value }
        var value = member("value").map(format) ?? ""
        if case .string(let exact)? = member("exact") { value = exact }
        var unit: String?
        if case .string(let name)? = member("unit") { unit = name.replacingUnderscores() }
        var approx: String?
        if case .string(let name)? = member("approx") { approx = name }
        return Number(
            text: text, start: start, end: end, kind: kind, value: value, unit: unit,
            approx: approx)
    }

    /// A value as people read it: whole numbers without `.0`, a range as `low–high`.
    static func format(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .string(let text): return text
        case .array(let items): return items.map(format).joined(separator: "–")
        case .object: return ""
        }
    }
}

/// Reads one article's findings from their JSON events, one finding after another: each
/// finding's events go to `sink(forKey:)`'s sink. The result JSON's writer hands it the same
/// events it writes (`ResultJSON.write(...reading:)`), so the page view needs no second
/// encoding of what the processors found (for a page dense with numbers, that encoding cost
/// a fifth of the whole run).
final class PageFindingsReader {
    private var summaryBuilders: [JSONValueBuilder] = []
    private var numbers: [PageFindings.Number] = []
    private var keywords: [String] = []

    /// Where the events of the finding under `key` go.
    func sink(forKey key: String) -> any JSONEventSink {
        switch key {
        case "numbers":
            let reader = NumberReader()
            reader.found = { [unowned self] in numbers.append($0) }
            return reader
        case "keywords":
            return JSONValueBuilder { [unowned self] item in
                if let term = PageFindings.term(item) { keywords.append(term) }
            }
        case "summary":
            let builder = JSONValueBuilder()
            summaryBuilders.append(builder)
            return builder
        default:
            return JSONDiscard()
        }
    }

    /// What the findings read so far say.
    var findings: PageFindings {
        PageFindings(
            summaries: summaryBuilders.compactMap(\.value), numbers: numbers, keywords: keywords)
    }
}

/// Sends each JSON event to two sinks: the result JSON and a reader of it.
final class JSONEventTee: JSONEventSink {
    private let first: any JSONEventSink
    private let second: any JSONEventSink

    init(_ first: any JSONEventSink, _ second: any JSONEventSink) {
        self.first = first
        self.second = second
    }

    func beginObject() {
        first.beginObject()
        second.beginObject()
    }

    func beginArray() {
        first.beginArray()
        second.beginArray()
    }

    func key(_ key: String) {
        first.key(key)
        second.key(key)
    }

    func scalar(_ value: JSONValue) {
        first.scalar(value)
        second.scalar(value)
    }

    func end() {
        first.end()
        second.end()
    }
}

/// Reads the `numbers` finding's events straight into `Number`s, one element at a time:
/// the members the view shows are kept as they come (a container only under `value`, as
/// a range's pair), so no value is built for the rest of each element.
private final class NumberReader: JSONEventSink {
    var found: (PageFindings.Number) -> Void = { _ in }
    private static let shown = ["text", "start", "end", "kind", "value", "exact", "unit", "approx"]
    /// The members of the element being read, by their place in `shown`; first one wins.
    private var members = [JSONValue?](repeating: nil, count: shown.count)
    private var depth = 0
    private var isArray = false
    private var inElement = false
    private var key: String?
    /// A container under `value`, being built.
    private var nested: JSONValueBuilder?
    private var nestedDepth = 0

    func beginObject() { begin(object: true) }
    func beginArray() { begin(object: false) }

    private func begin(object: Bool) {
        defer { depth += 1 }
        if let nested {
            object ? nested.beginObject() : nested.beginArray()
            nestedDepth += 1
            return
        }
        switch depth {
        case 0: isArray = !object
        case 1:
            inElement = isArray && object
            if inElement { members = [JSONValue?](repeating: nil, count: Self.shown.count) }
        case 2 where inElement && key == "value" && members[4] == nil:
            nested = JSONValueBuilder()
            nestedDepth = 1
            object ? nested!.beginObject() : nested!.beginArray()
        default: break
        }
    }

    func key(_ key: String) {
        if let nested { return nested.key(key) }
        if depth == 2 { self.key = key }
    }

    func scalar(_ value: JSONValue) {
        if let nested { return nested.scalar(value) }
        guard depth == 2, inElement, let key, let place = Self.shown.firstIndex(of: key),
            members[place] == nil
        else { return }
        members[place] = value
    }

    func end() {
        depth -= 1
        if let nested {
            nested.end()
            nestedDepth -= 1
            if nestedDepth == 0 {
                members[4] = nested.value
                self.nested = nil
            }
            return
        }
        if depth == 1, inElement {
            inElement = false
            let members = self.members
            if let number = PageFindings.number({ key in
                Self.shown.firstIndex(of: key).flatMap { members[$0] }
            }) {
                found(number)
            }
        }
    }
}

/// Takes JSON events and keeps nothing: a finding the page view does not show is still
/// encoded, so it fails here as it would in the result.
private final class JSONDiscard: JSONEventSink {
    func beginObject() {}
    func beginArray() {}
    func key(_ key: String) {}
    func scalar(_ value: JSONValue) {}
    func end() {}
}

extension String {
    /// `more_than` → `more than`, `square_meter` → `square meter`: labels for people.
    fileprivate func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? " " : $0 }))
    }
}
