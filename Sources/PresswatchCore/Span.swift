/// A half-open range of Unicode scalar offsets into an article's `text`.
///
/// Offsets are scalars (code points), not `Character`s and not UTF-8 bytes: that is what the
/// result schema promises and what every processor indexes with.
public struct Span: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// 1-based, inclusive line numbers of the input file.
public struct LineRange: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        precondition(first >= 1 && first <= last, "bad line range \(first)...\(last)")
        self.first = first
        self.last = last
    }
}
