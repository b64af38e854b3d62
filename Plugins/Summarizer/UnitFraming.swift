import PresswatchCore

/// How each unit frames what it says. News often opens on the scene (`8月1日，`, `近日，`,
/// `记者获悉，`) and gets to its point in a later sentence that reports a claim (`专家认为，`,
/// `调查发现，`) or draws a conclusion (`这意味着`); a headline says that point. What these
/// are worth is printed by the ablation in `SummarizerEvaluationTests`.
struct UnitFraming {
    /// The unit opens with a time, a date or a news source (`今天`, `3月5日`, `新华社`, `据`).
    var opensWithTime: [Bool] = []
    /// Its first clause, short, ends in a reporting verb: `韩媒称，`, `专家认为，`.
    var opensWithAttribution: [Bool] = []
    /// It draws a conclusion or states an outcome (`这意味着`, `表明`, `将成为`).
    var drawsConclusion: [Bool] = []
    /// Its commas, up to `maximumClauses`, over that: long chains of clauses read as detail.
    var clauses: [Double] = []

    static let maximumClauses = 6

    init(article: Article, units: [Range<Int>]) {
        let scalars = article.scalars
        for range in units {
            let first = article.sentences[range.lowerBound]
            let last = article.sentences[range.upperBound - 1]
            let text = first.start..<last.end
            let start = Self.firstWordStart(in: text, scalars)
            opensWithTime.append(Self.opensWithTime(from: start, in: text, scalars))
            opensWithAttribution.append(Self.opensWithAttribution(from: start, in: text, scalars))
            drawsConclusion.append(Self.contains(Self.conclusionMarkers, in: text, scalars))
            var commas = 0
            for offset in text where scalars[offset] == "\u{FF0C}" || scalars[offset] == "," {
                commas += 1
            }
            clauses.append(
                Double(min(commas, Self.maximumClauses)) / Double(Self.maximumClauses))
        }
    }

    /// Where the unit's words start: after white space, opening quotes and brackets.
    static func firstWordStart(in text: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        var offset = text.lowerBound
        while offset < text.upperBound,
            scalars[offset].isWhiteSpace || openers.contains(scalars[offset])
        {
            offset += 1
        }
        return offset
    }

    private static let openers: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{FF08}", "("]

    /// A year, month or day in figures (`2012年`, `10月`, `5日`), or a time or source word.
    static func opensWithTime(from start: Int, in text: Range<Int>, _ scalars: [Unicode.Scalar])
        -> Bool
    {
        var offset = start
        while offset < text.upperBound, offset - start < 4, isDigit(scalars[offset]) {
            offset += 1
        }
        if offset > start, offset < text.upperBound, "年月日".unicodeScalars.contains(scalars[offset])
        {
            return offset - start <= (scalars[offset] == "年" ? 4 : 2)
        }
        return timeOpenings.contains { opening in
            hasPrefix(opening, at: start, in: text, scalars)
        }
    }

    /// ASCII and full-width digits: the figures a date is printed in.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    private static let timeOpenings: [[Unicode.Scalar]] = [
        "今天", "昨天", "昨日", "今日", "前天", "前日", "前晚", "昨晚", "今晨", "今年", "去年", "近日", "日前",
        "目前", "当前", "近期", "近年", "最近", "本周", "上周", "本月", "上月", "日内", "周一", "周二", "周三",
        "周四", "周五", "周六", "周日", "周末", "星期", "截至", "截止", "新华社", "本报", "记者", "据",
    ].map { Array($0.unicodeScalars) }

    /// The first clause (up to `，` or `：`, not past a full stop) is at most
    /// `attributionLength` characters before a reporting verb that ends it.
    static func opensWithAttribution(
        from start: Int, in text: Range<Int>, _ scalars: [Unicode.Scalar]
    ) -> Bool {
        var end = start
        while end < text.upperBound, !clauseEnds.contains(scalars[end]) { end += 1 }
        guard end < text.upperBound, scalars[end] != "\u{3002}" else { return false }
        return reportingVerbs.contains { verb in
            let verbStart = end - verb.count
            return verbStart > start && verbStart - start <= attributionLength
                && hasPrefix(verb, at: verbStart, in: start..<end, scalars)
        }
    }

    private static let attributionLength = 16
    private static let clauseEnds: Set<Unicode.Scalar> = [
        "\u{FF0C}", ",", "\u{3002}", "\u{FF1A}", ":",
    ]
    private static let reportingVerbs: [[Unicode.Scalar]] = [
        "称", "表示", "认为", "指出", "发现", "介绍", "透露", "强调", "显示", "预计", "分析", "报道", "说",
        "坦言", "预测", "提醒", "提出", "建议", "呼吁", "宣布", "证实", "获悉", "了解到",
    ].map { Array($0.unicodeScalars) }

    private static let conclusionMarkers: [[Unicode.Scalar]] = [
        "意味着", "说明", "表明", "显示", "因此", "总之", "可见", "将成为", "标志着",
    ].map { Array($0.unicodeScalars) }

    static func contains(
        _ markers: [[Unicode.Scalar]], in text: Range<Int>, _ scalars: [Unicode.Scalar]
    ) -> Bool {
        for offset in text {
            for marker in markers where marker[0] == scalars[offset] {
                if hasPrefix(marker, at: offset, in: text, scalars) { return true }
            }
        }
        return false
    }

    static func hasPrefix(
        _ prefix: [Unicode.Scalar], at offset: Int, in text: Range<Int>,
        _ scalars: [Unicode.Scalar]
    ) -> Bool {
        guard offset + prefix.count <= text.upperBound else { return false }
        for (index, scalar) in prefix.enumerated() where scalars[offset + index] != scalar {
            return false
        }
        return true
    }
}
