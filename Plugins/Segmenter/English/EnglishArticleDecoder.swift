import Foundation

/// The segmental (semi-Markov) decision over an English page: where articles start, chosen
/// for the whole page at once. A reading of the page is a sequence of articles, each from an
/// opening line to the line before the next opening; it scores
/// - per article, the line model's log-probability that its first line opens an article,
///   a log-normal prior on its length in lines, and a bias (how dear an article is);
/// - per line inside, the log-probability that it continues an article or is furniture.
/// Dynamic programming finds the best reading; articles longer than `maxLength` lines are
/// not considered, so the cost is linear in lines. The line labels then follow the decision
/// (`labels(_:)`), and the article assembly reads them as before.
struct EnglishArticleDecoder: Sendable {
    /// Weight of the inside lines' evidence against the opening line's.
    var insideWeight: Double
    /// Weight of the length prior.
    var lengthWeight: Double
    /// Added per article: more articles when higher.
    var articleBias: Double
    /// Mean and deviation of the natural log of an article's length in lines.
    var lengthMean: Double
    var lengthDeviation: Double

    static let maxLength = 250

    /// The shipped decision: the length prior measured on the development pages, the weights
    /// chosen by leave-one-page-out over them (`EnglishLineModelTests`).
    static let shipped = EnglishArticleDecoder(
        insideWeight: EnglishDecisionWeights.insideWeight,
        lengthWeight: EnglishDecisionWeights.lengthWeight,
        articleBias: EnglishDecisionWeights.articleBias,
        lengthMean: EnglishDecisionWeights.lengthMean,
        lengthDeviation: EnglishDecisionWeights.lengthDeviation)

    private static let floor = 1e-6

    /// The lines where the best reading starts an article, and whether each line is
    /// furniture.
    func decide(_ posteriors: EnglishLinePosteriors) -> (starts: [Int], furniture: [Bool]) {
        let n = posteriors.count
        guard n > 0 else { return ([], []) }
        // Per line: opening, continuing and furniture evidence; an inside line takes the
        // better of continuing and furniture.
        var inside = [Double](repeating: 0, count: n + 1)  // prefix sums
        var kept = [Int](repeating: 0, count: n + 1)  // prefix counts of non-furniture lines
        var furnitureSum = [Double](repeating: 0, count: n + 1)
        var furniture = [Bool](repeating: false, count: n)
        var open = [Double](repeating: 0, count: n)
        for line in 0..<n {
            let opens = posteriors.opens[line]
            let isFurniture = posteriors.probability(line, .furniture)
            let continues = max(1 - opens - isFurniture, 0)
            open[line] = log(max(opens, Self.floor))
            let asFurniture = log(max(isFurniture, Self.floor))
            let asContinuation = log(max(continues, Self.floor))
            furniture[line] = asFurniture > asContinuation
            inside[line + 1] = inside[line] + insideWeight * max(asFurniture, asContinuation)
            kept[line + 1] = kept[line] + (furniture[line] ? 0 : 1)
            furnitureSum[line + 1] = furnitureSum[line] + insideWeight * asFurniture
        }
        // best[t]: the best reading of lines 0..<t with an article starting at t (or the
        // page ending, t == n); the lines before the first article are furniture.
        var best = [Double](repeating: -Double.infinity, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        for end in 0...n {
            best[end] = furnitureSum[end]
            for start in max(0, end - Self.maxLength)..<end {
                let length = 1 + kept[end] - kept[start + 1]
                let score =
                    best[start] + open[start] + inside[end] - inside[start + 1]
                    + lengthWeight * logPrior(length) + articleBias
                if score > best[end] {
                    best[end] = score
                    from[end] = start
                }
            }
        }
        var starts: [Int] = []
        var cursor = from[n]
        while cursor >= 0 {
            starts.append(cursor)
            cursor = from[cursor]
        }
        starts.reverse()
        // Lines before the first article are furniture.
        for line in 0..<(starts.first ?? n) { furniture[line] = true }
        for start in starts { furniture[start] = false }
        return (starts, furniture)
    }

    /// The log density of an article of `length` lines, up to a constant: log-normal.
    func logPrior(_ length: Int) -> Double {
        let x = log(Double(length))
        let z = (x - lengthMean) / lengthDeviation
        return -0.5 * z * z - x
    }

    /// Line labels that carry the decision: an article's first line is its headline (or an
    /// unheaded item's start, whichever the model finds likelier), the headline lines and
    /// decks and bylines right under it stay heading, everything else of the article is body.
    func labels(_ posteriors: EnglishLinePosteriors) -> [EnglishLineLabel] {
        let (starts, furniture) = decide(posteriors)
        let n = posteriors.count
        var labels = [EnglishLineLabel](repeating: .furniture, count: n)
        var isStart = [Bool](repeating: false, count: n)
        for start in starts { isStart[start] = true }
        var previous = EnglishLineLabel.furniture
        var inHeading = false
        for line in 0..<n {
            if furniture[line] { continue }
            let label: EnglishLineLabel
            if isStart[line] {
                let heading =
                    posteriors.probability(line, .headline) + posteriors.probability(line, .deck)
                let headed = heading >= posteriors.probability(line, .briefStart)
                label = headed ? .headline : .briefStart
                inHeading = headed
            } else if inHeading {
                label = headingLabel(posteriors, line, after: previous)
                inHeading = label != .body
            } else {
                label = posteriors.probability(line, .byline) > 0.5 ? .byline : .body
            }
            labels[line] = label
            previous = label
        }
        return labels
    }

    /// Under a headline: the likeliest of headline (only right after a headline line, else it
    /// would open an article), deck, byline and body.
    private func headingLabel(
        _ posteriors: EnglishLinePosteriors, _ line: Int, after previous: EnglishLineLabel
    ) -> EnglishLineLabel {
        var candidates: [EnglishLineLabel] = [.deck, .byline, .body]
        if previous == .headline { candidates.append(.headline) }
        var bestLabel = EnglishLineLabel.body
        var bestScore = -1.0
        for label in candidates {
            var score = posteriors.probability(line, label)
            if label == .body { score += posteriors.probability(line, .briefStart) }
            if score > bestScore {
                bestScore = score
                bestLabel = label
            }
        }
        // A headline line the model thinks starts a new headline still continues this one.
        if bestLabel == .body, previous == .deck,
            posteriors.probability(line, .headline) > bestScore
        {
            return .deck
        }
        return bestLabel
    }
}
