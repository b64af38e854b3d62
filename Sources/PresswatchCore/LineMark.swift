/// Source lines of an article that are not body text: where its headline, kicker, subtitle,
/// bylines and dateline stand on the page. The segmenter knows them when it lays the page
/// out; the page view marks those lines, so a reader sees what was taken for what.
public struct LineMark: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case kicker, headline, subtitle, byline, dateline
    }

    public var role: Role
    /// 1-based, inclusive line numbers of the input.
    public var lines: ClosedRange<Int>

    public init(_ role: Role, lines: ClosedRange<Int>) {
        self.role = role
        self.lines = lines
    }
}
