/// Markup for the page view's long, repetitive parts (a line of the page, a paragraph with
/// its number marks, a row of the figures table), written straight into bytes.
///
/// Plot builds each element through generic closures, a renderer and a buffer object of its
/// own, about 3 µs an element here; the seed page has some 1,900 elements, which came to
/// 6 ms, twelve times the page view's budget. Plot still builds the document and each
/// article's frame; these parts are written here, under the same rules: tags and attribute
/// names come from closed enumerations, and the only way to add text or an attribute value
/// escapes it (`HTMLEscaping`), so nothing from the input can become markup.
struct HTMLStream {
    enum Tag: String {
        case div, span, p, mark, a, ul, li, table, thead, tbody, tr, th, td, section, h4
        case article, header, h3
    }

    enum Attribute: String {
        case `class`, id, title, href
        case dataArticle = "data-a"
        case dataFirst = "data-first"
        case ariaLabel = "aria-label"
    }

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// A stream that goes on from `out`'s bytes (and capacity), leaving `out` empty.
    init(taking out: inout [UInt8]) {
        swap(&bytes, &out)
    }

    /// Gives the bytes back to `out` (empty), for whoever writes after the stream.
    mutating func give(to out: inout [UInt8]) {
        swap(&bytes, &out)
    }

    /// Hands the bytes so far to `sink` (which empties them) once there are more than
    /// `limit`: a long page view goes out in pieces instead of growing in memory.
    mutating func hand(to sink: (inout [UInt8]) -> Void, past limit: Int) {
        if bytes.count > limit { sink(&bytes) }
    }

    /// `<tag class="…">`, without building an attribute list.
    mutating func open(_ tag: Tag, class value: String) {
        openStart(tag)
        attribute(.class, value)
        openEnd()
    }

    mutating func open(_ tag: Tag, _ attributes: [(Attribute, String)] = []) {
        openStart(tag)
        for (name, value) in attributes { attribute(name, value) }
        openEnd()
    }

    /// `<tag`, for attributes written one by one (`attribute`, or `attributeStart`,
    /// `value`…, `attributeEnd` for a value in pieces), then `openEnd`.
    mutating func openStart(_ tag: Tag) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.rawValue.utf8)
    }

    mutating func openEnd() { bytes.append(UInt8(ascii: ">")) }

    mutating func attribute(_ name: Attribute, _ value: String) {
        attributeStart(name)
        self.value(value)
        attributeEnd()
    }

    mutating func attributeStart(_ name: Attribute) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.rawValue.utf8)
        bytes.append(contentsOf: "=\"".utf8)
    }

    /// Part of an attribute value, escaped.
    mutating func value(_ text: String) { HTMLEscaping.escape(text, into: &bytes) }

    /// A whole number in decimal, in text or in an attribute value.
    mutating func number(_ value: Int) {
        // A short String is stored inline: no allocation.
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func attributeEnd() { bytes.append(UInt8(ascii: "\"")) }

    mutating func close(_ tag: Tag) {
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: tag.rawValue.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Text, escaped.
    mutating func text(_ text: some StringProtocol) {
        HTMLEscaping.escape(text, into: &bytes)
    }

    /// Text given as scalars of an article, escaped.
    mutating func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars { HTMLEscaping.escape(scalar, into: &bytes) }
    }

    /// `<tag attributes>text</tag>`.
    mutating func element(_ tag: Tag, _ attributes: [(Attribute, String)] = [], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }
}
