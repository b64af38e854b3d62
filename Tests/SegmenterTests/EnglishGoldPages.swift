import Foundation
import PresswatchTesting

@testable import Segmenter

/// A page of `Tests/Data/pages-en` with its line gold (format: the README there).
struct EnglishGoldPage {
    struct Article: Decodable {
        var headline: String
        var decks: [String]?
        var firstLine: Int
        var lastLine: Int
        var segments: [[Int]]?
        var kind: String
        var bylines: [String]

        /// The article's pieces, in text order.
        var pieces: [ClosedRange<Int>] {
            segments?.map { $0[0]...$0[1] } ?? [firstLine...lastLine]
        }
        var lineSet: Set<Int> { Set(pieces.flatMap { Array($0) }) }
    }

    private struct File: Decodable {
        var articles: [Article]
        var furnitureLines: [Int]
    }

    var name: String
    var text: String
    var articles: [Article]
    var furnitureLines: [Int]

    static let folder = TestData.url("pages-en")

    /// The pages of `dev`, `validation` (annotated) in name order.
    static func pages(_ part: String) throws -> [EnglishGoldPage] {
        let directory = folder.appendingPathComponent(part)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try names.map { name in
            let text = directory.appendingPathComponent(name)
            let gold = directory.appendingPathComponent(
                String(name.dropLast(4)) + ".gold.json")
            let file = try decoder.decode(File.self, from: Data(contentsOf: gold))
            return EnglishGoldPage(
                name: String(name.dropLast(4)), text: try String(contentsOf: text, encoding: .utf8),
                articles: file.articles, furnitureLines: file.furnitureLines)
        }
    }

    /// The pages the English line model learns from: the development part of the shared
    /// annotated pages and the raw pages the team annotated under the same rules.
    static func training() throws -> [EnglishGoldPage] {
        try pages("dev") + pages("dev-extra")
    }

    /// The texts of the raw pages (no gold), in name order.
    static func rawTexts() throws -> [(name: String, text: String)] {
        let directory = folder.appendingPathComponent("raw")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map {
            ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
