import Foundation
import PresswatchTesting

@testable import Segmenter

/// Learns the article-start stage (`EnglishArticleStarts`): its candidates are read from a
/// line model that did not see their page (out of fold, as a page to read will be), each is
/// a start or not by the gold labels, and a logistic regression (Newton's method, a small
/// ridge, on standardized features) learns which; the article-length prior is counted from
/// the gold.
///
/// Session 8, each by the nested 5-fold cross-validation of `EnglishArticleStartTests`
/// (article F1 / headlines; the line model alone 0.575 / 0.350; bias / length weight):
/// - 24 features (no heading-word echoes), no length prior: bias -1 0.316, 0 0.500, 0.5
///   0.582, 1 0.600 / 0.359, 1.5 0.591 / 0.377, 2 0.581, 3 0.418: the regression is fitted
///   to the candidates' base rate (one in ten is a start), so the threshold has to come down;
/// - the length prior as plain log-probabilities taxed every article (0.5: F1 0.24 to 0.53;
///   1: 0.03 to 0.38); centred on its expectation, 0.598 / 0.396 at 1.5 / 0.5;
/// - boosted trees (150 of depth 3, rate 0.1, Newton leaves) instead of the regression:
///   0.600 (1 / 0.5) on 24 features, 0.607 / 0.372 (1 / 0) and 0.593 / 0.413 (1.5 / 0.5) on
///   27: no better than the regression, and not kept;
/// - the heading block's words echoed above and below (27 features): 0.612 / 0.376 at
///   1 / 0.5, 0.607 / 0.410 at 1.5 / 0.5;
/// - the page's head paying the length prior like any article (a long page could escape
///   the prior by opening no article at all; two raw pages came out in one piece):
///   0.606 / 0.409;
/// - no candidate inside furniture (the line and the one below read as furniture): 0.589 /
///   0.390 (1.5 / 0.5), 0.608 / 0.367 (1 / 0.5); instead, the furniture under a chosen
///   start becomes its body: **0.601 / 0.422 at 1.5 / 0.5 (shipped)**, 0.604 / 0.382 at 1 /
///   0.5, and every raw page in plausible pieces;
/// - without the vocabulary change over 12 lines each side (25 features): 0.584 / 0.391
///   (1.5 / 0.5), 0.594 / 0.367 (1 / 0.5); it stays, at 8 bytes a line;
/// - candidates from a start probability of 0.3 % (76 gold starts left out instead of 107):
///   0.591 / 0.420 (1.5 / 0.5), 0.604 / 0.382 (1 / 0.5); ridge 0.1 and 10: within 0.002;
/// - a chosen start on a line of running text in small letters opened as an unheaded item
///   even where the model read a heading: 0.600 / 0.422.
///
/// Session 9, by the same cross-validation (the out-of-fold errors of the shipped stage,
/// counted by `PRESSWATCH_ENGLISH_STARTS_DUMP`, are in the session's closing note: about 150
/// gold articles run into a neighbour, 97 of them unheaded items whose first line was a
/// candidate; 200 false starts at crossheads and paragraphs inside a story; about 75 articles
/// the line model read as furniture, and as many advertisements read as articles):
/// - the DP scores a start by its log-odds plus `bias` (the same decision, without the
///   clamp at 1e-9): the figures are unchanged;
/// - a chosen start whose heading is followed by what the line model read as furniture
///   takes that furniture as its body (as a start on furniture already did): **0.603 /
///   0.425 (shipped)**, oracles 0.823 / 0.640 and 0.857 / 0.708;
/// - an averaged structured perceptron over the DP (`refine`: starts from the regression and
///   the counted prior, learns the length bins too, cost-augmented decoding): a missed start
///   and a false one at equal cost 0.553 / 0.314 at bias 0, 0.576 / 0.424 at bias 1.5; a
///   missed start at twice the cost 0.610 / 0.390 at bias 1 (`bias` is added on top of the
///   regression's own, which the refit starts from) (0.601 / 0.385 with the seven
///   context features below), 0.605 / 0.402 at three times; rate 0.05 and 20 epochs 0.599:
///   no better than the regression at its bias, and headlines lower; not shipped, the test
///   prints it;
/// - seven features of the lines around (furniture above and below, running text, function
///   words, figures and `$`, OCR debris below, a "continued" line): 0.599 / 0.420 (1.5),
///   0.607 / 0.384 (1); with three more of the paragraph breaks within 30 lines (their
///   density, start marginals and vocabulary change, for a column of local items): 0.596 /
///   0.424 (1.5), 0.596 / 0.382 (1); dropped;
/// - the length prior told apart by the kind of article a start opens (`SegmentKind`: under
///   a heading, as the relabelling would set it, or unheaded; the page's head keeps the prior
///   of all articles): an unheaded item runs 4 to 15 lines, a headed article 16 to 63. With
///   one prior (`PRESSWATCH_ENGLISH_STARTS_KINDS=1`) 0.605 / 0.384 (bias 1), 0.607 / 0.405
///   (1.25), 0.603 / 0.425 (1.5); by kind 0.612 / 0.390 (1), **0.615 / 0.410 (1.25,
///   shipped: 814 articles predicted for 864, where 1.5 predicted 944)**, 0.601 / 0.417
///   (1.5); length weight 1: 0.613 / 0.392 (1), 0.607 / 0.412 (1.25), 0.589 / 0.425 (1.5);
///   the structured refit with it 0.615 / 0.411 (bias 1), 0.588 / 0.420 (1.25), 0.603 /
///   0.411 (a missed start at three times the cost), 0.609 / 0.385 (0.75), 5 and 20 epochs
///   0.610 and 0.608: level with the regression, so the regression stays; candidates from
///   0.5 % (87 gold starts left out, oracle 0.827 / 0.655): 0.614 / 0.387 (1), 0.611 / 0.405
///   (1.25), 0.599 / 0.418 (1.5); from 2 % (133 left out, oracle 0.807): 0.608, 0.612 /
///   0.406, 0.602: the threshold stays at 1 %;
/// - a chosen start on a line read as furniture moved onto the heading just below it (about
///   70 found articles carry a headline from a line or more above their gold start): 0.615 /
///   0.411 (1.25), oracles' headlines 0.640 to 0.637; dropped;
/// - four features of where a candidate stands in a stack of heading lines (non-running
///   lines straight above, the line above read as heading, the line below read as a headline
///   or as furniture), for a start drifting onto a deck or onto the furniture line above a
///   headline: 0.601 / 0.420 (1.5), 0.608 / 0.385 (1); dropped;
/// - learning curve (`PRESSWATCH_ENGLISH_STARTS_POOL=N`: the same folds, each training part
///   cut to the pages among a fixed draw of N, every page still judged; the 34-feature stage;
///   line model alone, with starts at bias 1.5 and at 1, oracle among the candidates):
///   N = 30: 0.560 / 0.304, 0.592 / 0.381, 0.580 / 0.341, 0.800; N = 45: 0.567 / 0.319,
///   0.589 / 0.400, 0.600 / 0.369, 0.801; N = 60: 0.575 / 0.350, 0.600 / 0.422, 0.606 /
///   0.384, 0.823. Twice the pages gave about +0.015 F1 to the line model and +0.01 to the
///   stage, +0.04 to headlines: more pages help headlines, but at this rate they alone will
///   not reach F1 0.75.
///
/// Session 10, by the same cross-validation (baseline 0.601 / 0.410: P 0.616, 1658
/// predicted, 1021 found). Of the headed gold articles whose start is a candidate but not
/// chosen (360), the line model read the start as a headline's second line or a deck (105:
/// a headline stacked under a line of furniture, a closing "(Continued on Page Three)" or
/// another heading, which the DP chose instead), furniture (65) or running text (66: a short
/// run-in headline in title case after a finished story, like a crosshead):
/// - the candidate line's own words echoed below its heading block less above it (a 28th
///   feature, `lineEcho`, not kept): 0.601 / 0.414 (1662 predicted,
///   1021 found); the block's echoes lose most of their weight to it. Level on F1, so it was
///   measured on the held-out pages: all 32 0.613 / 0.440 against 0.619 / 0.444 (shared 5
///   0.467 / 0.366 against 0.469 / 0.380, team 27 0.640 / 0.453 against 0.646 / 0.455):
///   worse everywhere, dropped;
/// - with it, whether the line has content words and a run-in headline's shape (short, title
///   case, ending a sentence after a closed one): 0.600 / 0.416 (the shape alone with the
///   echo 0.599 / 0.415); with the same echo of the heading line above (when not running
///   text) and of the line below in the block, and the difference to the line above: 0.597 /
///   0.418 at bias 1.25, 0.596 / 0.404 at 1; the echo and the line above's: 0.596 / 0.414;
///   dropped (each predicts 10 to 35 more articles and finds none more).
///
/// Session 10, unheaded local items, by the same cross-validation (on current main: 0.601 / 0.410 at bias 1.25, 0.607 /
/// 0.384 at 1, 0.601 / 0.425 at 1.5; of the 388 unheaded gold items in the out-of-fold
/// dump 49 opened exactly, 333 of them candidates; a paragraph break opening a local item
/// and one inside a story look alike one at a time, and session 9's paragraph-density
/// features did not tell them apart):
/// - a regime over paragraphs (`EnglishLocalsRegime`, learned by `EnglishLocalsRegimeTrainer`
///   from each fold's gold; in this file's history, commit 04543b0): a logistic emission per
///   paragraph (its length, an opening by a title or initial or by two capitalised words,
///   words and names shared with the paragraphs above and below, figures) read by a
///   two-state HMM (locals or story, the stay probability counted) by forward-backward;
///   three start features from it (the regime of the candidate's paragraph, of the one above
///   when the candidate opens a paragraph, their product there): 0.610 / 0.425 (1.25; 1685
///   predicted, 1044 found), 0.602 / 0.392 (1), 0.595 / 0.440 (1.5); while titles (Mrs.,
///   Col.) still counted as names shared between paragraphs, 0.611 / 0.425, 0.604 / 0.393,
///   0.596 / 0.440, and in its dump unheaded items opened exactly 59 of 388 (49 before),
///   headed starts 955 of 1350 (946 before). The counted stay is about 0.95; fixed at 0.8
///   (`PRESSWATCH_ENGLISH_STARTS_STAY`) 0.600 / 0.415 (1.25), at 0.97 0.609 / 0.424;
///   the structured refit on top of it 0.594 / 0.398 (not shipped, as before). Held out,
///   measured once (`EnglishLayoutScoreTests`): all 32 pages 0.611 / 0.442 (0.619 / 0.444
///   before), shared 5 0.500 / 0.366 (0.469 / 0.380), team 27 0.630 / 0.455 (0.646 /
///   0.455): +0.009 F1 in cross-validation, -0.008 held out (about four articles of 464),
///   so not better; dropped;
/// - with a fourth feature, the candidate line opening by a title or an initial (a capital,
///   at most three small letters, a period): 0.606 / 0.421 (1.25), 0.606 / 0.395 (1),
///   0.595 / 0.440 (1.5); that feature alone, without the regime: 0.609 / 0.418 (1.25),
///   0.603 / 0.395 (1), 0.597 / 0.436 (1.5); dropped (a prototype over the dumped stage
///   probabilities had found it the strongest single opening cue, 11 % of such breaks
///   open an item, but the regime carries it).
///
/// Session 11, deciding over whole segments (`EnglishSegmentJoins`, learned by
/// `EnglishJoinTrainer` from readings of pages their line model did not see), by the same
/// cross-validation (baseline 0.601 / 0.410: 1658 predicted, 1021 found; 440 predicted
/// articles were pieces of a gold article): each pair of neighbouring segments the DP cut is
/// one story or two by a logistic regression over both pieces whole (the first ends a
/// sentence, content words shared, lengths, the start's log-odds and reading, the opening
/// line's words in the piece above, furniture between). On the dumped readings (a Python
/// prototype) joining exactly the neighbours that are one gold article gave 0.697, and
/// pieces up to five segments apart 0.712, so only neighbours are judged:
/// - joined above 0.5: **0.621 / 0.410 (shipped: 1555 predicted, 1022 found; 337 pieces of
///   gold articles left; 22 articles found that were not, 21 lost)**; above 0.4 0.624 /
///   0.402 (1482 predicted), 0.6 0.615 / 0.412, 0.7 0.612 / 0.413 (the gain is precision:
///   fragments rejoin their story, few articles are found that were not); with a 22nd
///   feature, a lower-case opening after an unfinished sentence, 0.621 / 0.411 (1023 found):
///   it was 0 on every pair (the line model's sentence continuation keeps such lines from
///   being candidates), removed;
/// - the start stage at bias 1.5 under the joins (more starts for the joins to undo, the
///   joins learned at that bias): 0.617 / 0.426 at 0.5, 0.613 at 0.4, 0.616 at 0.6 (0.595 /
///   0.437 without joins): the bias stays at 1.25;
/// - in the prototype only: names shared (capitalised words) as well as content words,
///   +0.003; each pair judged against the run joined so far rather than the piece above
///   alone, level; products of the main features, level; not carried over;
/// - held out, measured once: all 32 pages 0.634 / 0.431 (0.619 / 0.444 before), shared 5
///   0.526 / 0.394 (0.469 / 0.380), team 27 0.653 / 0.438 (0.646 / 0.455): F1 up on both
///   parts, headlines down on the team's (about six headlines of 464); cost about 8 % of the
///   reader's CPU time in a debug build (8 of 105 ms a page over the 200 raw pages).
///
/// Oracles through the same relabelling and assembly: the gold starts among the candidates
/// 0.820 / 0.635, all the gold starts 0.853 / 0.701. What is left is the scorer's: about one
/// gold start in eight is not a candidate (the line model gives it under 1 %), and among
/// the candidates a crosshead and a short headline after a finished story still look alike.
enum EnglishStartTrainer {
    static let candidateThreshold: Float = setting("CANDIDATES").map { Float($0) } ?? 0.01
    static let ridge = setting("RIDGE") ?? 1.0
    /// `PRESSWATCH_ENGLISH_STARTS_MASK=a,b`: feature columns held at 0 in training (their
    /// weights stay 0), to try the stage without them.
    static let masked: [Int] =
        ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_STARTS_MASK"].map {
            $0.split(separator: ",").compactMap { Int($0) }
        } ?? []

    /// `PRESSWATCH_ENGLISH_STARTS_NAME`: a setting to try in the cross-validation.
    static func setting(_ name: String) -> Double? {
        ProcessInfo.processInfo.environment["PRESSWATCH_ENGLISH_STARTS_" + name].flatMap {
            Double($0)
        }
    }
    /// Chosen by the nested 5-fold cross-validation (`EnglishArticleStartTests`, where
    /// `PRESSWATCH_ENGLISH_STARTS_BIAS=a,b` tries others).
    static let bias = 1.25
    static let lengthWeight = 0.5
    static let folds = 5

    struct Examples {
        var rows: [[Double]] = []
        var targets: [Bool] = []
        /// Gold starts that are not candidates: the stage cannot find them.
        var missed = 0
        /// Each page's candidates, rows and answers as a unit: the structured learner
        /// decodes a page at a time.
        var pages: [Page] = []

        static func + (lhs: Examples, rhs: Examples) -> Examples {
            Examples(
                rows: lhs.rows + rhs.rows, targets: lhs.targets + rhs.targets,
                missed: lhs.missed + rhs.missed, pages: lhs.pages + rhs.pages)
        }
    }

    struct Page {
        var candidates: [Int]
        var rows: [[Double]]
        var targets: [Bool]
        /// The kind of article each candidate would open, as the stage reads it.
        var kinds: [EnglishArticleStarts.SegmentKind]
        var lines: Int
    }

    /// The candidates of one page read by `model`, with their gold answers.
    static func examples(
        _ example: EnglishLineTrainer.Example, model: EnglishLineModel,
        threshold: Float = candidateThreshold
    ) -> Examples {
        let page = example.page
        let features = EnglishArticleStarts.features(page, model: model)
        let candidates = features.candidates(threshold: threshold)
        var result = Examples()
        features.forEachRow(candidates) { _, row in
            var row = row
            for column in masked where column < row.count { row[column] = 0 }
            result.rows.append(row)
        }
        result.targets = candidates.map { example.labels[$0].opensArticle }
        let gold = example.labels.filter(\.opensArticle).count
        result.missed = gold - result.targets.filter { $0 }.count
        result.pages = [
            Page(
                candidates: candidates, rows: result.rows, targets: result.targets,
                kinds: candidates.map {
                    EnglishArticleStarts.opensHeading(
                        $0, labels: features.labels, features: features) ? .headed : .unheaded
                }, lines: example.labels.count)
        ]
        return result
    }

    /// log P(length bin) of the articles the gold labels give, add-one smoothed, for each
    /// kind of segment (`EnglishArticleStarts.SegmentKind`): the page's head scored as any
    /// article (as before kinds), an article under a headline, an unheaded item. An article's
    /// length is the lines from its start to the next start (or the page's end).
    static func lengthPrior(_ examples: [EnglishLineTrainer.Example]) -> [Double] {
        let bins = EnglishArticleStarts.lengthBins
        var counts = [[Double]](repeating: [Double](repeating: 1, count: bins), count: 3)
        for example in examples {
            let starts = example.labels.indices.filter { example.labels[$0].opensArticle }
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : example.labels.count
                let bin = EnglishArticleStarts.lengthBin(end - start)
                counts[0][bin] += 1
                counts[example.labels[start] == .headline ? 1 : 2][bin] += 1
            }
        }
        // Each centred on its expectation (the entropy added back): a typical length scores
        // about 0, so the prior shapes the lengths without taxing the number of articles.
        // `PRESSWATCH_ENGLISH_STARTS_KINDS=1`: one prior for every kind (session 8's).
        let kinds = Int(setting("KINDS") ?? 3)
        return counts.prefix(kinds).flatMap { kind -> [Double] in
            let total = kind.reduce(0, +)
            let p = kind.map { $0 / total }
            let entropy = -p.reduce(0) { $0 + $1 * log($1) }
            return p.map { log($0) + entropy }
        }
    }

    static func fit(
        _ examples: Examples, prior: [Double], bias: Double = bias,
        lengthWeight: Double = lengthWeight,
        ridge: Double = ridge
    ) -> EnglishArticleStarts {
        let (w, mean, scale) = logistic(
            examples.rows, examples.targets, width: EnglishStartFeatures.width, ridge: ridge)
        return EnglishArticleStarts(
            weights: w, mean: mean, scale: scale, bias: bias, lengthWeight: lengthWeight,
            lengthPrior: prior, candidateThreshold: candidateThreshold)
    }

    /// A logistic regression of `targets` on `rows` of `width` values (Newton's method, a
    /// ridge on standardized features): the weights (one per value, then the bias), and the
    /// values' mean and scale.
    static func logistic(
        _ rows: [[Double]], _ targets: [Bool], width d: Int, ridge: Double
    ) -> (weights: [Double], mean: [Double], scale: [Double]) {
        let n = rows.count
        var mean = [Double](repeating: 0, count: d)
        var scale = [Double](repeating: 0, count: d)
        for row in rows { for j in 0..<d { mean[j] += row[j] / Double(max(n, 1)) } }
        for row in rows {
            for j in 0..<d { scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / Double(n) }
        }
        scale = scale.map { $0 > 1e-12 ? $0.squareRoot() : 1 }
        let z = rows.map { row in (0..<d).map { (row[$0] - mean[$0]) / scale[$0] } + [1] }
        var w = [Double](repeating: 0, count: d + 1)
        for _ in 0..<25 {
            var gradient = [Double](repeating: 0, count: d + 1)
            var hessian = [Double](repeating: 0, count: (d + 1) * (d + 1))
            for (i, x) in z.enumerated() {
                var s = 0.0
                for j in 0...d { s += w[j] * x[j] }
                let p = 1 / (1 + exp(-s))
                let residual = p - (targets[i] ? 1 : 0)
                let curvature = max(p * (1 - p), 1e-6)
                for a in 0...d {
                    gradient[a] += residual * x[a]
                    for b in a...d { hessian[a * (d + 1) + b] += curvature * x[a] * x[b] }
                }
            }
            for a in 0...d {
                for b in 0..<a { hessian[a * (d + 1) + b] = hessian[b * (d + 1) + a] }
                if a < d {
                    gradient[a] += ridge * w[a]
                    hessian[a * (d + 1) + a] += ridge
                }
            }
            let step = LinearSystem.solve(hessian, gradient, size: d + 1, singularBelow: 1e-12)
            var largest = 0.0
            for j in 0...d {
                w[j] -= step[j]
                largest = max(largest, abs(step[j]))
            }
            if largest < 1e-7 { break }
        }
        return (w, mean, scale)
    }

    /// The stage as shipped: its candidates read from the training pages by the line models
    /// of the 5-fold cross-validation (each page by the model that did not learn from it),
    /// the article-length prior from all the training pages; rounded as the shipped file
    /// writes it.
    static func shipped(
        _ examples: [EnglishLineTrainer.Example], cache: String? = nil
    ) throws -> EnglishArticleStarts {
        var training = Examples()
        for fold in 0..<folds {
            let model = try cachedFit(
                examples.indices.filter { $0 % folds != fold }.map { examples[$0] },
                key: foldKey(fold, fold), folder: cache)
            for index in examples.indices where index % folds == fold {
                training = training + self.examples(examples[index], model: model)
            }
        }
        var starts = fit(training, prior: lengthPrior(examples))
        func round6(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
        starts.weights = starts.weights.map(round6)
        starts.mean = starts.mean.map(round6)
        starts.scale = starts.scale.map(round6)
        starts.lengthPrior = starts.lengthPrior.map(round6)
        return starts
    }

    /// The Swift source of `EnglishStartWeights`.
    static func source(_ starts: EnglishArticleStarts, pages: Int) -> String {
        func list(_ values: [Double], indent: String) -> String {
            var lines: [String] = []
            var current = indent
            for item in values.map({ String(format: "%.6f", $0) }) {
                if current.count + 1 + item.count + 1 > 100 {
                    lines.append(current)
                    current = indent
                }
                current += (current == indent ? "" : " ") + item + ","
            }
            lines.append(current)
            return "[\n" + lines.joined(separator: "\n") + "\n    ]"
        }
        return """
            /// The article-start stage's weights (`EnglishArticleStarts`), learned by
            /// `EnglishStartTrainer` from the \(pages) training pages of `Tests/Data/pages-en/dev`
            /// and `dev-extra`, each page's candidates read by the line model of the 5-fold
            /// cross-validation that did not learn from it. `EnglishArticleStartTests` re-derives
            /// them and checks that they match; set `PRESSWATCH_WRITE_ENGLISH_WEIGHTS=1` to
            /// rewrite this file (then `swift format -i` it).
            ///
            /// `weights`: one per `EnglishStartFeatures` value (standardized by `mean` and
            /// `scale`), then the bias; `lengthPrior[12 k + b]`: the centred log-probability of
            /// an article of 2^b to 2^(b+1) - 1 lines of kind k (`SegmentKind`: the page's head,
            /// an article under a heading, an unheaded item).
            enum EnglishStartWeights {
                static let candidateThreshold: Float = \(starts.candidateThreshold)
                static let bias = \(starts.bias)
                static let lengthWeight = \(starts.lengthWeight)
                static let weights: [Double] = \(list(starts.weights, indent: "        "))
                static let mean: [Double] = \(list(starts.mean, indent: "        "))
                static let scale: [Double] = \(list(starts.scale, indent: "        "))
                static let lengthPrior: [Double] = \(list(starts.lengthPrior, indent: "        "))
            }

            """
    }

    /// A line model fitted on `examples`, kept by `key` for the rest of the test process
    /// (this suite's two tests and the line model's cross-validation need the same five
    /// outer-fold models), and read from `folder/key.json` when it was written there before:
    /// fitting takes tens of seconds in a debug build, and the cross-validation needs 15.
    static func cachedFit(
        _ examples: [EnglishLineTrainer.Example], key: String, folder: String?
    ) throws -> EnglishLineModel {
        try FittedModels.shared.model(key) {
            try fitOrRead(examples, key: key, folder: folder)
        }
    }

    /// The key of the line model trained on the training pages outside folds `a` and `b`
    /// (`a == b`: outside one fold). The inner model of outer fold 1 without inner fold 3 is
    /// trained on the same pages as the inner model of fold 3 without fold 1, so one key
    /// serves both, and the nested cross-validation fits 10 inner models, not 20.
    static func foldKey(_ a: Int, _ b: Int) -> String {
        a == b ? "fold-\(a)" : "fold-\(min(a, b))-\(max(a, b))"
    }

    private static func fitOrRead(
        _ examples: [EnglishLineTrainer.Example], key: String, folder: String?
    ) throws -> EnglishLineModel {
        let file = folder.map { URL(fileURLWithPath: $0).appendingPathComponent(key + ".json") }
        if let file, let data = try? Data(contentsOf: file),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let emission = object["emission"] as? [[Double]],
            let transition = object["transition"] as? [[Double]],
            let start = object["start"] as? [Double]
        {
            return EnglishLineModel(emission: emission, transition: transition, start: start)
        }
        let model = EnglishLineTrainer.fit(examples)
        if let file, let folder {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            let object: [String: Any] = [
                "emission": model.emission, "transition": model.transition, "start": model.start,
            ]
            try JSONSerialization.data(withJSONObject: object).write(to: file)
        }
        return model
    }
}

/// The line models fitted in this test process, by key (`EnglishStartTrainer.cachedFit`).
private final class FittedModels: @unchecked Sendable {
    static let shared = FittedModels()
    // Guards `models` and `fitting`: tests of other suites ask at the same time.
    private let lock = NSLock()
    private var models: [String: EnglishLineModel] = [:]
    // One lock per key, held while its model is fitted: a second test asking for a model
    // being fitted waits for it rather than fitting it again beside it.
    private var fitting: [String: NSLock] = [:]

    func model(
        _ key: String, orFit fit: () throws -> EnglishLineModel
    ) rethrows -> EnglishLineModel {
        let keyLock = lock.withLock {
            if let existing = fitting[key] { return existing }
            let made = NSLock()
            fitting[key] = made
            return made
        }
        return try keyLock.withLock {
            if let model = lock.withLock({ models[key] }) { return model }
            let model = try fit()
            lock.withLock { models[key] = model }
            return model
        }
    }
}
