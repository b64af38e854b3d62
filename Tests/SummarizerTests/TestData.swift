import Foundation

/// Where the repository's test data is, found from this file's path.
enum TestData {
    static let root: String = {
        let file = URL(fileURLWithPath: #filePath)
        return file.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data").path
    }()

    static func json(_ relativePath: String) throws -> Any {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath))
        return try JSONSerialization.jsonObject(with: data)
    }

    /// The seed page's article golds and reference summaries, paired in order.
    static func seed() throws -> [(article: [String: Any], summary: String)] {
        let folder = root + "/seed"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        guard
            let gold = names.first(where: {
                $0.hasSuffix(".gold.json") && !$0.contains(".numbers.")
                    && !$0.contains(".summaries-")
            }),
            let golds = (try json("seed/" + gold) as? [String: Any])?["articles"]
                as? [[String: Any]],
            let reference = names.first(where: { $0.hasSuffix(".summaries-keywords.gold.json") }),
            let summaries = (try json("seed/" + reference) as? [String: Any])?["articles"]
                as? [[String: Any]]
        else { return [] }
        return zip(golds, summaries).map { ($0, $1["summary"] as? String ?? "") }
    }

    /// The headline set: each article's text and its headline.
    static func headlines() throws -> [(text: String, headline: String)] {
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
