import Foundation
import PresswatchTesting

/// The headline set split once, before any tuning, into a development part (the gist
/// labeller is trained and its threshold chosen on it) and a validation part (only measured):
/// an article is in validation when FNV-1a (32-bit) of its `id`'s UTF-8 is divisible by 3.
/// The split depends on nothing but the id, so adding or reordering articles moves none.
/// `Tests/Data/summaries/README.md` documents it.
public enum HeadlineSplit {
    public struct Row: Sendable {
        public var id: String
        public var text: String
        public var headline: String
    }

    public static func isValidation(_ id: String) -> Bool {
        var hash: UInt32 = 0x811c_9dc5
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash % 3 == 0
    }

    /// Every line of the headline set, in file order.
    public static func rows() throws -> [Row] {
        let content = try String(
            contentsOfFile: TestData.root + "/summaries/headlines-public.jsonl", encoding: .utf8)
        return content.split(separator: "\n").compactMap { line in
            guard
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
                    as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String,
                let headline = object["summary"] as? String
            else { return nil }
            return Row(id: id, text: text, headline: headline)
        }
    }
}
