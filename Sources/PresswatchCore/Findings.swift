/// What one processor found in an article, stored under its own key.
///
/// A processor defines its finding type in its own module (a summary, numbers, keywords) and
/// attaches it to the article; the core encodes it under `key` in the JSON and asks it for its
/// Markdown section. Adding a processor never changes the core.
public protocol ArticleFinding: Sendable, Encodable {
    /// The field name in the article's JSON object (`summary`, `numbers`, `keywords`).
    static var key: String { get }
    /// Where the section goes in the Markdown report; lower comes first.
    static var markdownOrder: Int { get }
    /// A Markdown section for people, or nil when there is nothing worth showing.
    func markdown(for article: Article) -> String?
}

extension ArticleFinding {
    public static var markdownOrder: Int { 100 }
    public func markdown(for article: Article) -> String? { nil }
}

/// The findings attached to one article, kept in the order they were attached.
public struct Findings: Sendable {
    private var entries: [(key: String, value: any ArticleFinding)] = []

    public init() {}

    /// The finding of a given type, if a processor attached one.
    public subscript<F: ArticleFinding>(_ type: F.Type) -> F? {
        get { entries.first { $0.key == F.key }?.value as? F }
        set {
            let index = entries.firstIndex { $0.key == F.key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((F.key, value))
            case (nil, nil): break
            }
        }
    }

    public var all: [any ArticleFinding] { entries.map(\.value) }
    public var isEmpty: Bool { entries.isEmpty }
}
