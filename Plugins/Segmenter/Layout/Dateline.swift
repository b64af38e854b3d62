import PresswatchCore

/// The dateline that opens a news body (`本报讯`, `新华社北京6月17日电`, `XX晚报讯`,
/// `XX网6月17日讯`), with the bylines some papers print in brackets right after it
/// (`本报讯 （记者 张三 通讯员 李四）`).
struct Dateline {
    var text: String
    var bylines: [Byline]
    /// Offset in the line's trimmed scalars where the body text begins.
    var bodyStart: Int

    /// Words that name a news source, one of which a dateline must hold.
    private static let sourceMarkers = ["本报", "社", "报", "网", "台", "电视", "广播", "新闻", "客户端"]

    /// The dateline at the start of `text`, if there is one.
    static func detect(_ text: ArraySlice<Unicode.Scalar>) -> Dateline? {
        // A dateline and its bracketed bylines sit in the first few dozen scalars.
        let line = Array(text.prefix(160))
        guard let end = datelineEnd(line) else { return nil }
        var index = end
        while index < line.count, line[index].isSpaceLike { index += 1 }
        var bylines: [Byline] = []
        if index < line.count, line[index] == "（" || line[index] == "(" {
            let close: Unicode.Scalar = line[index] == "（" ? "）" : ")"
            if let closing = line[index...].prefix(48).firstIndex(of: close),
                let parsed = BylineParser.parse(line[(index + 1)..<closing], defaultRole: nil)
            {
                bylines = parsed
                index = closing + 1
                while index < line.count, line[index].isSpaceLike { index += 1 }
            }
        }
        return Dateline(text: Array(line[..<end]).string, bylines: bylines, bodyStart: index)
    }

    /// Where the dateline ends: after `本报讯`, or after a short source-and-date phrase
    /// ending in 讯, 电 or 消息 that a space or bracket follows.
    private static func datelineEnd(_ line: [Unicode.Scalar]) -> Int? {
        if line.hasScalarPrefix("本报讯") { return 3 }
        var index = 0
        while index < line.count, index < 26, !line[index].isSpaceLike, line[index] != "（",
            line[index] != "("
        {
            let scalar = line[index]
            if !(scalar.isHan || scalar.isASCIIDigit || scalar == "·") { return nil }
            index += 1
        }
        guard index >= 3, index < line.count, index < 26 else { return nil }
        let phrase = Array(line[..<index])
        let endsRight =
            phrase.last == "讯" || phrase.last == "电"
            || (phrase.count >= 4 && Array(phrase.suffix(2)) == Array("消息".unicodeScalars))
        guard endsRight, phrase.first?.isHan == true else { return nil }
        let body = Array(phrase.dropLast())
        return sourceMarkers.contains(where: { body.containsScalars($0) }) ? index : nil
    }
}
