import Foundation
import PresswatchTesting

/// A page of `Tests/Data` and its gold articles (format: `Tests/Data/README.md`).
struct GoldPage {
    struct Byline: Decodable, Equatable {
        var role: String
        var names: [String]
    }

    struct Article: Decodable {
        var kind: String
        var headline: String?
        var kicker: String?
        var subtitle: String?
        var bylines: [Byline]
        var dateline: String?
        var bodyLines: [Int]
        var paragraphStarts: [Int]
        var body: String
        var headlineLines: [Int]?
        var kickerLines: [Int]?
        var bylineLines: [[Int]]?
    }

    private struct File: Decodable {
        var articles: [Article]
        var nonArticleLines: [Int]
    }

    var name: String
    var text: String
    var articles: [Article]
    var nonArticleLines: [Int]

    static func load(_ relativeText: String) throws -> GoldPage {
        let textURL =
            relativeText.hasPrefix("/")
            ? URL(fileURLWithPath: relativeText)
            : TestData.url(relativeText)
        let goldURL = URL(
            fileURLWithPath: textURL.path.replacingOccurrences(of: ".txt", with: ".gold.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let file = try decoder.decode(File.self, from: Data(contentsOf: goldURL))
        return GoldPage(
            name: textURL.lastPathComponent, text: try String(contentsOf: textURL, encoding: .utf8),
            articles: file.articles, nonArticleLines: file.nonArticleLines)
    }

    /// Every page of `Tests/Data/pages` (or of another folder of pages with golds beside
    /// them), in name order.
    static func allPages(in folder: URL = TestData.url("pages")) throws
        -> [GoldPage]
    {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try load(folder.appendingPathComponent($0).path) }
    }
}

/// How much of two texts lines up, character by character.
enum Alignment {
    /// The longest common subsequence over the longer length, or nil when it is certainly
    /// below `minimum` (Myers' diff, stopped once the edits allow no more).
    static func ratio(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], minimum: Double) -> Double? {
        let n = a.count
        let m = b.count
        let longer = max(n, m)
        if longer == 0 { return 1 }
        let limit = n + m - Int((2 * minimum * Double(longer)).rounded(.up))
        guard limit >= 0 else { return nil }
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        for edits in 0...limit {
            for diagonal in stride(from: -edits, through: edits, by: 2) {
                var x: Int
                if diagonal == -edits
                    || (diagonal != edits
                        && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                {
                    x = frontier[offset + diagonal + 1]
                } else {
                    x = frontier[offset + diagonal - 1] + 1
                }
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n, y >= m {
                    return Double((n + m - edits) / 2) / Double(longer)
                }
            }
        }
        return nil
    }

    static func withoutSpaces(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }
    }
}
