import Foundation
import PresswatchCore

@testable import Segmenter

/// Scores the page analysis against gold pages the way the issue measures it.
struct PageScore {
    var goldArticles = 0
    var predictedArticles = 0
    var matchedArticles = 0
    var exactHeadlines = 0
    var exactBylines = 0
    var exactKickers = 0
    /// Gold articles with a kicker: the kicker rate is over these, as `page-score` counts.
    var goldKickers = 0
    var exactDatelines = 0
    var exactKinds = 0
    var goldBoundaries = 0
    var predictedBoundaries = 0
    var matchedBoundaries = 0
    var mistakes: [String] = []

    static let bodyMatch = 0.95

    var articleF1: Double { f1(matchedArticles, predictedArticles, goldArticles) }
    var paragraphF1: Double { f1(matchedBoundaries, predictedBoundaries, goldBoundaries) }
    var headlineRate: Double { rate(exactHeadlines) }
    var bylineRate: Double { rate(exactBylines) }
    var kickerRate: Double {
        goldKickers == 0 ? 1 : Double(exactKickers) / Double(goldKickers)
    }
    var datelineRate: Double { rate(exactDatelines) }
    var kindRate: Double { rate(exactKinds) }

    private func rate(_ count: Int) -> Double {
        goldArticles == 0 ? 1 : Double(count) / Double(goldArticles)
    }

    private func f1(_ matched: Int, _ predicted: Int, _ gold: Int) -> Double {
        guard predicted + gold > 0 else { return 1 }
        return 2 * Double(matched) / Double(predicted + gold)
    }

    static func + (lhs: PageScore, rhs: PageScore) -> PageScore {
        var sum = lhs
        sum.goldArticles += rhs.goldArticles
        sum.predictedArticles += rhs.predictedArticles
        sum.matchedArticles += rhs.matchedArticles
        sum.exactHeadlines += rhs.exactHeadlines
        sum.exactBylines += rhs.exactBylines
        sum.exactKickers += rhs.exactKickers
        sum.goldKickers += rhs.goldKickers
        sum.exactDatelines += rhs.exactDatelines
        sum.exactKinds += rhs.exactKinds
        sum.goldBoundaries += rhs.goldBoundaries
        sum.predictedBoundaries += rhs.predictedBoundaries
        sum.matchedBoundaries += rhs.matchedBoundaries
        sum.mistakes += rhs.mistakes
        return sum
    }

    /// Matches each gold article to the unmatched predicted article whose body lines up best
    /// (at least 95% of characters, white space ignored) and compares their fields.
    static func score(_ page: GoldPage, _ layout: PageLayout) -> PageScore {
        var score = PageScore()
        score.goldArticles = page.articles.count
        score.predictedArticles = layout.articles.count
        let predictedBodies = layout.articles.map {
            Alignment.withoutSpaces($0.paragraphs.map(\.text).joined())
        }
        var used = Set<Int>()
        for gold in page.articles {
            let goldBody = Alignment.withoutSpaces(gold.body)
            var best: (index: Int, ratio: Double)?
            for (index, predicted) in layout.articles.enumerated() where !used.contains(index) {
                guard predicted.lines.first <= gold.bodyLines[1],
                    predicted.lines.last >= gold.bodyLines[0],
                    let ratio = Alignment.ratio(
                        goldBody, predictedBodies[index], minimum: bodyMatch)
                else { continue }
                if ratio > (best?.ratio ?? 0) { best = (index, ratio) }
            }
            let label = "\(page.name) \(gold.headline ?? "-")"
            guard let best else {
                score.mistakes.append("\(label): no article matches the body")
                continue
            }
            used.insert(best.index)
            score.matchedArticles += 1
            score.compare(gold, layout.articles[best.index], label: label)
        }
        let goldStarts = Set(page.articles.flatMap(\.paragraphStarts))
        let predictedStarts = Set(layout.articles.flatMap { $0.paragraphs.map(\.firstLine) })
        score.goldBoundaries = goldStarts.count
        score.predictedBoundaries = predictedStarts.count
        score.matchedBoundaries = goldStarts.intersection(predictedStarts).count
        return score
    }

    private mutating func compare(
        _ gold: GoldPage.Article, _ predicted: LaidOutArticle, label: String
    ) {
        if check(gold.headline, predicted.headline, "headline", label) { exactHeadlines += 1 }
        if gold.kicker != nil {
            goldKickers += 1
            if check(gold.kicker, predicted.kicker, "kicker", label) { exactKickers += 1 }
        }
        if check(gold.dateline, predicted.dateline, "dateline", label) { exactDatelines += 1 }
        if check(gold.kind, predicted.kind.rawValue, "kind", label) { exactKinds += 1 }
        let bylines = predicted.bylines.map {
            GoldPage.Byline(role: $0.role.rawValue, names: $0.names)
        }
        if bylines == gold.bylines {
            exactBylines += 1
        } else {
            mistakes.append("\(label): bylines \(bylines) for \(gold.bylines)")
        }
    }

    private mutating func check(
        _ gold: String?, _ predicted: String?, _ field: String, _ label: String
    ) -> Bool {
        // White space aside, as `page-score` compares.
        if gold.map({ String(String.UnicodeScalarView(Alignment.withoutSpaces($0))) })
            == predicted.map({ String(String.UnicodeScalarView(Alignment.withoutSpaces($0))) })
        {
            return true
        }
        mistakes.append("\(label): \(field) \(predicted ?? "nil") for \(gold ?? "nil")")
        return false
    }

    func line(_ name: String) -> String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        return
            "\(name)  articles \(matchedArticles)/\(goldArticles) gold, \(predictedArticles) found"
            + "  F1 \(f(articleF1))  headlines \(f(headlineRate))  bylines \(f(bylineRate))"
            + "  kickers \(f(kickerRate))  datelines \(f(datelineRate))  kinds \(f(kindRate))"
            + "  paragraph-F1 \(f(paragraphF1))"
    }
}
