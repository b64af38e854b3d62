import Foundation
import PresswatchCore
import SummaryEvaluation

@testable import Summarizer

/// Learns the gist labeller from articles with headlines. Each article's best sentence (the
/// one the summarizer's selector picks) is aligned to its headline by a character LCS, which
/// labels every word kept (most of its characters in the LCS) or deleted; a logistic
/// regression over `GistFeatures` (features seen at least `minimumCount` times) is fitted by
/// AdaGrad in a fixed order, so training twice gives the same weights.
enum GistTrainer {
    struct Example {
        var article: Article
        var sentences: [Int]
        var headline: String
        var names: [[String]]
        var labels: [Bool]
        /// The share of the headline's characters the sentence's LCS with it covers.
        var coverage: Double
    }

    /// The least share of its headline an example's sentence must cover to be trained on,
    /// tried by 2-fold cross-validation on the development part: a sentence that shares
    /// little with its headline (a digest item headed `国内联播快讯`, a feature headed by a
    /// slogan) labels every word deleted, which teaches the labeller to delete what a
    /// sub-editor keeps. Every example is still scored.
    static let coverages: [Double] = [0, 0.2, 0.3, 0.4]

    static let minimumCount = 5
    static let epochs = 6
    static let rate = 0.2
    static let ridge = 1e-4
    /// Thresholds tried on the development part (log-odds a word needs to be kept).
    static let thresholds: [Double] = [-4, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5]
    static let clauseWeights: [Double] = [0, 0.25]
    /// Shares of the sentence's best word's log-odds added to the threshold (`GistModel.cut`).
    static let bestWordShares: [Double] = [0, 0.25, 0.5, 0.75]

    /// The sentence indices the headline style cuts its gist from.
    static func chosenSentences(_ article: Article) -> [Int] {
        var options = SummarizerOptions()
        options.sentences = HeadlineGist.poolUnits
        let selected = SentenceSelector(
            article: article, options: options, weights: .gistSelection
        ).select()
        return EnglishDateline.skipping(selected, in: article)
    }

    static func example(_ article: Article, headline: String) -> Example? {
        let sentences = chosenSentences(article)
        guard !sentences.isEmpty else { return nil }
        let words = GistWords(article: article, sentences: sentences)
        guard !words.words.isEmpty else { return nil }
        let features = GistFeatures(words, article: article, withNames: true)
        let (labels, coverage) = Self.labels(words, scalars: article.scalars, headline: headline)
        return Example(
            article: article, sentences: sentences, headline: headline, names: features.names,
            labels: labels, coverage: coverage)
    }

    /// Per word, whether most of its characters are in a longest common subsequence of the
    /// sentence's characters and the headline's (white space left out of both).
    static func labels(
        _ words: GistWords, scalars: [Unicode.Scalar], headline: String
    ) -> ([Bool], Double) {
        var characters: [UInt32] = []
        var owner: [Int] = []
        for (position, word) in words.words.enumerated() {
            for offset in word.token.span.range where !scalars[offset].isWhiteSpace {
                characters.append(scalars[offset].value)
                owner.append(position)
            }
        }
        let reference = headline.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value)
        let matched = lcsMatches(characters, reference)
        var hits = [Int](repeating: 0, count: words.words.count)
        for (index, hit) in matched.enumerated() where hit { hits[owner[index]] += 1 }
        let labels = words.words.indices.map { hits[$0] * 2 > words.words[$0].length }
        let covered = Double(matched.filter { $0 }.count) / Double(max(reference.count, 1))
        return (labels, covered)
    }

    /// Which of `a`'s elements a longest common subsequence with `b` uses.
    static func lcsMatches(_ a: [UInt32], _ b: [UInt32]) -> [Bool] {
        let n = a.count
        let m = b.count
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var matched = [Bool](repeating: false, count: n)
        var i = 0
        var j = 0
        while i < n && j < m {
            if a[i] == b[j] && table[i * (m + 1) + j] == table[(i + 1) * (m + 1) + j + 1] + 1 {
                matched[i] = true
                i += 1
                j += 1
            } else if table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return matched
    }

    /// Feature name to weight.
    static func fit(_ all: [Example], minimumCoverage: Double) -> [String: Double] {
        let examples = all.filter { $0.coverage >= minimumCoverage }
        var counts: [String: Int] = [:]
        for example in examples {
            for names in example.names { for name in names { counts[name, default: 0] += 1 } }
        }
        let vocabulary = counts.filter { $0.value >= minimumCount }.keys.sorted()
        var index: [String: Int] = [:]
        for (position, name) in vocabulary.enumerated() { index[name] = position }
        var rows: [[Int]] = []
        var labels: [Double] = []
        for example in examples {
            for (names, label) in zip(example.names, example.labels) {
                rows.append(names.compactMap { index[$0] })
                labels.append(label ? 1 : 0)
            }
        }
        var w = [Double](repeating: 0, count: vocabulary.count)
        var squares = [Double](repeating: 1e-8, count: vocabulary.count)
        for _ in 0..<epochs {
            for (row, label) in zip(rows, labels) {
                var s = 0.0
                for j in row { s += w[j] }
                let g = 1 / (1 + exp(-s)) - label
                for j in row {
                    let gradient = g + ridge * w[j]
                    squares[j] += gradient * gradient
                    w[j] -= rate * gradient / squares[j].squareRoot()
                }
            }
        }
        var weights: [String: Double] = [:]
        for (position, name) in vocabulary.enumerated() {
            let rounded = (w[position] * 10000).rounded() / 10000
            if rounded != 0 { weights[name] = rounded }
        }
        return weights
    }

    /// The table's text: `name<TAB>weight` lines in name order (weights to 4 decimals).
    static func table(_ weights: [String: Double]) -> String {
        weights.keys.sorted().map { "\($0)\t\(String(format: "%.4f", weights[$0] ?? 0))" }
            .joined(separator: "\n")
    }

    static func model(
        _ weights: [String: Double], threshold: Double, clauseWeight: Double,
        bestWordShare: Double
    ) -> GistModel {
        GistModel(
            table: table(weights), threshold: threshold, clauseWeight: clauseWeight,
            bestWordShare: bestWordShare)
    }

    /// The model with the shipped decoding settings (`GistWeights`).
    static func shippedDecoding(_ weights: [String: Double]) -> GistModel {
        model(
            weights, threshold: GistWeights.threshold, clauseWeight: GistWeights.clauseWeight,
            bestWordShare: GistWeights.bestWordShare)
    }

    /// Character ROUGE of the headline-style gists of some examples under a model.
    static func score(_ examples: [Example], model: GistModel) -> ROUGEScores {
        score(examples, gists: gists(examples), model: model)
    }

    /// The examples' chosen sentences as gists to be read (`HeadlineGist.reading(with:)`).
    static func gists(_ examples: [Example]) -> [HeadlineGist] {
        examples.map { HeadlineGist(article: $0.article, sentences: $0.sentences) }
    }

    /// The same, with each example's words read once beforehand (`gists`).
    static func score(_ examples: [Example], gists: [HeadlineGist], model: GistModel)
        -> ROUGEScores
    {
        var total = ROUGEScores()
        for (example, gist) in zip(examples, gists) {
            let text = gist.reading(with: model).text(maxChars: nil)
            total = total + CharacterROUGE.score(text, against: example.headline)
        }
        return total.averaged(over: examples.count)
    }

    /// Settings chosen by cross-validation: the training's coverage filter, the threshold, the
    /// clause weight and the best word's share of the threshold.
    struct Decoding: Equatable {
        var minimumCoverage: Double
        var threshold: Double
        var clauseWeight: Double
        var bestWordShare: Double
    }

    /// The settings with the best ROUGE-1 when each half of the development part is decoded
    /// by the model trained on the other half (never the validation part).
    static func chooseDecoding(_ examples: [Example]) -> (Decoding, [(Decoding, ROUGEScores)]) {
        let halves = [
            examples.indices.filter { $0 % 2 == 0 }.map { examples[$0] },
            examples.indices.filter { $0 % 2 == 1 }.map { examples[$0] },
        ]
        // Each article's words are read once, and each half's weights parsed from their
        // table once: only the decoding changes across the 72 settings of a coverage.
        let prepared = halves.map { gists($0) }
        var results: [(Decoding, ROUGEScores)] = []
        for minimumCoverage in coverages {
            let weights = [
                fit(halves[1], minimumCoverage: minimumCoverage),
                fit(halves[0], minimumCoverage: minimumCoverage),
            ].map { model($0, threshold: 0, clauseWeight: 0, bestWordShare: 0).weights }
            for clauseWeight in clauseWeights {
                for bestWordShare in bestWordShares {
                    for threshold in thresholds {
                        var total = ROUGEScores()
                        for half in 0..<2 {
                            let model = GistModel(
                                weights: weights[half], threshold: threshold,
                                clauseWeight: clauseWeight, bestWordShare: bestWordShare)
                            total = total + score(halves[half], gists: prepared[half], model: model)
                        }
                        let setting = Decoding(
                            minimumCoverage: minimumCoverage, threshold: threshold,
                            clauseWeight: clauseWeight, bestWordShare: bestWordShare)
                        let mean = ROUGEScores(
                            rouge1: total.rouge1 / 2, rouge2: total.rouge2 / 2,
                            rougeL: total.rougeL / 2)
                        results.append((setting, mean))
                    }
                }
            }
        }
        let best =
            results.max { $0.1.rouge1 < $1.1.rouge1 }?.0
            ?? Decoding(minimumCoverage: 0, threshold: 0, clauseWeight: 0, bestWordShare: 0)
        return (best, results)
    }

    /// The generated `GistWeights.swift`.
    static func source(_ weights: [String: Double], decoding: Decoding) -> String {
        """
        // Generated by `GistModelTests` (`PRESSWATCH_WRITE_GIST_WEIGHTS=1`); do not edit by hand.

        /// The deletion labeller's weights, learned by `GistTrainer` from the development part of
        /// `Tests/Data/summaries/headlines-public.jsonl` (the articles whose chosen sentence covers
        /// at least `minimumCoverage` of their headline): `feature<TAB>log-odds` lines, and the
        /// log-odds a word needs to be kept, the weight of its clause's mean and the share of the
        /// sentence's best word's log-odds added to that threshold (all four chosen by 2-fold
        /// cross-validation within that part).
        enum GistWeights {
            static let minimumCoverage = \(decoding.minimumCoverage)
            static let threshold = \(decoding.threshold)
            static let clauseWeight = \(decoding.clauseWeight)
            static let bestWordShare = \(decoding.bestWordShare)
            static let table = #\"\"\"
        \(table(weights).split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
                \"\"\"#
        }

        """
    }
}
