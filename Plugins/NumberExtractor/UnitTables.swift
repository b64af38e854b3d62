/// What a unit word after a number makes of it.
struct UnitInfo: Sendable {
    var kind: QuantityKind
    /// ISO 4217 code, English unit name, or nil when the word itself is the unit (counts).
    var unit: String?
    /// What one of the unit is worth in the reported unit (美分 is 0.01 USD).
    var factor: Double = 1
}

/// The unit words, Chinese and English, each with its kind and reported name.
enum UnitTables {
    /// Words that begin with a numeral place but are units: `12千米` is 12 km, not 12000 m.
    static let prefixedUnits = WordTable<Bool>(
        [
            "千米", "千克", "千瓦", "千卡", "千字节", "千伏", "千焦", "千帕", "千兆", "兆瓦", "兆字节", "兆赫",
            "兆帕", "百分点", "百帕", "千瓦时",
        ].map { ($0, true) })

    /// Currencies an amount may end in (`元`, `美元`, `美分`); not the bare sub-units.
    static let currencies = WordTable<UnitInfo>(
        CurrencyNames.suffixes.filter { !CurrencyNames.chainOnly.contains($0.0) }.map {
            ($0.0, UnitInfo(kind: .money, unit: $0.1, factor: $0.2))
        })

    /// Every currency word, the sub-units 角, 毛, 分 too: what may follow `50元` (`6角三分`).
    static let currencyChain = WordTable<UnitInfo>(
        CurrencyNames.suffixes.map { ($0.0, UnitInfo(kind: .money, unit: $0.1, factor: $0.2)) })

    static let currencyPrefixes = WordTable<String>(CurrencyNames.prefixes)

    static let measures = WordTable<UnitInfo>(
        MeasureNames.all.map { ($0.0, UnitInfo(kind: .measure, unit: $0.1)) })

    static let durations = WordTable<UnitInfo>(
        DurationNames.all.map { ($0.0, UnitInfo(kind: .duration, unit: $0.1)) })

    /// Classifiers that make a count, with the classifier as the unit.
    static let classifiers = WordTable<UnitInfo>(
        ClassifierNames.all.map { ($0, UnitInfo(kind: .count, unit: $0)) })

    /// English scale words after a number: `4.14 billion`, `5bn`; and South Asia's lakh
    /// (100,000) and crore (10,000,000): `Rs 500 crore`.
    static let englishScales = WordTable<Int>([
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("bn", 9),
        ("mn", 6), ("mln", 6), ("tn", 12), ("lakh", 5), ("lakhs", 5), ("crore", 7),
        ("crores", 7),
    ])

    /// Percent signs and words; the value is the factor to percent.
    static let percentSigns = WordTable<Double>([
        ("%", 1), ("％", 1), ("‰", 0.1), ("percent", 1), ("per cent", 1), ("pct", 1),
        // British papers' per cent (`fell 12pc`); `pcs` (pieces) runs on, and is no match.
        ("pc", 1),
    ])

    /// `个百分点`, `percentage points`: a difference of percentages.
    static let percentagePoints = WordTable<Bool>(
        ["个百分点", "個百分點", "百分点", "百分點", "percentage points", "percentage point"].map {
            ($0, true)
        })

    /// Hedges after a quantity: `18个以上`, `20年左右`.
    static let hedgeSuffixes = WordTable<Approximation>([
        ("以上", .moreThan), ("以下", .lessThan), ("左右", .about), ("上下", .about),
        ("开外", .moreThan), ("有余", .moreThan), ("以内", .atMost), ("之内", .atMost),
        ("出头", .moreThan), ("多", .moreThan), ("余", .moreThan), ("or more", .atLeast),
        ("or so", .about),
    ])

    /// Hedges before a quantity, Chinese and English; longest first, so that 不少于 is not
    /// taken for 少于.
    static let hedgePrefixes: [([Unicode.Scalar], Approximation)] = hedgePrefixWords.map {
        (Array($0.0.unicodeScalars), $0.1)
    }.sorted { $0.0.count > $1.0.count }

    /// The last scalars of the hedges before a quantity: most numbers follow none of them,
    /// and need not be compared with every hedge.
    static let hedgePrefixEnds = ScalarSet(
        hedgePrefixWords.map { String($0.0.unicodeScalars.last!) }.joined())

    private static let hedgePrefixWords: [(String, Approximation)] = [
        ("大约", .about), ("约", .about), ("大概", .about), ("将近", .about), ("接近", .about),
        ("近", .about), ("差不多", .about), ("约合", .about), ("超过", .moreThan), ("超", .moreThan),
        ("逾", .moreThan), ("多于", .moreThan), ("高于", .moreThan), ("大于", .moreThan),
        ("不少于", .atLeast), ("不小于", .atLeast), ("大于等于", .atLeast), ("≥", .atLeast),
        ("至少有", .atLeast), ("小于等于", .atMost), ("≤", .atMost), ("超过了", .moreThan),
        ("最多为", .atMost), ("至少", .atLeast), ("不低于", .atLeast), ("起码", .atLeast),
        ("不到", .lessThan), ("不足", .lessThan), ("少于", .lessThan), ("低于", .lessThan),
        ("小于", .lessThan), ("未满", .lessThan), ("至多", .atMost), ("最多", .atMost),
        ("不超过", .atMost), ("不多于", .atMost), ("不高于", .atMost), ("不大于", .atMost),
        ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about),
        ("nearly", .about), ("almost", .about), ("some", .about), ("more than", .moreThan),
        ("over", .moreThan), ("above", .moreThan), ("less than", .lessThan),
        ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
        ("at least", .atLeast), ("no less than", .atLeast), ("at most", .atMost),
        ("up to", .atMost), ("no more than", .atMost),
    ]
}
