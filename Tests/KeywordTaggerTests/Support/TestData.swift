import Foundation
import PresswatchCore
import PresswatchTesting

/// The seed page's articles from its gold layout, each with its three key terms.
struct SeedArticle {
    var article: Article
    var keyTerms: [String]
}

/// One abstract of the public CSL set: text (abstract, then the title) and authors' keywords.
struct KeywordItem: Decodable {
    var id: String
    var text: String
    var keywords: [String]

    /// The abstract as the body and the title (after the abstract's last full stop and a
    /// space) as the headline, as a paper's page shows them.
    var article: Article {
        let scalars = Array(text.unicodeScalars)
        var split = scalars.count
        for index in stride(from: scalars.count - 2, through: 1, by: -1)
        where scalars[index] == " " && (scalars[index - 1] == "." || scalars[index - 1] == "。") {
            split = index
            break
        }
        let body = String(String.UnicodeScalarView(scalars[..<split]))
        let title =
            split < scalars.count
            ? String(String.UnicodeScalarView(scalars[(split + 1)...])) : nil
        return Articles.make([body], headline: title)
    }
}

/// The tagger's data sets in `Tests/Data`.
extension TestData {
    static func seedArticles() throws -> [SeedArticle] {
        let seed = root + "/" + seedStem
        struct Gold: Decodable {
            struct Item: Decodable {
                var kind: String
                var headline: String?
                var kicker: String?
                var bylines: [Byline]
                var paragraphs: [String]
            }
            var articles: [Item]
        }
        struct Terms: Decodable {
            struct Item: Decodable {
                var keyTerms: [String]
                enum CodingKeys: String, CodingKey { case keyTerms = "key_terms" }
            }
            var articles: [Item]
        }
        let gold = try JSONDecoder().decode(Gold.self, from: read(seed + ".gold.json"))
        let terms = try JSONDecoder().decode(
            Terms.self, from: read(seed + ".summaries-keywords.gold.json"))
        return zip(gold.articles, terms.articles).map { item, terms in
            SeedArticle(
                article: Articles.make(
                    item.paragraphs, headline: item.headline, kicker: item.kicker,
                    bylines: item.bylines),
                keyTerms: terms.keyTerms)
        }
    }

    static func keywordItems() throws -> [KeywordItem] {
        let data = try read(root + "/keywords/csl-public.jsonl")
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(KeywordItem.self, from: Data($0.utf8))
        }
    }

    /// News articles (about 650 characters) without their headlines, and the headlines.
    static func headlineItems() throws -> [(article: Article, headline: String)] {
        struct Item: Decodable {
            var text: String
            var summary: String
        }
        let data = try read(root + "/summaries/headlines-public.jsonl")
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            let item = try JSONDecoder().decode(Item.self, from: Data($0.utf8))
            let paragraphs = item.text.split(separator: "\n").map(String.init)
            return (Articles.make(paragraphs), item.summary)
        }
    }

    private static func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }
}

/// Exact-match F1 of a ranked list's first `k` terms against a gold set, in percent.
func f1(_ ranked: [String], _ gold: [String], at k: Int) -> Double {
    let predicted = Array(ranked.prefix(k))
    let goldSet = Set(gold)
    let hits = Set(predicted).intersection(goldSet).count
    guard hits > 0 else { return 0 }
    let precision = Double(hits) / Double(predicted.count)
    let recall = Double(hits) / Double(goldSet.count)
    return 200 * precision * recall / (precision + recall)
}
