import PresswatchCore

/// A one-line gist cut from an article's best sentence by deletions only: every scalar of it
/// is one of the sentence's, in order, so nothing is invented. Chinese words are kept or
/// deleted by the learned labeller (`GistModel`) under the length budget; Latin-script
/// sentences by `EnglishGist`'s deletion grammar.
struct HeadlineGist {
    /// The default budgets: the length of a Chinese news headline, and about 12 English words.
    static let chineseBudget = 30
    static let latinBudget = 72

    /// How many units (sentences, a quotation whole) the selector gives the gist to cut from:
    /// one. Two (the labeller also told which sentence a word is in) scored 3.5 ROUGE-1 lower
    /// on the development part, cross-validated.
    static let poolUnits = 1

    let article: Article
    let words: GistWords
    let model: GistModel

    init(article: Article, sentences: [Int], model: GistModel = .shipped) {
        self.init(
            article: article, words: GistWords(article: article, sentences: sentences),
            model: model)
    }

    private init(article: Article, words: GistWords, model: GistModel) {
        self.article = article
        self.words = words
        self.model = model
    }

    /// The same words read by another labeller: a search over decoding settings reads each
    /// article's words once, not once per setting.
    func reading(with model: GistModel) -> HeadlineGist {
        HeadlineGist(article: article, words: words, model: model)
    }

    /// Whether the sentences are mostly Latin letters rather than Chinese characters.
    var isLatin: Bool {
        var latin = 0
        var han = 0
        for word in words.words {
            switch word.token.kind {
            case .latin: latin += word.length
            case .word: han += word.length
            default: break
            }
        }
        return latin > han
    }

    /// The gist, at most `maxChars` scalars (spaces counted); empty when there are no words.
    func text(maxChars: Int?) -> String {
        let latin = isLatin
        let budget = maxChars ?? (latin ? Self.latinBudget : Self.chineseBudget)
        if latin {
            let grammar = EnglishGist(words: words, scalars: article.scalars)
            return render(fitted(grammar.kept(budget: budget), budget: budget, priority: nil))
        }
        return render(labelled(budget: budget).kept)
    }

    /// The words the labeller keeps within the budget, and the chunks (`FigureChunks`) they
    /// were kept or deleted in.
    func labelled(budget: Int) -> (kept: [Bool], starts: [Int]) {
        let own = model.scores(GistFeatures(words, article: article), words: words)
        let starts = FigureChunks.starts(of: words, scalars: article.scalars)
        let scores = Self.chunkScores(own, starts: starts)
        let kept = fitted(
            keep(scores: scores, starts: starts, budget: budget), budget: budget,
            priority: scores, starts: starts)
        return (kept, starts)
    }

    /// Each word's score as its chunk's (`FigureChunks`): the best of its words, so that a
    /// figure stays when either it or its measure word is worth keeping.
    static func chunkScores(_ scores: [Double], starts: [Int]) -> [Double] {
        var best = scores
        for position in scores.indices where starts[position] != position {
            best[starts[position]] = max(best[starts[position]], scores[position])
        }
        return scores.indices.map { best[starts[$0]] }
    }

    /// The words whose log-odds of being kept clear the threshold (raised by a share of the
    /// best word's, `GistModel.cut`), best first while they fit the budget, a chunk (`starts`,
    /// from `FigureChunks`) whole; at least the best word when none clears it. (Deciding
    /// globally instead, by a dynamic program for the most log-odds above the threshold that
    /// fits the budget, less a cost per run of kept words so that a gist reads as phrases,
    /// scored lower on the development part, 2-fold: 44.9 at best, against 45.3.)
    func keep(scores: [Double], starts: [Int], budget: Int) -> [Bool] {
        let items = words.words
        var kept = [Bool](repeating: false, count: items.count)
        var chunkLength = [Int](repeating: 0, count: items.count)
        for position in items.indices { chunkLength[starts[position]] += items[position].length }
        let heads = items.indices.filter { starts[$0] == $0 }
        let order = heads.sorted { scores[$0] > scores[$1] }
        let best = order.first { items[$0].token.kind != .punct }.map { scores[$0] } ?? 0
        let cut = model.cut(best: best)
        var used = 0
        for head in order where scores[head] > cut {
            if used + chunkLength[head] <= budget {
                var position = head
                while position < items.count && starts[position] == head {
                    kept[position] = true
                    position += 1
                }
                used += chunkLength[head]
            }
        }
        if !kept.indices.contains(where: { kept[$0] && items[$0].token.kind != .punct }),
            let best = order.first(where: {
                items[$0].token.kind != .punct && items[$0].length <= budget
            })
        {
            kept[best] = true
        }
        return kept
    }

    /// The kept words tidied (no clause punctuation, no half of a pair of quotes or brackets,
    /// no punctuation at either end) and cut to the budget: while the text is too long, the
    /// lowest-priority word goes, with the rest of its chunk when `starts` are given (the last
    /// word when there are no scores).
    func fitted(
        _ keptWords: [Bool], budget: Int, priority: [Double]?, starts: [Int]? = nil
    ) -> [Bool] {
        var kept = keptWords
        while true {
            tidy(&kept)
            if render(kept).unicodeScalars.count <= budget { return kept }
            let candidates = kept.indices.filter { kept[$0] }
            guard !candidates.isEmpty else { return kept }
            let drop: Int
            if let priority {
                drop = candidates.min { priority[$0] < priority[$1] } ?? candidates[0]
            } else {
                drop = candidates[candidates.count - 1]
            }
            kept[drop] = false
            if let starts {
                for position in candidates where starts[position] == starts[drop] {
                    kept[position] = false
                }
            }
        }
    }

    /// Clause punctuation is never kept (a deleted clause break becomes a space); a quote or
    /// bracket stays only with its partner and something between them; punctuation does not
    /// open or close the gist.
    func tidy(_ kept: inout [Bool]) {
        let items = words.words
        let scalars = article.scalars
        for position in items.indices where kept[position] && items[position].isClauseBreak {
            kept[position] = false
        }
        var stack: [Int] = []
        for (position, word) in items.enumerated() where word.token.span.count == 1 {
            let scalar = scalars[word.token.start]
            if GistWords.openingBrackets.contains(scalar)
                || GistWords.openingQuotes.contains(scalar)
            {
                stack.append(position)
            } else if GistWords.closingBrackets.contains(scalar)
                || GistWords.closingQuotes.contains(scalar)
            {
                if let open = stack.popLast() {
                    let inside = (open + 1..<position).contains { kept[$0] }
                    if kept[open] != kept[position] || !inside {
                        kept[open] = false
                        kept[position] = false
                    }
                } else {
                    kept[position] = false
                }
            }
        }
        for open in stack { kept[open] = false }
        trimFunctionWords(&kept)
        // Punctuation at either end: trim until a word or a closing pair is met.
        for position in items.indices where kept[position] {
            if items[position].token.kind != .punct { break }
            kept[position] = false
        }
        for position in items.indices.reversed() where kept[position] {
            let token = items[position].token
            if token.kind != .punct { break }
            let scalar = scalars[token.start]
            if token.span.count == 1
                && (GistWords.closingQuotes.contains(scalar)
                    || GistWords.closingBrackets.contains(scalar))
            {
                break
            }
            kept[position] = false
        }
    }

    /// A run of kept words neither ends on a particle, conjunction or preposition (`的`, `和`,
    /// `在`) nor opens on a particle or conjunction: a piece of a headline reads as a phrase.
    func trimFunctionWords(_ kept: inout [Bool]) {
        let items = words.words
        var left = items.indices.filter { kept[$0] && items[$0].token.kind != .punct }.count
        var changed = true
        while changed {
            changed = false
            // The last word stays: a gist of one function word is better than none.
            for position in items.indices where kept[position] && left > 1 {
                guard let family = items[position].token.tag?.family else { continue }
                let opensRun = position == 0 || !kept[position - 1]
                let closesRun = position + 1 == items.count || !kept[position + 1]
                if (closesRun && Self.dangling.contains(family))
                    || (opensRun && (family == "u" || family == "c"))
                {
                    kept[position] = false
                    left -= 1
                    changed = true
                }
            }
        }
    }

    /// Tag families a run of kept words must not end on.
    static let dangling: Set<Unicode.Scalar> = ["u", "c", "p"]

    /// The kept words' scalars in order: words adjacent in the text are joined as they stand;
    /// across a gap, a space where a clause break was deleted or Latin text needs one.
    func render(_ kept: [Bool]) -> String {
        let items = words.words
        let scalars = article.scalars
        var out = String.UnicodeScalarView()
        var previous: Int?
        for position in items.indices where kept[position] {
            let token = items[position].token
            let first = scalars[token.span.range].first { !$0.isWhiteSpace }
            if let before = previous, let first, let last = out.last {
                let gap = items[before].token.end < token.start
                let brokeClause = (before + 1..<position).contains { items[$0].isClauseBreak }
                if gap && (brokeClause || SummaryText.needsSpace(between: last, and: first)) {
                    out.append(" ")
                }
            }
            for offset in token.span.range where !scalars[offset].isWhiteSpace {
                if scalars[offset] == "\u{00AD}" { continue }
                out.append(scalars[offset])
            }
            previous = position
        }
        return String(out)
    }
}
