import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import Summarizer

/// The English gist on real 1916 pages (`Tests/Data/pages-en`), against the headlines their
/// editors wrote. Each gold article (kind `article`, with a headline and a first sentence) is
/// its page's lines from the first sentence to the article's last line, run through the real
/// segmenter; the first article found is summarized. Scored by word ROUGE-1 F1 (distinct words,
/// case folded, letters and figures only): character ROUGE means little in an alphabet. The
/// dev pages (`dev`, `dev-extra`) were looked at; `validation` and `validation-extra` are only
/// measured.
@Suite("Summarizer English gist on real pages", .tags(.quality))
struct EnglishGistPagesTests {
    struct Item {
        var headline: String
        var text: String
    }

    /// Lines are matched on their first three words, white space folded, since the gold's
    /// first sentence is the line text joined.
    static func items(_ folders: [String]) throws -> [Item] {
        var items: [Item] = []
        for folder in folders {
            let path = TestData.root + "/pages-en/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            where name.hasSuffix(".gold.json") {
                let gold = try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
                let page = try String(
                    contentsOfFile: path + "/"
                        + name.replacingOccurrences(
                            of: ".gold.json", with: ".txt"), encoding: .utf8)
                let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
                let articles = (gold as? [String: Any])?["articles"] as? [[String: Any]] ?? []
                for article in articles where article["kind"] as? String == "article" {
                    guard let headline = article["headline"] as? String,
                        let first = article["first_sentence"] as? String,
                        let firstLine = article["first_line"] as? Int,
                        let lastLine = article["last_line"] as? Int,
                        firstLine >= 1, lastLine <= lines.count, firstLine <= lastLine
                    else { continue }
                    let body = lines[(firstLine - 1)..<lastLine]
                    let key = first.split(separator: " ").prefix(3).joined(separator: " ")
                    guard
                        let start = body.firstIndex(where: {
                            $0.split(separator: " ").prefix(3).joined(separator: " ") == key
                        })
                    else { continue }
                    items.append(
                        Item(headline: headline, text: body[start...].joined(separator: "\n")))
                }
            }
        }
        return items
    }

    static func words(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII && scalar.properties.isAlphabetic
                || scalar.properties.numericType != nil && scalar.isASCII
            {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }

    static func rouge1(_ candidate: String, _ reference: String) -> Double {
        let c = words(candidate)
        let r = words(reference)
        let overlap = Double(c.intersection(r).count)
        guard overlap > 0 else { return 0 }
        let precision = overlap / Double(c.count)
        let recall = overlap / Double(r.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// A gist of at most five words, each capitalized or a figure: a place and a date.
    static func isDatelineOnly(_ gist: String) -> Bool {
        let parts = gist.split(separator: " ")
        return !parts.isEmpty && parts.count <= 5
            && parts.allSatisfy { part in
                part.unicodeScalars.first.map {
                    $0.properties.isUppercase || $0.properties.numericType != nil
                } ?? false
            }
    }

    struct Figures {
        var rouge1 = 0.0
        var datelineOnly = 0
        var words = 0
        var count = 0
    }

    /// The gist with and without stepping over dateline sentences, and the whole sentence.
    static func measure(_ items: [Item]) throws -> [String: Figures] {
        var options = SummarizerOptions()
        options.style = .headline
        let summarizer = Summarizer(options: options)
        var whole = SummarizerOptions()
        whole.sentences = 1
        let sentences = Summarizer(options: whole)
        var figures: [String: Figures] = [:]
        for item in items {
            let document = try ProcessorChain(through: "segmenter").run(item.text)
            guard let article = document.articles.first else { continue }
            var choosing = options
            choosing.sentences = HeadlineGist.poolUnits
            let selected = SentenceSelector(
                article: article, options: choosing, weights: .gistSelection
            ).select()
            let unskipped =
                selected.isEmpty
                ? "" : HeadlineGist(article: article, sentences: selected).text(maxChars: nil)
            let outputs = [
                ("sentence", sentences.summarize(article)?.text ?? ""),
                ("gist, dateline sentences not stepped over", unskipped),
                ("gist", summarizer.summarize(article)?.text ?? ""),
            ]
            for (label, text) in outputs {
                var entry = figures[label] ?? Figures()
                entry.rouge1 += rouge1(text, item.headline)
                entry.datelineOnly += isDatelineOnly(text) ? 1 : 0
                entry.words += text.split(separator: " ").count
                entry.count += 1
                figures[label] = entry
            }
        }
        return figures
    }

    @Test("word ROUGE-1 against the editors' headlines; no gist is only a dateline")
    func againstHeadlines() throws {
        for (part, folders) in [
            ("development", ["dev", "dev-extra"]),
            ("validation", ["validation", "validation-extra"]),
        ] {
            let items = try Self.items(folders)
            try #require(items.count >= 100)
            let figures = try Self.measure(items)
            for label in ["sentence", "gist, dateline sentences not stepped over", "gist"] {
                let entry = try #require(figures[label])
                let n = Double(max(entry.count, 1))
                print(
                    "pages-en \(part) (\(entry.count) articles) \(label): word R-1 "
                        + String(format: "%.2f", 100 * entry.rouge1 / n) + ", "
                        + String(format: "%.1f", Double(entry.words) / n) + " words, "
                        + "\(entry.datelineOnly) only a dateline")
            }
            let gist = try #require(figures["gist"])
            let before = try #require(figures["gist, dateline sentences not stepped over"])
            let sentence = try #require(figures["sentence"])
            #expect(gist.datelineOnly * 2 < before.datelineOnly, "\(part)")
            #expect(gist.rouge1 >= before.rouge1, "\(part)")
            // The gist is a fifth of the sentence's length and still finds as many of the
            // headline's words.
            #expect(gist.rouge1 >= sentence.rouge1, "\(part)")
        }
    }
}
