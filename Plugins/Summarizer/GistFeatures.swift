import PresswatchCore

/// What the deletion labeller knows about each word of a gist's sentences, as hashed feature
/// names: the word and its lexicon tag, its neighbours', its clause (which one, how it opens
/// and ends: `据…`, `…表示：`, a dateline's `X月X日，`), brackets and quotes, how often the
/// article uses the word, its length and its place in the sentence. A feature is a name such
/// as `w=了` or `ce=表示`; its id is FNV-1a over the name's scalars, computed from the article's
/// scalars directly so that no `String` is built per word.
struct GistFeatures {
    /// Per word, its feature ids.
    var ids: [[UInt64]] = []
    /// Per word, its feature names; only filled when asked for (training writes the table).
    var names: [[String]] = []

    init(_ gist: GistWords, article: Article, withNames: Bool = false) {
        let scalars = article.scalars
        let words = gist.words
        ids.reserveCapacity(words.count)
        let lengthBucket = Self.bucket(gist.totalLength, [30, 60, 100])
        let lastClause = (words.last?.clause ?? 0)
        for (position, word) in words.enumerated() {
            var builder = Builder(scalars: scalars, withNames: withNames)
            let tag = Self.tag(word.token, scalars)
            let family = Self.family(word.token)
            let clause = word.clause
            builder.add("b")
            builder.add("w=", word: word.token)
            builder.add("t=", tag)
            let previous = position > 0 ? words[position - 1].token : nil
            let next = position + 1 < words.count ? words[position + 1].token : nil
            if let previous {
                builder.add("w-=", word: previous)
                builder.add("t-=", Self.tag(previous, scalars))
                builder.add("tt=" + Self.tag(previous, scalars) + "|", tag)
            } else {
                builder.add("t-=^")
            }
            if let next {
                builder.add("w+=", word: next)
                builder.add("t+=", Self.tag(next, scalars))
            } else {
                builder.add("t+=$")
            }
            let clauseName = clause == lastClause ? "last" : String(min(clause, 3))
            builder.add("c=" + clauseName + "|", family)
            builder.add("sl=" + lengthBucket + "|", family)
            builder.add("pos=" + String(min(position * 5 / max(words.count, 1), 4)))
            let first = gist.clauseFirst[clause]
            let last = gist.clauseLast[clause]
            if first >= 0 {
                builder.add("cf=", word: words[first].token)
                if first == position { builder.add("first|", family) }
            }
            if last >= 0 {
                builder.add("ce=", word: words[last].token)
                if last == position { builder.add("lastw|", family) }
            }
            if let end = gist.clauseEnd[clause] {
                builder.add("cp=", word: words[end].token)
            } else {
                builder.add("cp=none")
            }
            if word.inBrackets { builder.add("br|", family) }
            if word.inQuotes { builder.add("q|", family) }
            let count = Self.bucket(word.articleCount, [1, 2, 4])
            builder.add("tf=" + count + "|", family)
            builder.add("len=" + String(min(word.length, 4)) + "|", family)
            ids.append(builder.ids)
            if withNames { names.append(builder.names) }
        }
    }

    /// `0` up to the first bound, `1` up to the second, and so on.
    static func bucket(_ value: Int, _ bounds: [Int]) -> String {
        String(bounds.firstIndex { value <= $0 } ?? bounds.count)
    }

    /// The lexicon tag, or the token's kind when it has none (numbers, punctuation, Latin).
    static func tag(_ token: Token, _ scalars: [Unicode.Scalar]) -> String {
        if let tag = token.tag { return tag.rawValue }
        return "#" + token.kind.rawValue
    }

    /// The tag's first letter (its family), or the kind.
    static func family(_ token: Token) -> String {
        if let family = token.tag?.family { return String(family) }
        return "#" + token.kind.rawValue
    }

    /// Collects one word's feature ids (and names when training).
    struct Builder {
        let scalars: [Unicode.Scalar]
        let withNames: Bool
        var ids: [UInt64] = []
        var names: [String] = []

        init(scalars: [Unicode.Scalar], withNames: Bool) {
            self.scalars = scalars
            self.withNames = withNames
            ids.reserveCapacity(24)
        }

        mutating func add(_ name: String) {
            add(name, "")
        }

        mutating func add(_ prefix: String, _ suffix: String) {
            var hash = GistFeatures.seed
            for scalar in prefix.unicodeScalars { hash = GistFeatures.mix(hash, scalar) }
            for scalar in suffix.unicodeScalars { hash = GistFeatures.mix(hash, scalar) }
            ids.append(hash)
            if withNames { names.append(prefix + suffix) }
        }

        /// A feature naming a word: numbers by their shape (`#number`), Latin words folded.
        mutating func add(_ prefix: String, word token: Token) {
            if token.kind == .number || token.kind == .symbol {
                add(prefix, "#" + token.kind.rawValue)
                return
            }
            var hash = GistFeatures.seed
            for scalar in prefix.unicodeScalars { hash = GistFeatures.mix(hash, scalar) }
            var name = withNames ? prefix : ""
            for offset in token.span.range {
                var scalar = scalars[offset]
                if scalar.isWhiteSpace { continue }
                if scalar.value >= 65 && scalar.value <= 90 {
                    scalar = Unicode.Scalar(scalar.value + 32) ?? scalar
                }
                hash = GistFeatures.mix(hash, scalar)
                if withNames { name.unicodeScalars.append(scalar) }
            }
            ids.append(hash)
            if withNames { names.append(name) }
        }
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    /// The id of a feature name, as the table's names are read.
    static func id(of name: Substring) -> UInt64 {
        var hash = seed
        for scalar in name.unicodeScalars { hash = mix(hash, scalar) }
        return hash
    }
}
