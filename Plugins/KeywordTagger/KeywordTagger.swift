import PresswatchCore

/// Tags each article with its keywords: the terms an archivist would file it under.
public struct KeywordTagger: Processor {
    public typealias Options = KeywordTaggerOptions

    public static let name = "keyword_tagger"
    public static let summary = "each article's key terms with scores (TF-IDF, phrases, names)"
    public static let needs: Set<Capability> = [.tokens]
    public static let gives: Set<Capability> = [.keywords]

    /// The IDF table among the target's resources.
    static let idfResource = "Data/idf.txt"

    let extractor: KeywordExtractor

    public init(options: Options, context: ProcessorContext) throws {
        let idfPath = try context.resources.require(Self.idfResource, target: "KeywordTagger")
        let stopWords = try StopWords.builtIn(adding: options.stopwords.map(context.resolve))
        let weights: ScoringWeights
        switch options.method {
        case .auto: weights = .best
        case .tfidf: weights = .plainTFIDF
        case .textrank: weights = .textRankOnly
        }
        extractor = KeywordExtractor(
            idf: try IDFTable.shared(at: idfPath), stopWords: stopWords, weights: weights,
            top: options.top, minScore: options.minScore)
    }

    public func process(_ document: inout Document) throws {
        for index in document.articles.indices {
            let keywords = extractor.keywords(of: document.articles[index])
            document.articles[index].findings[Keywords.self] = keywords
        }
    }
}
