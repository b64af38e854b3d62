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

    @Test func theShippedJoinWeightsAreWhatTrainingOnTheTrainingPagesGives() throws {
        let pages = try EnglishGoldPage.training()
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["PRESSWATCH_ENGLISH_MODEL_CACHE"]
        let examples = EnglishLineTrainer.examples(pages)
        let starts = try EnglishStartTrainer.shipped(examples, cache: cache)
        let joins = try EnglishJoinTrainer.shipped(
            examples, pages: pages, starts: starts, cache: cache)
        if environment["PRESSWATCH_WRITE_ENGLISH_WEIGHTS"] != nil {
            let file = TestData.repositoryFile(
                "Plugins/Segmenter/English/EnglishJoinWeights.swift")
            try EnglishJoinTrainer.source(joins, pages: pages.count)
                .write(to: file, atomically: true, encoding: .utf8)
        }
        let shipped = EnglishSegmentJoins.shipped
        #expect(joins.weights == shipped.weights)
        #expect(joins.mean == shipped.mean)
        #expect(joins.scale == shipped.scale)
        #expect(joins.threshold == shipped.threshold)
    }

    /// `PRESSWATCH_ENGLISH_MODEL_CACHE=DIR` keeps the 15 fitted line models there between
    /// runs; `PRESSWATCH_ENGLISH_STARTS_BIAS=a,b` and `_LENGTH_WEIGHT=a,b` try settings, and
    /// `_JOIN_THRESHOLD=a,b` thresholds of the segment joins (learned and judged at the first
    /// bias and length weight).
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
        let joinThresholds = list("JOIN_THRESHOLD", EnglishJoinTrainer.threshold)
        var joinTotals = [EnglishLineScore](
            repeating: EnglishLineScore(), count: joinThresholds.count)
        let folds = 5
        var baseline = EnglishLineScore()
        var totals = [[EnglishLineScore]](
            repeating: [EnglishLineScore](
                repeating: EnglishLineScore(), count: lengthWeights.count),
            count: biases.count)
        // `PRESSWATCH_ENGLISH_STARTS_STRUCTURED=rate:epochs:miss:false:bias,...`: structured
        // refits to try.
        typealias Structured = (
            rate: Double, epochs: Int, missCost: Double, falseCost: Double, bias: Double
        )
        let structured: [Structured] =
            environment["PRESSWATCH_ENGLISH_STARTS_STRUCTURED"].map {
                $0.split(separator: ",").map {
                    let parts = $0.split(separator: ":").compactMap { Double($0) }
                    return (parts[0], Int(parts[1]), parts[2], parts[3], parts[4])
                }
            } ?? [
                (
                    EnglishStartTrainer.structuredRate, EnglishStartTrainer.structuredEpochs,
                    EnglishStartTrainer.structuredMissCost, EnglishStartTrainer.structuredFalseCost,
                    EnglishStartTrainer.structuredBias
                )
            ]
        var structuredTotals = [EnglishLineScore](
            repeating: EnglishLineScore(), count: structured.count)
        var missed = 0
        var oracles = [EnglishLineScore(), EnglishLineScore()]
        var candidates = 0
        // `PRESSWATCH_ENGLISH_STARTS_POOL=N`: a learning curve. Every fold trains on the pages
        // of its training part that are among N pages drawn once (a fixed shuffle) and is
        // judged on all of its held-out pages, as with the full set.
        let pool = environment["PRESSWATCH_ENGLISH_STARTS_POOL"].flatMap { Int($0) }
        var drawn = Array(examples.indices)
        var seed: UInt64 = 12_345
        for i in stride(from: drawn.count - 1, to: 0, by: -1) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            drawn.swapAt(i, Int(seed >> 33) % (i + 1))
        }
        let inPool = Set(drawn.prefix(pool ?? examples.count))
        let poolKey = pool.map { "-pool\($0)" } ?? ""
        for fold in 0..<folds {
            let rest = examples.indices.filter { $0 % folds != fold && inPool.contains($0) }
            let model = try EnglishStartTrainer.cachedFit(
                rest.map { examples[$0] }, key: EnglishStartTrainer.foldKey(fold, fold) + poolKey,
                folder: cache)
            var training = EnglishStartTrainer.Examples()
            for inner in 0..<folds where inner != fold {
                let innerModel = try EnglishStartTrainer.cachedFit(
                    rest.filter { $0 % folds != inner }.map { examples[$0] },
                    key: EnglishStartTrainer.foldKey(fold, inner) + poolKey, folder: cache)
                for index in rest where index % folds == inner {
                    training =
                        training + EnglishStartTrainer.examples(examples[index], model: innerModel)
                }
            }
            let prior = EnglishStartTrainer.lengthPrior(rest.map { examples[$0] })
            let fitted = EnglishStartTrainer.fit(training, prior: prior)
            // The segment joins, learned from the training part's pages read out of fold by
            // the inner line models and cut by this fold's start stage at the first bias and
            // length weight tried.
            var cutting = fitted
            cutting.bias = biases[0]
            cutting.lengthWeight = lengthWeights[0]
            var joinTraining = EnglishJoinTrainer.Examples()
            for inner in 0..<folds where inner != fold {
                let innerModel = try EnglishStartTrainer.cachedFit(
                    rest.filter { $0 % folds != inner }.map { examples[$0] },
                    key: EnglishStartTrainer.foldKey(fold, inner) + poolKey, folder: cache)
                for index in rest where index % folds == inner {
                    joinTraining =
                        joinTraining
                        + EnglishJoinTrainer.examples(
                            examples[index], gold: pages[index], model: innerModel, starts: cutting)
                }
            }
            let joins = EnglishJoinTrainer.fit(joinTraining, threshold: joinThresholds[0])
            let refits = structured.map {
                EnglishStartTrainer.refine(
                    training, from: fitted, epochs: $0.epochs, rate: $0.rate,
                    missCost: $0.missCost, falseCost: $0.falseCost, bias: $0.bias)
            }
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
                    // The out-of-fold reading for error analysis: line numbers, gold and
                    // decoded labels, candidates with their probabilities, the labels after
                    // the start decision, and the articles it gives.
                    var joined = cutting
                    joined.joins = joins
                    let revised = joined.revise(labels, features: features)
                    let layout = EnglishPageReader.layout(pageLines, labels: revised)
                    let object: [String: Any] = [
                        "numbers": pageLines.lines.map(\.number),
                        "gold": gold.map { "\($0)" }, "decoded": labels.map { "\($0)" },
                        "revised": revised.map { "\($0)" }, "candidates": some,
                        "p": some.map { probabilities[$0] ?? 0 },
                        "articles": layout.articles.map { article in
                            [
                                "pieces": article.lines.pieces.map {
                                    [$0.lowerBound, $0.upperBound]
                                },
                                "headline": article.headline ?? "",
                            ] as [String: Any]
                        },
                    ]
                    try JSONSerialization.data(withJSONObject: object).write(
                        to: URL(fileURLWithPath: folder + "/" + page.name + ".json"))
                }
                for (t, threshold) in joinThresholds.enumerated() {
                    var joined = cutting
                    joined.joins = joins
                    joined.joins?.threshold = threshold
                    let layout = EnglishPageReader.layout(
                        pageLines, labels: joined.revise(labels, features: features))
                    joinTotals[t] = joinTotals[t] + EnglishLineScore.score(page, layout)
                }
                for (r, refit) in refits.enumerated() {
                    let layout = EnglishPageReader.layout(
                        pageLines, labels: refit.revise(labels, features: features))
                    structuredTotals[r] = structuredTotals[r] + EnglishLineScore.score(page, layout)
                }
                let held = EnglishStartTrainer.examples(examples[index], model: model)
                missed += held.missed
                candidates += held.rows.count
                for (b, bias) in biases.enumerated() {
                    for (l, weight) in lengthWeights.enumerated() {
                        var starts = fitted
                        starts.bias = bias
                        starts.lengthWeight = weight
                        let layout = EnglishPageReader.layout(
                            pageLines, labels: starts.revise(labels, features: features))
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
        for (t, threshold) in joinThresholds.enumerated() {
            print(
                joinTotals[t].line(
                    "5-fold cross-validation, with starts (bias \(biases[0]), length weight "
                        + "\(lengthWeights[0])) and segment joins above \(threshold)"))
        }
        for (r, setting) in structured.enumerated() {
            print(
                structuredTotals[r].line(
                    "5-fold cross-validation, structured refit \(setting)"))
        }
        #expect(totals[0][0].f1 >= baseline.f1)
    }
}
