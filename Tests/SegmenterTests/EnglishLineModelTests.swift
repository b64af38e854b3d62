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

    /// Each development page scored by a model (and length prior) fitted on the other eight:
    /// the old decision (Viterbi labels) for comparison, and the segmental decision over a grid
    /// of its three weights. The shipped weights must be the grid's best (ties: the first).
    @Test func trainingGeneralisesAcrossDevelopmentPages() throws {
        let pages = try EnglishGoldPage.pages("dev")
        let examples = EnglishLineTrainer.examples(pages)
        var heldOut:
            [(
                page: EnglishGoldPage, lines: EnglishPageLines, posteriors: EnglishLinePosteriors,
                prior: (mean: Double, deviation: Double)
            )] = []
        var viterbi = EnglishLineScore()
        // PRESSWATCH_ENGLISH_LOO_CACHE=FILE keeps the nine models between runs (for trying
        // decisions; the models only change with the trainer or the features).
        let cache = ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_LOO_CACHE"]
        var cached: [[[[Double]]]] =
            cache.flatMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) }
            .flatMap { try? JSONDecoder().decode([[[[Double]]]].self, from: $0) } ?? []
        let fresh = cached.count != pages.count
        if fresh { cached = [] }
        for (held, page) in pages.enumerated() {
            let rest = examples.enumerated().filter { $0.offset != held }.map(\.element)
            let model: EnglishLineModel
            if fresh {
                model = EnglishLineTrainer.fit(rest)
                cached.append([model.emission, model.transition, [model.start]])
            } else {
                let parts = cached[held]
                model = EnglishLineModel(
                    emission: parts[0], transition: parts[1], start: parts[2][0])
            }
            let lines = examples[held].page
            let labels = model.decode(lines.features)
            let pageScore = EnglishLineScore.score(
                page, EnglishPageReader.layout(lines, labels: labels))
            print(pageScore.line("  viterbi \(page.name)"))
            viterbi = viterbi + pageScore
            heldOut.append(
                (
                    page, lines, EnglishLinePosteriors(model: model, features: lines.features),
                    EnglishLineTrainer.lengthPrior(rest)
                ))
        }
        if let cache, fresh {
            try JSONEncoder().encode(cached).write(to: URL(fileURLWithPath: cache))
        }
        print(viterbi.line("leave-one-page-out, dev, Viterbi labels"))
        func score(
            _ inside: Double, _ length: Double, _ bias: Double, report: Bool = false
        ) -> EnglishLineScore {
            var total = EnglishLineScore()
            for item in heldOut {
                let decoder = EnglishArticleDecoder(
                    insideWeight: inside, lengthWeight: length, articleBias: bias,
                    lengthMean: item.prior.mean, lengthDeviation: item.prior.deviation)
                let layout = EnglishPageReader.layout(
                    item.lines, labels: decoder.labels(item.posteriors))
                let pageScore = EnglishLineScore.score(item.page, layout, report: report)
                if report { print(pageScore.line("  segmental \(item.page.name)")) }
                total = total + pageScore
            }
            return total
        }
        var best: (f1: Double, weights: [Double]) = (-1, [])
        for inside in EnglishLineTrainer.insideWeights {
            for length in EnglishLineTrainer.lengthWeights {
                for bias in EnglishLineTrainer.articleBiases {
                    let total = score(inside, length, bias)
                    print(total.line("  inside \(inside) length \(length) bias \(bias)"))
                    if total.f1 > best.f1 + 1e-12 { best = (total.f1, [inside, length, bias]) }
                }
            }
        }
        let shipped = score(
            EnglishDecisionWeights.insideWeight, EnglishDecisionWeights.lengthWeight,
            EnglishDecisionWeights.articleBias,
            report: ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_HEADLINES"] != nil)
        print(shipped.line("leave-one-page-out, dev, segmental decision (shipped weights)"))
        print("grid best: \(best.weights) F1 \(best.f1)")
        #expect(
            best.weights == [
                EnglishDecisionWeights.insideWeight, EnglishDecisionWeights.lengthWeight,
                EnglishDecisionWeights.articleBias,
            ])
        #expect(shipped.f1 >= 0.6)
    }

    /// The length prior shipped is the development pages' own.
    @Test func theShippedLengthPriorIsTheDevelopmentPages() throws {
        let prior = EnglishLineTrainer.lengthPrior(
            EnglishLineTrainer.examples(try EnglishGoldPage.pages("dev")))
        print("length prior: \(prior)")
        #expect(prior.mean == EnglishDecisionWeights.lengthMean)
        #expect(prior.deviation == EnglishDecisionWeights.lengthDeviation)
    }
}
