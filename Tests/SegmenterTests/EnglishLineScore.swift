import Foundation

@testable import Segmenter

/// `page-score`'s line gold metric: gold and predicted articles paired greedily by the
/// Jaccard overlap of their line sets (>= 0.5 pairs and counts as found); a headline matches
/// case-, space- and punctuation-blind, or when one holds the other's opening of at least 8
/// letters (a headline with or without its decks).
struct EnglishLineScore {
    var pages = 0
    var gold = 0
    var predicted = 0
    var found = 0
    var headlines = 0

    var precision: Double { Double(found) / Double(max(predicted, 1)) }
    var recall: Double { Double(found) / Double(max(gold, 1)) }
    var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }
    var headlineRate: Double { Double(headlines) / Double(max(gold, 1)) }

    static func + (lhs: EnglishLineScore, rhs: EnglishLineScore) -> EnglishLineScore {
        EnglishLineScore(
            pages: lhs.pages + rhs.pages, gold: lhs.gold + rhs.gold,
            predicted: lhs.predicted + rhs.predicted, found: lhs.found + rhs.found,
            headlines: lhs.headlines + rhs.headlines)
    }

    /// - Parameter report: print the headlines of found articles that do not match.
    static func score(
        _ page: EnglishGoldPage, _ layout: PageLayout, report: Bool = false
    ) -> EnglishLineScore {
        let goldSets = page.articles.map(\.lineSet)
        let predictedSets = layout.articles.map { article in
            Set(article.lines.pieces.flatMap { Array($0) })
        }
        var pairs: [(score: Double, gold: Int, predicted: Int)] = []
        for (i, g) in goldSets.enumerated() {
            for (j, p) in predictedSets.enumerated() {
                let common = g.intersection(p).count
                guard common > 0 else { continue }
                pairs.append((Double(common) / Double(g.union(p).count), i, j))
            }
        }
        // As page-score: the tuples sorted in reverse, so ties go to the larger indices.
        pairs.sort { ($0.score, $0.gold, $0.predicted) > ($1.score, $1.gold, $1.predicted) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var score = EnglishLineScore(
            pages: 1, gold: goldSets.count, predicted: predictedSets.count, found: 0,
            headlines: 0)
        for pair in pairs {
            if pair.score < 0.5 { break }
            if usedGold.contains(pair.gold) || usedPredicted.contains(pair.predicted) { continue }
            usedGold.insert(pair.gold)
            usedPredicted.insert(pair.predicted)
            score.found += 1
            if headlineMatches(
                layout.articles[pair.predicted].headline, page.articles[pair.gold].headline)
            {
                score.headlines += 1
            } else if report {
                print(
                    "headline \(page.name): gold \"\(page.articles[pair.gold].headline)\" "
                        + "predicted \"\(layout.articles[pair.predicted].headline ?? "")\"")
            }
        }
        return score
    }

    static func loose(_ text: String?) -> String {
        String(
            String.UnicodeScalarView(
                (text ?? "").lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }

    static func headlineMatches(_ predicted: String?, _ gold: String) -> Bool {
        let a = loose(predicted)
        let b = loose(gold)
        return a == b || (min(a.count, b.count) >= 8 && (a.hasPrefix(b) || b.hasPrefix(a)))
    }

    func line(_ name: String) -> String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        return
            "\(name): \(pages) pages, \(gold) gold, \(predicted) predicted, \(found) found  "
            + "P \(f(precision)) R \(f(recall)) F1 \(f(f1))  headlines \(f(headlineRate))"
    }
}
