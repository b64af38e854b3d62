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
///
/// An article printed in pieces (a story continued after an advertisement or another story)
/// also lists its pieces in `ranges`, in text order; `first` and `last` then span them all and
/// the lines between pieces belong to other articles or to furniture. `ranges` is nil for an
/// article in one piece, so a one-piece range reads and writes as before.
public struct LineRange: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int
    public var ranges: [ClosedRange<Int>]?

    public init(first: Int, last: Int) {
        precondition(first >= 1 && first <= last, "bad line range \(first)...\(last)")
        self.first = first
        self.last = last
        self.ranges = nil
    }

    /// The range of pieces given in text order, none overlapping the next; one piece is a
    /// plain range.
    public init(pieces: [ClosedRange<Int>]) {
        precondition(!pieces.isEmpty, "a line range needs a piece")
        for (earlier, later) in zip(pieces, pieces.dropFirst()) {
            precondition(earlier.upperBound < later.lowerBound, "pieces out of order")
        }
        self.init(first: pieces[0].lowerBound, last: pieces[pieces.count - 1].upperBound)
        if pieces.count > 1 { ranges = pieces }
    }

    /// The pieces: `ranges` when there are several, else the one range.
    public var pieces: [ClosedRange<Int>] { ranges ?? [first...last] }
}
