import Foundation
import Testing

@testable import Segmenter

/// The shipped English line model is what training on the development pages gives, and the
/// way it is trained generalises across pages (leave-one-page-out on development).
@Suite(.serialized) struct EnglishLineModelTests {
    @Test func theShippedWeightsAreWhatTrainingOnTheDevelopmentPagesGives() throws {
        let pages = try EnglishGoldPage.pages("dev")
        let model = EnglishLineTrainer.fit(EnglishLineTrainer.examples(pages))
        if ProcessInfo.processInfo.environment["PRESSWATCH_WRITE_ENGLISH_WEIGHTS"] != nil {
            let file = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("Plugins/Segmenter/English/EnglishLineWeights.swift")
            try EnglishLineTrainer.source(model, pages: pages.map(\.name))
                .write(to: file, atomically: true, encoding: .utf8)
        }
        let shipped = EnglishLineModel.shipped
        #expect(model.emission == shipped.emission)
        #expect(model.transition == shipped.transition)
        #expect(model.start == shipped.start)
    }

    /// Labels read off the gold, assembled: how far the label scheme itself can go.
    @Test func goldLabelsAssembleIntoTheGoldArticles() throws {
        var total = EnglishLineScore()
        for page in try EnglishGoldPage.pages("dev") {
            let lines = EnglishPageLines(SourceLine.split(page.text))
            let labels = EnglishLineTrainer.labels(of: page, lines: lines.lines)
            let layout = EnglishPageReader.layout(lines, labels: labels)
            total = total + EnglishLineScore.score(page, layout)
        }
        print(total.line("gold labels, dev"))
        #expect(total.f1 >= 0.9)
    }

    /// Each development page scored by a model trained on the other eight
    /// (`PRESSWATCH_ENGLISH_HEADLINES=1` prints the found articles whose headline misses).
    @Test func trainingGeneralisesAcrossDevelopmentPages() throws {
        let pages = try EnglishGoldPage.pages("dev")
        let examples = EnglishLineTrainer.examples(pages)
        let epochList =
            ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_EPOCHS"].map {
                $0.split(separator: ",").compactMap { Int($0) }
            } ?? [EnglishLineTrainer.epochs]
        for epochs in epochList {
            var total = EnglishLineScore()
            for (held, page) in pages.enumerated() {
                let rest = examples.enumerated().filter { $0.offset != held }.map(\.element)
                let model = EnglishLineTrainer.fit(rest, epochs: epochs)
                let layout = EnglishPageReader.analyze(SourceLine.split(page.text), model: model)
                total =
                    total
                    + EnglishLineScore.score(
                        page, layout,
                        report: ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_HEADLINES"]
                            != nil)
            }
            print(total.line("leave-one-page-out, dev, \(epochs) epochs"))
            #expect(total.f1 >= 0.6)
        }
    }
}
