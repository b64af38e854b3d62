import Foundation
import PresswatchCore
import Segmenter
import Testing

@testable import NumberExtractor

/// The extractor's time against the segmenter's on the same pages (the issue's bar: under
/// 10%). Not a timed test: it only runs with `PRESSWATCH_BENCH=1`, prints, and asserts
/// nothing about time. Run it in release: `PRESSWATCH_BENCH=1 swift test -c release
/// -Xswiftc -enable-testing --filter NumberExtractorBenchmark`.
@Suite("NumberExtractorBenchmark")
struct NumberExtractorBenchmark {
    static func pages() throws -> [String] {
        let folder = Extraction.dataDirectory.appendingPathComponent("pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let seed = Extraction.dataDirectory.appendingPathComponent(SeedPageTests.stem + ".txt")
        return try ([seed] + names.map { folder.appendingPathComponent($0) }).map {
            try String(contentsOf: $0, encoding: .utf8)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    @Test(
        "number extractor time as a share of the segmenter's",
        .enabled(if: ProcessInfo.processInfo.environment["PRESSWATCH_BENCH"] == "1"))
    func shareOfSegmenterTime() throws {
        let texts = try Self.pages()
        let segmenter = try Segmenter(options: SegmenterOptions(), context: Extraction.context)
        let extractor = try NumberExtractor(context: Extraction.context)
        let blank = texts.map { text in
            Document(
                source: SourceInfo(
                    file: "page.txt", bytes: text.utf8.count, sha256: "", encoding: .utf8,
                    lines: 1),
                text: text)
        }
        var segmented = blank
        for index in segmented.indices { try segmenter.process(&segmented[index]) }
        let rounds = 5
        let clock = ContinuousClock()
        let segmenterTime = try clock.measure {
            for _ in 0..<rounds {
                for document in blank {
                    var copy = document
                    try segmenter.process(&copy)
                }
            }
        }
        var found = 0
        let extractorTime = clock.measure {
            for _ in 0..<rounds {
                for document in segmented {
                    for article in document.articles {
                        found += extractor.extract(from: article).count
                    }
                }
            }
        }
        let scalars = texts.reduce(0) { $0 + $1.unicodeScalars.count } * rounds
        let share = Self.seconds(extractorTime) / Self.seconds(segmenterTime)
        print(
            "number_extractor: \(String(format: "%.1f", share * 100))% of the segmenter's time "
                + "(\(String(format: "%.3f", Self.seconds(extractorTime))) s vs "
                + "\(String(format: "%.3f", Self.seconds(segmenterTime))) s over \(scalars) scalars, "
                + "\(found) quantities)")
        #expect(found > 0)
    }
}
