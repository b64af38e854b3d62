import Foundation
import PresswatchTesting
import Testing

@testable import Segmenter

/// The article-start stage (`EnglishArticleStarts`) judged as the line model is: 5-fold
/// cross-validation over the training pages, with the stage's own training data read out of
/// fold inside each training part (nested), so that what it learns from looks like what it
/// will see.
@Suite(.serialized, .tags(.quality)) struct EnglishArticleStartTests {
    @Test func theShippedStartWeightsAreWhatTrainingOnTheTrainingPagesGives() throws {
        let pages = try EnglishGoldPage.training()
        let environment = ProcessInfo.processInfo.environment
        let starts = try EnglishStartTrainer.shipped(
            EnglishLineTrainer.examples(pages), cache: environment["PRESSWATCH_ENGLISH_MODEL_CACHE"]
        )
        if environment["PRESSWATCH_WRITE_ENGLISH_WEIGHTS"] != nil {
            let file = TestData.repositoryFile(
                "Plugins/Segmenter/English/EnglishStartWeights.swift")
            try EnglishStartTrainer.source(starts, pages: pages.count)
                .write(to: file, atomically: true, encoding: .utf8)
        }
        let shipped = EnglishArticleStarts.shipped
        #expect(starts.weights == shipped.weights)
        #expect(starts.mean == shipped.mean)
        #expect(starts.scale == shipped.scale)
        #expect(starts.lengthPrior == shipped.lengthPrior)
        #expect(starts.bias == shipped.bias && starts.lengthWeight == shipped.lengthWeight)
        #expect(starts.candidateThreshold == shipped.candidateThreshold)
    }

    /// `PRESSWATCH_ENGLISH_MODEL_CACHE=DIR` keeps the 25 fitted line models there between
    /// runs; `PRESSWATCH_ENGLISH_STARTS_BIAS=a,b` and `_LENGTH_WEIGHT=a,b` try settings.
    @Test func startsGeneraliseAcrossTrainingPages() throws {
        let pages = try EnglishGoldPage.training()
        let examples = EnglishLineTrainer.examples(pages)
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["PRESSWATCH_ENGLISH_MODEL_CACHE"]
        func list(_ name: String, _ shipped: Double) -> [Double] {
            environment["PRESSWATCH_ENGLISH_STARTS_" + name].map {
                $0.split(separator: ",").compactMap { Double($0) }
            } ?? [shipped]
        }
        let biases = list("BIAS", EnglishStartTrainer.bias)
        let lengthWeights = list("LENGTH_WEIGHT", EnglishStartTrainer.lengthWeight)
        let folds = 5
        var baseline = EnglishLineScore()
        var totals = [[EnglishLineScore]](
            repeating: [EnglishLineScore](
                repeating: EnglishLineScore(), count: lengthWeights.count),
            count: biases.count)
        var missed = 0
        var oracles = [EnglishLineScore(), EnglishLineScore()]
        var candidates = 0
        for fold in 0..<folds {
            let rest = examples.indices.filter { $0 % folds != fold }
            let model = try EnglishStartTrainer.cachedFit(
                rest.map { examples[$0] }, key: "fold-\(fold)", folder: cache)
            var training = EnglishStartTrainer.Examples()
            for inner in 0..<folds where inner != fold {
                let innerModel = try EnglishStartTrainer.cachedFit(
                    rest.filter { $0 % folds != inner }.map { examples[$0] },
                    key: "fold-\(fold)-\(inner)", folder: cache)
                for index in rest where index % folds == inner {
                    let page = EnglishStartTrainer.examples(examples[index], model: innerModel)
                    training.rows += page.rows
                    training.targets += page.targets
                }
            }
            let prior = EnglishStartTrainer.lengthPrior(rest.map { examples[$0] })
            let fitted = EnglishStartTrainer.fit(training, prior: prior)
            for index in examples.indices where index % folds == fold {
                let page = pages[index]
                let lines = SourceLine.split(page.text)
                baseline =
                    baseline
                    + EnglishLineScore.score(
                        page, EnglishPageReader.analyze(lines, model: model, starts: nil))
                // Oracles: the gold starts among the candidates, and all of them.
                let pageLines = examples[index].page
                let features = EnglishArticleStarts.features(pageLines, model: model)
                let labels = features.labels
                let gold = examples[index].labels
                let some = features.candidates(threshold: EnglishStartTrainer.candidateThreshold)
                let all = labels.indices.filter { labels[$0].opensArticle || gold[$0].opensArticle }
                for (o, lines) in [some, all].enumerated() {
                    let revised = EnglishArticleStarts.relabel(
                        labels, candidates: lines, chosen: lines.map { gold[$0].opensArticle },
                        features: features)
                    oracles[o] =
                        oracles[o]
                        + EnglishLineScore.score(
                            page, EnglishPageReader.layout(pageLines, labels: revised))
                }
                if let folder = environment["PRESSWATCH_ENGLISH_STARTS_DUMP"] {
                    var text = ""
                    let trimmed = pageLines.lines.map {
                        String(String.UnicodeScalarView($0.trimmed))
                    }
                    var probabilities: [Int: Double] = [:]
                    features.forEachRow(some) { probabilities[$0] = fitted.probability($1) }
                    for line in labels.indices {
                        let q = probabilities[line] ?? 0
                        let mark = gold[line].opensArticle ? "G" : " "
                        text +=
                            String(
                                format: "%4d %@ %-12@ %-12@ m%.2f q%.2f  ", line, mark,
                                "\(gold[line])" as NSString, "\(labels[line])" as NSString,
                                features.marginals.start[line], q) + trimmed[line].prefix(60) + "\n"
                    }
                    try text.write(
                        toFile: folder + "/" + page.name + ".txt", atomically: true, encoding: .utf8
                    )
                }
                let held = EnglishStartTrainer.examples(examples[index], model: model)
                missed += held.missed
                candidates += held.rows.count
                for (b, bias) in biases.enumerated() {
                    for (l, weight) in lengthWeights.enumerated() {
                        var starts = fitted
                        starts.bias = bias
                        starts.lengthWeight = weight
                        let layout = EnglishPageReader.analyze(lines, model: model, starts: starts)
                        totals[b][l] = totals[b][l] + EnglishLineScore.score(page, layout)
                    }
                }
            }
        }
        print(baseline.line("5-fold cross-validation, line model alone"))
        print("candidates \(candidates), gold starts not among them \(missed)")
        print(oracles[0].line("oracle starts among the candidates"))
        print(oracles[1].line("oracle starts"))
        for (b, bias) in biases.enumerated() {
            for (l, weight) in lengthWeights.enumerated() {
                print(
                    totals[b][l].line(
                        "5-fold cross-validation, with starts, bias \(bias) length weight \(weight)"
                    ))
            }
        }
        #expect(totals[0][0].f1 >= baseline.f1)
    }
}
