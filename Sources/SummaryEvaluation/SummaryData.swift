import Foundation
import PresswatchTesting

/// The summarizer's data sets in `Tests/Data`: the seed page's golds and reference summaries,
/// and the headline set.
extension TestData {
    /// The seed page's article golds and reference summaries, paired in order.
    public static func seed() throws -> [(article: [String: Any], summary: String)] {
        let folder = root + "/seed"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        guard
            let gold = names.first(where: {
                $0.hasSuffix(".gold.json") && !$0.contains(".numbers.")
                    && !$0.contains(".summaries-")
            }),
            let golds = (try TestData.json("seed/" + gold) as? [String: Any])?["articles"]
                as? [[String: Any]],
            let reference = names.first(where: { $0.hasSuffix(".summaries-keywords.gold.json") }),
            let summaries = (try TestData.json("seed/" + reference) as? [String: Any])?["articles"]
                as? [[String: Any]]
        else { return [] }
        return zip(golds, summaries).map { ($0, $1["summary"] as? String ?? "") }
    }

    /// The headline set: each article's text and its headline.
    public static func headlines() throws -> [(text: String, headline: String)] {
        let content = try String(
            contentsOfFile: root + "/summaries/headlines-public.jsonl", encoding: .utf8)
        return content.split(separator: "\n").compactMap { line in
            guard
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
                    as? [String: Any],
                let text = object["text"] as? String, let headline = object["summary"] as? String
            else { return nil }
            return (text, headline)
        }
    }
}
