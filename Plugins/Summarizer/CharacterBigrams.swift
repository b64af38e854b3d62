import PresswatchCore

/// What each unit shares with the rest of the article in character pairs, letters and digits
/// only: a headline reuses the article's recurring phrases, and pairs need no word
/// segmentation to find them.
struct CharacterBigrams {
    /// How many of the most widespread pairs stand for what the article is about.
    static let keyCount = 24

    /// Per unit: the share of its distinct pairs that another unit also has.
    var shared: [Double]
    /// Per unit: the share of the article's key pairs it has, and key pairs per character.
    var keyCoverage: [Double]
    var keyDensity: [Double]

    init(article: Article, units: [Range<Int>], lengths: [Int]) {
        let bags = units.map { Self.pairs(of: $0, in: article) }
        var spread: [UInt64: Int] = [:]
        for bag in bags { for pair in bag { spread[pair, default: 0] += 1 } }
        let keys = Self.keyPairs(bags: bags, spread: spread)
        shared = bags.map { bag in
            bag.isEmpty
                ? 0 : Double(bag.filter { spread[$0, default: 0] >= 2 }.count) / Double(bag.count)
        }
        keyCoverage = []
        keyDensity = []
        for (unit, bag) in bags.enumerated() {
            let covered = keys.isEmpty ? 0 : Double(keys.filter { bag.contains($0) }.count)
            keyCoverage.append(keys.isEmpty ? 0 : covered / Double(keys.count))
            keyDensity.append(covered / Double(max(lengths[unit], 1)))
        }
    }

    /// The distinct pairs of adjacent letters or digits in a unit's sentences.
    static func pairs(of range: Range<Int>, in article: Article) -> Set<UInt64> {
        var bag = Set<UInt64>()
        let scalars = article.scalars
        for sentence in range {
            var previous: UInt32?
            for offset in article.sentences[sentence].range {
                let scalar = scalars[offset]
                guard scalar.isLetterOrDigit else {
                    if !scalar.isWhiteSpace { previous = nil }
                    continue
                }
                if let previous { bag.insert(UInt64(previous) << 32 | UInt64(scalar.value)) }
                previous = scalar.value
            }
        }
        return bag
    }

    /// Pairs in two units or more, the most widespread first, ties in reading order.
    static func keyPairs(bags: [Set<UInt64>], spread: [UInt64: Int]) -> [UInt64] {
        var order: [UInt64: Int] = [:]
        var rank = 0
        for bag in bags {
            for pair in bag.sorted() where order[pair] == nil && spread[pair, default: 0] >= 2 {
                order[pair] = rank
                rank += 1
            }
        }
        let sorted = order.keys.sorted {
            let (a, b) = (spread[$0, default: 0], spread[$1, default: 0])
            return a != b ? a > b : order[$0, default: 0] < order[$1, default: 0]
        }
        return Array(sorted.prefix(keyCount))
    }
}
