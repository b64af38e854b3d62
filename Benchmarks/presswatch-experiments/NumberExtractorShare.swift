import ArgumentParser
import Foundation
import NumberExtractor
import PresswatchCore
import PresswatchTesting

/// The number extractor's time against the segmenter's on the same pages (the seed page and
/// `Tests/Data/pages`); the issue's bar was under 10%.
struct NumberExtractorShare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "number-extractor-share",
        abstract: "The number extractor's time as a share of the segmenter's on the same pages.")

    @Option(help: "Passes over the pages.")
    var rounds = 5

    func run() throws {
        let folder = TestData.url("pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try [TestData.seedPage] + names.map { try TestData.text("pages/" + $0) }
        let segmenting = try ProcessorChain(through: "segmenter")
        let extractor = try NumberExtractor(context: ProcessorContext(configDirectory: "/tmp"))
        let blank = try texts.map { try Document.from(text: $0) }
        var segmented = blank
        for index in segmented.indices { try segmenting.pipeline.run(&segmented[index]) }
        let clock = ContinuousClock()
        let segmenterTime = try clock.measure {
            for _ in 0..<rounds {
                for document in blank {
                    var copy = document
                    try segmenting.pipeline.run(&copy)
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
        let (extracting, segmentingSeconds) = (
            Timing.seconds(extractorTime), Timing.seconds(segmenterTime)
        )
        print(
            "number_extractor: \(String(format: "%.1f", extracting / segmentingSeconds * 100))%"
                + " of the segmenter's time (\(String(format: "%.3f", extracting)) s vs "
                + "\(String(format: "%.3f", segmentingSeconds)) s over \(scalars) scalars, "
                + "\(found) quantities)")
    }
}
