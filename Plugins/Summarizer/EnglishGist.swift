import PresswatchCore

/// What a sub-editor deletes from an English news sentence, as a small grammar over its words
/// (there is no English reference set to learn from): the dateline before the dash
/// (`WASHINGTON, Dec. 5.—`), a leading time or place phrase up to its comma (`On Monday,`),
/// brackets, attributions (`, officials said`, `Officials said that`), and appositives and
/// non-restrictive clauses between commas after a name (`, the mayor,`). What remains is cut
/// to the budget at the last clause break that fits, else at a word, never ending on a
/// function word.
struct EnglishGist {
    let words: [GistWords.Word]
    let scalars: [Unicode.Scalar]

    init(words: GistWords, scalars: [Unicode.Scalar]) {
        self.words = words.words
        self.scalars = scalars
    }

    func kept(budget: Int) -> [Bool] {
        var kept = [Bool](repeating: true, count: words.count)
        for position in words.indices where words[position].inBrackets || isBracket(position) {
            kept[position] = false
        }
        deleteDateline(&kept)
        deleteLeadingPhrase(&kept)
        deleteAttributions(&kept)
        deleteAppositives(&kept)
        return cut(kept, budget: budget)
    }

    // MARK: - The deletions

    /// Everything before a dash in the first twelve words when it is all capitals, figures
    /// and abbreviations (`LONDON, April 3.—`, `PARIS (AP) --`).
    private func deleteDateline(_ kept: inout [Bool]) {
        let limit = min(words.count, 12)
        guard let dash = (0..<limit).first(where: { isDash($0) }), dash > 0 else { return }
        for position in 0..<dash where words[position].token.kind == .latin {
            let first = scalars[words[position].token.start]
            if !first.properties.isUppercase { return }
        }
        for position in 0...dash { kept[position] = false }
    }

    /// A sentence that opens on a preposition or time word and reaches a comma within eight
    /// words: that opening phrase is an adverbial (`On Monday,`, `In Paris,`, `Yesterday,`).
    private func deleteLeadingPhrase(_ kept: inout [Bool]) {
        guard let start = kept.firstIndex(of: true), words[start].token.kind == .latin,
            Self.adverbialOpeners.contains(lower(start))
        else { return }
        var seen = 0
        for position in start..<words.count {
            if isComma(position) {
                for deleted in start...position { kept[deleted] = false }
                return
            }
            if words[position].token.kind == .latin { seen += 1 }
            if seen > 8 || words[position].isClauseBreak { return }
        }
    }

    /// A short clause (at most six words) after a comma that has a verb of saying (`,
    /// officials said`, `, according to the police`), and an opening `X said that` / `X said`.
    private func deleteAttributions(_ kept: inout [Bool]) {
        let clauses = clauseRanges()
        for (index, clause) in clauses.enumerated() {
            let latin = clause.filter { words[$0].token.kind == .latin }
            guard let firstWord = latin.first else { continue }
            let saying = latin.contains { Self.sayingVerbs.contains(lower($0)) }
            if index > 0 && saying && latin.count <= 6 {
                // The comma before the clause goes with it.
                let from = clause.lowerBound > 0 ? clause.lowerBound - 1 : clause.lowerBound
                let through =
                    isComma(clause.upperBound - 1) ? clause.upperBound - 2 : clause.upperBound - 1
                for position in from...max(through, from) { kept[position] = false }
                continue
            }
            if index == 0 && lower(firstWord) == "according" {
                for position in clause { kept[position] = false }
                continue
            }
            // `Officials said that the ...`: the subject and verb of saying, and `that`.
            if index == 0,
                let verb = latin.prefix(6).first(where: {
                    Self.sayingVerbs.contains(lower($0))
                }), let that = latin.first(where: { $0 > verb }), lower(that) == "that"
            {
                for position in clause.lowerBound...that { kept[position] = false }
            }
        }
    }

    /// `, the mayor,` / `, who ...,` after a capitalized word: the whole aside goes.
    private func deleteAppositives(_ kept: inout [Bool]) {
        var position = 1
        while position < words.count {
            guard isComma(position), words[position - 1].token.kind == .latin,
                scalars[words[position - 1].token.start].properties.isUppercase,
                position + 1 < words.count, words[position + 1].token.kind == .latin,
                Self.asideOpeners.contains(lower(position + 1))
            else {
                position += 1
                continue
            }
            var end = position + 1
            var latin = 0
            while end < words.count && !words[end].isClauseBreak {
                if words[end].token.kind == .latin { latin += 1 }
                end += 1
            }
            if end < words.count && isComma(end) && latin <= 8 {
                for deleted in position...end { kept[deleted] = false }
                position = end + 1
            } else {
                position += 1
            }
        }
    }

    /// What is left, cut to the budget: words in order while they fit (a space between
    /// each), then back to the last clause break if that keeps at least half, and never
    /// ending on a function word.
    private func cut(_ kept: [Bool], budget: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: words.count)
        var used = 0
        var lastBreak: Int?
        var lastTaken: Int?
        for position in words.indices where kept[position] {
            let cost = words[position].length + (used > 0 ? 1 : 0)
            if used + cost > budget { break }
            if words[position].isClauseBreak, let taken = lastTaken, used * 2 >= budget {
                lastBreak = taken
            }
            result[position] = true
            used += cost
            lastTaken = position
        }
        let complete =
            lastTaken.map { taken in
                !words.indices.contains { $0 > taken && kept[$0] }
            } ?? true
        if !complete, let lastBreak {
            for position in words.indices where position > lastBreak { result[position] = false }
        }
        if !complete {
            while let last = result.lastIndex(of: true),
                words[last].token.kind != .latin || Self.functionWords.contains(lower(last)),
                result.filter({ $0 }).count > 1
            {
                result[last] = false
            }
        }
        return result
    }

    // MARK: - Reading words

    /// Word ranges between commas and other clause breaks (the break ends its clause).
    private func clauseRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for position in words.indices where words[position].isClauseBreak {
            ranges.append(start..<position + 1)
            start = position + 1
        }
        if start < words.count { ranges.append(start..<words.count) }
        return ranges
    }

    private func lower(_ position: Int) -> String {
        var out = String.UnicodeScalarView()
        for offset in words[position].token.span.range {
            let value = scalars[offset].value
            out.append(
                value >= 65 && value <= 90
                    ? Unicode.Scalar(value + 32) ?? scalars[offset]
                    : scalars[offset])
        }
        return String(out)
    }

    private func text(_ position: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[words[position].token.span.range])
        return String(out)
    }

    private func isComma(_ position: Int) -> Bool {
        let text = text(position)
        return text == "," || text == "\u{FF0C}"
    }

    private func isDash(_ position: Int) -> Bool {
        let text = text(position)
        return text.contains("\u{2014}") || text.contains("--") || text == "\u{2013}"
    }

    private func isBracket(_ position: Int) -> Bool {
        let word = words[position]
        guard word.token.span.count == 1 else { return false }
        let scalar = scalars[word.token.start]
        return GistWords.openingBrackets.contains(scalar)
            || GistWords.closingBrackets.contains(scalar)
    }

    /// Prepositions and time words that open an adverbial phrase.
    static let adverbialOpeners: Set<String> = [
        "on", "in", "at", "after", "before", "during", "yesterday", "today", "tonight", "last",
        "early", "late", "earlier", "later", "since", "following", "despite", "with", "for",
        "while", "when", "as", "this", "meanwhile", "however",
    ]
    static let sayingVerbs: Set<String> = [
        "said", "says", "say", "stated", "states", "declared", "announced", "reported",
        "added", "according", "told", "asserted",
    ]
    static let asideOpeners: Set<String> = ["a", "an", "the", "who", "which", "whose"]
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with",
        "from", "as", "that", "which", "who", "is", "was", "were", "are", "be", "has", "have",
        "had", "its", "their", "his", "her", "into", "than", "not", "will", "would",
    ]
}
