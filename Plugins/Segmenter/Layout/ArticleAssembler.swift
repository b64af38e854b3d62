/// An article's parts as found on the page, before they become text.
struct ArticleDraft: Sendable {
    var body: [TextBlock]
    var headline: HeadlineGroup?
    var bylines: [BylineBlock] = []
}

/// Puts the page's tokens together into articles: each body run gets its headline group
/// and its byline blocks.
///
/// Headlines usually follow their article; a page whose first text is a headline sets them
/// before. Bylines sit before a body, between a body and its headline, or after the
/// headline; the ones after a headline and before the next body are shared out by
/// `BylineAssignment`.
struct ArticleAssembler {
    private let tokens: [PageToken]
    /// Token index of each body run, in order.
    private let cores: [Int]
    /// For each headline token, the core it belongs to (an index into `cores`).
    private var headlineOwner: [Int: Int] = [:]
    private(set) var orphans: [HeadlineGroup] = []

    init(tokens: [PageToken]) {
        self.tokens = tokens
        self.cores = tokens.indices.filter {
            if case .body = tokens[$0] { return true }
            return false
        }
        attachHeadlines()
    }

    static func assemble(_ tokens: [PageToken]) -> (
        articles: [ArticleDraft], orphans: [HeadlineGroup]
    ) {
        let assembler = ArticleAssembler(tokens: tokens)
        return (assembler.drafts(), assembler.orphans)
    }

    private var headlinesFirst: Bool {
        for token in tokens {
            switch token {
            case .byline: continue
            case .headline: return true
            case .body: return false
            }
        }
        return false
    }

    private mutating func attachHeadlines() {
        let first = headlinesFirst
        var taken = Set<Int>()
        for (index, token) in tokens.enumerated() {
            guard case .headline(let group) = token else { continue }
            let previous = cores.lastIndex { $0 < index }
            let next = cores.firstIndex { $0 > index }
            let order = first ? [next, previous] : [previous, next]
            if let owner = order.compactMap({ $0 }).first(where: { !taken.contains($0) }) {
                taken.insert(owner)
                headlineOwner[index] = owner
            } else {
                orphans.append(group)
            }
        }
    }

    private func drafts() -> [ArticleDraft] {
        var drafts: [ArticleDraft] = cores.map { index in
            guard case .body(let blocks) = tokens[index] else { fatalError("core is body") }
            return ArticleDraft(body: blocks)
        }
        for (index, owner) in headlineOwner {
            if case .headline(let group) = tokens[index] { drafts[owner].headline = group }
        }
        var gaps = [[BylineBlock]](repeating: [], count: max(cores.count - 1, 0))
        for (index, token) in tokens.enumerated() {
            guard case .byline(let block) = token, !cores.isEmpty else { continue }
            switch place(bylineAt: index, isPhoto: block.isPhotoCredit) {
            case .article(let owner): drafts[owner].bylines.append(block)
            case .gap(let gap): gaps[gap].append(block)
            }
        }
        BylineAssignment.share(gaps: gaps, into: &drafts)
        return drafts
    }

    private enum Placement {
        case article(Int)
        /// Between article `n` and article `n + 1`, after `n`'s headline.
        case gap(Int)
    }

    private func place(bylineAt index: Int, isPhoto: Bool) -> Placement {
        let previous = cores.lastIndex { $0 < index }
        let next = cores.firstIndex { $0 > index }
        guard let previous else { return .article(next ?? 0) }
        guard let next else { return .article(previous) }
        if isPhoto { return .article(previous) }
        // A headline of the next article between the two bodies: before it is the
        // previous article's, after it the next one's.
        if let headline = headlineIndex(owner: next, between: cores[previous], cores[next]) {
            return .article(index < headline ? previous : next)
        }
        if let headline = headlineIndex(owner: previous, between: cores[previous], cores[next]),
            index < headline
        {
            return .article(previous)
        }
        return .gap(previous)
    }

    private func headlineIndex(owner: Int, between start: Int, _ end: Int) -> Int? {
        headlineOwner.first { $0.value == owner && $0.key > start && $0.key < end }?.key
    }
}
