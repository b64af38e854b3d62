/// How the ranking model weighs each feature. The first unit is the reference point (score 0:
/// news puts its point first); every other unit scores the log-odds that it would make a
/// better one-sentence summary than the first, from its own features and the first unit's:
/// `coefficients · own + leadCoefficients · first + bias`, plus `headline` times its
/// similarity to the headline, when the segmenter found one. Public so that an evaluation can
/// learn the coefficients, and switch one signal off at a time to measure what it is worth.
public struct SignalWeights: Sendable, Equatable {
    /// One per `SentenceFeatures.Feature`, in its order, for the unit scored.
    public var coefficients: [Double]
    /// One per `SentenceFeatures.Feature`, for the article's first unit.
    public var leadCoefficients: [Double]
    /// The log-odds of any other unit against the first, margin included.
    public var bias: Double
    /// Similarity to the headline and kicker, when the segmenter found them.
    public var headline: Double
    /// How the rest of a summary longer than one sentence is chosen.
    public var fill = FillWeights()
    /// Log-odds added to every unit but the first in commentary, which argues towards its
    /// point instead of opening with it.
    public var commentaryShift: Double = 1

    public init(
        coefficients: [Double], leadCoefficients: [Double], bias: Double, headline: Double
    ) {
        precondition(coefficients.count == SentenceFeatures.Feature.allCases.count)
        precondition(leadCoefficients.count == SentenceFeatures.Feature.allCases.count)
        self.coefficients = coefficients
        self.leadCoefficients = leadCoefficients
        self.bias = bias
        self.headline = headline
    }

    /// The learned coefficients (see `LearnedCoefficients`) with the hand-set headline weight.
    public static let standard = SignalWeights(
        coefficients: LearnedCoefficients.own, leadCoefficients: LearnedCoefficients.lead,
        bias: LearnedCoefficients.bias - LearnedCoefficients.margin,
        headline: LearnedCoefficients.headline)

    /// The headline style's: the same model trained on the headline set's development part
    /// only (`GistSelectorCoefficients`), with the same margin and headline weight.
    public static let gistSelection = SignalWeights(
        coefficients: GistSelectorCoefficients.own, leadCoefficients: GistSelectorCoefficients.lead,
        bias: GistSelectorCoefficients.bias - LearnedCoefficients.margin,
        headline: LearnedCoefficients.headline)

    /// The log-odds of a unit with features `own` against the first unit with `first`.
    public func switchScore(own: [Double], first: [Double]) -> Double {
        var score = bias
        for index in own.indices {
            score += coefficients[index] * own[index] + leadCoefficients[index] * first[index]
        }
        return score
    }

    /// The signals that can be switched off, for an ablation.
    public enum Signal: String, CaseIterable, Sendable {
        case position, centrality, headline, figures, keyTerms, aboutness, length, style
        case framing, redundancy
    }

    /// These weights with one signal switched off.
    public func without(_ signal: Signal) -> SignalWeights {
        var copy = self
        switch signal {
        case .headline:
            copy.headline = 0
            copy.fill.headline = 0
        case .redundancy: copy.fill.redundancy = 0
        default:
            for feature in SentenceFeatures.Feature.allCases where feature.signal == signal {
                copy.coefficients[feature.rawValue] = 0
                copy.leadCoefficients[feature.rawValue] = 0
            }
        }
        return copy
    }
}

extension SentenceFeatures.Feature {
    /// The signal a feature belongs to.
    public var signal: SignalWeights.Signal {
        switch self {
        case .first, .second, .relativePosition, .paragraphStart, .secondParagraphLead,
            .firstParagraph, .secondInParagraph:
            return .position
        case .centrality: return .centrality
        case .keyCoverage, .keyDensity: return .keyTerms
        case .figures: return .figures
        case .aboutness, .sharedPairs, .keyPairCoverage, .keyPairDensity: return .aboutness
        case .logLength, .lengthSpread: return .length
        case .unterminated, .directSpeech, .question, .dangling, .clauses: return .style
        case .opensWithTime, .opensWithAttribution, .conclusion: return .framing
        }
    }
}
