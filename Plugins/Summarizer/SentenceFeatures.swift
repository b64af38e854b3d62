import Foundation
import PresswatchCore

/// What the ranking model knows about each unit of an article (a sentence, or sentences that
/// must go together): where it stands, how central it is, what it carries, how long it is and
/// how it reads. Public so that an evaluation can learn the weights and measure each one.
public struct SentenceFeatures: Sendable {
    /// One feature; its raw value is its column in `values`.
    public enum Feature: Int, CaseIterable, Sendable {
        /// The first unit, the second unit, and the unit's place as a share of the article.
        case first, second, relativePosition
        /// The unit opens a paragraph; it opens the second paragraph (the lede after a
        /// scene-setting first paragraph).
        case paragraphStart, secondParagraphLead
        /// LexRank centrality, the most central unit 1.
        case centrality
        /// The share of the article's recurring key terms it covers, and their density.
        case keyCoverage, keyDensity
        /// The share of the article's figure and name occurrences it carries.
        case figures
        /// The idf weight of its terms found elsewhere in the article over that of all its
        /// terms: what the article as a whole is about, not a side detail.
        case aboutness
        /// The share of its character pairs found elsewhere in the article; the share of the
        /// article's most widespread pairs it has, and those per character.
        case sharedPairs, keyPairCoverage, keyPairDensity
        /// The unit is in the first paragraph; it is the second unit of its paragraph.
        case firstParagraph, secondInParagraph
        /// Characters, as a logarithm, and its square around a headline-like 30.
        case logLength, lengthSpread
        /// No terminal punctuation: a sub-headline or a caption line.
        case unterminated
        /// Wholly direct speech, a question, a trailing colon or dash.
        case directSpeech, question, dangling
        /// It opens on a time or a source, or with a short attribution (`专家认为，`); it draws
        /// a conclusion; its commas, up to six, over six.
        case opensWithTime, opensWithAttribution, conclusion, clauses
    }

    /// Units as ranges of sentence indices covering every sentence once, in order.
    public let units: [Range<Int>]
    /// Characters of each unit, white space not counted.
    public let lengths: [Int]
    /// Per unit, one value per `Feature`.
    public let values: [[Double]]
    /// Per unit, similarity to the headline and kicker (all 0 when there is none).
    public let headline: [Double]

    let terms: ContentTerms
    let similarity: SentenceSimilarity

    /// The features of an article's units; nil when a sentence or token span does not fit
    /// the article's text.
    public init?(article: Article) {
        let size = article.scalars.count
        guard article.sentences.allSatisfy({ $0.end <= size }),
            article.tokens.allSatisfy({ $0.end <= size })
        else { return nil }
        let units = SentenceUnits.group(article.sentences, in: article.scalars)
        let lengths = SentenceUnits.lengths(of: units, in: article)
        self.init(article: article, units: units, lengths: lengths)
    }

    init(article: Article, units: [Range<Int>], lengths: [Int]) {
        self.units = units
        self.lengths = lengths
        terms = ContentTerms(article: article, units: units)
        similarity = SentenceSimilarity(terms: terms, lengths: lengths)
        let signals = SentenceSignals(
            article: article, terms: terms, similarity: similarity, lengths: lengths)
        headline = signals.headline
        let centrality = similarity.centrality()
        let aboutness = Self.aboutness(terms: terms, idf: similarity.idf)
        let layout = UnitLayout(article: article, units: units)
        let pairs = CharacterBigrams(article: article, units: units, lengths: lengths)
        let framing = UnitFraming(article: article, units: units)
        var values: [[Double]] = []
        values.reserveCapacity(units.count)
        for unit in units.indices {
            var row = [Double](repeating: 0, count: Feature.allCases.count)
            row[Feature.first.rawValue] = unit == 0 ? 1 : 0
            row[Feature.second.rawValue] = unit == 1 ? 1 : 0
            row[Feature.relativePosition.rawValue] = Double(unit) / Double(max(units.count - 1, 1))
            row[Feature.paragraphStart.rawValue] = layout.opensParagraph[unit] ? 1 : 0
            row[Feature.secondParagraphLead.rawValue] = layout.opensSecondParagraph[unit] ? 1 : 0
            row[Feature.centrality.rawValue] = centrality[unit]
            row[Feature.keyCoverage.rawValue] = signals.keyCoverage[unit]
            row[Feature.keyDensity.rawValue] = signals.keyDensity[unit]
            row[Feature.figures.rawValue] = signals.figures[unit]
            row[Feature.aboutness.rawValue] = aboutness[unit]
            row[Feature.sharedPairs.rawValue] = pairs.shared[unit]
            row[Feature.keyPairCoverage.rawValue] = pairs.keyCoverage[unit]
            row[Feature.keyPairDensity.rawValue] = pairs.keyDensity[unit]
            row[Feature.firstParagraph.rawValue] = layout.paragraph[unit] == 0 ? 1 : 0
            row[Feature.secondInParagraph.rawValue] = layout.placeInParagraph[unit] == 1 ? 1 : 0
            let logLength = log(Double(max(lengths[unit], 1)))
            row[Feature.logLength.rawValue] = logLength
            row[Feature.lengthSpread.rawValue] = (logLength - log(30)) * (logLength - log(30))
            row[Feature.unterminated.rawValue] = layout.unterminated[unit] ? 1 : 0
            row[Feature.directSpeech.rawValue] = layout.directSpeech[unit] ? 1 : 0
            row[Feature.question.rawValue] = layout.question[unit] ? 1 : 0
            row[Feature.dangling.rawValue] = layout.dangling[unit] ? 1 : 0
            row[Feature.opensWithTime.rawValue] = framing.opensWithTime[unit] ? 1 : 0
            row[Feature.opensWithAttribution.rawValue] = framing.opensWithAttribution[unit] ? 1 : 0
            row[Feature.conclusion.rawValue] = framing.drawsConclusion[unit] ? 1 : 0
            row[Feature.clauses.rawValue] = framing.clauses[unit]
            values.append(row)
        }
        self.values = values
    }

    /// Per unit, the idf weight of its terms that other units also use over that of all its
    /// terms.
    static func aboutness(terms: ContentTerms, idf: [Double]) -> [Double] {
        var frequency = [Int](repeating: 0, count: terms.termCount)
        for ids in terms.ids { for id in ids { frequency[Int(id)] += 1 } }
        return terms.ids.map { ids in
            var shared = 0.0
            var own = 0.0
            for id in ids {
                own += idf[Int(id)]
                if frequency[Int(id)] >= 2 { shared += idf[Int(id)] }
            }
            return own > 0 ? shared / own : 0
        }
    }
}
