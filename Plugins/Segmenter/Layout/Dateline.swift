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

    /// The dateline at the start of an article's first lines, if there is one. A bracket of
    /// bylines may run on into the next two lines. `bodyStart` counts the lines' trimmed
    /// scalars one after the other.
    static func detect(_ lines: [SourceLine]) -> Dateline? {
        guard let first = lines.first else { return nil }
        // A dateline alone on its line (`新华社北京 6月17日电` / `国务院总理…`); only the
        // unmistakable forms, since a column may end on any 电 or 讯.
        if let alone = detect(first.trimmed), alone.bodyStart >= first.trimmed.count,
            ["日电", "日讯", "报讯"].contains(where: { alone.text.hasSuffix($0) })
        {
            return alone
        }
        // A dateline and its bracketed bylines sit in the first few dozen scalars; a narrow
        // column may cut them onto the next lines. Where a line break stood for a space
        // (`孟静斌 ` / `通讯员 刘萍`), one goes in, and is taken out of `bodyStart` again.
        var text = Array(first.trimmed.prefix(160))
        var insertedSpaces: [Int] = []
        var previous = first
        for line in lines.dropFirst().prefix(2)
        where text.count <= 160 && first.trimmed.count <= 160 {
            if previous.raw.last?.isSpaceLike == true || line.raw.first?.isSpaceLike == true {
                insertedSpaces.append(text.count)
                text.append(" ")
            }
            text += line.trimmed.prefix(64)
            previous = line
        }
        guard var dateline = detect(text[...]) else { return nil }
        dateline.bodyStart -= insertedSpaces.filter { $0 < dateline.bodyStart }.count
        return dateline
    }

    /// The dateline at the start of `text` (trimmed), if there is one.
    static func detect(_ text: ArraySlice<Unicode.Scalar>) -> Dateline? {
        let line = Array(text.prefix(320))
        guard let end = datelineEnd(line) else { return nil }
        var index = end
        while index < line.count, line[index].isSpaceLike { index += 1 }
        var bylines: [Byline] = []
        if index < line.count, line[index] == "（" || line[index] == "(" {
            let close: Unicode.Scalar = line[index] == "（" ? "）" : ")"
            if let closing = line[index...].prefix(64).firstIndex(of: close),
                let parsed = BylineParser.parse(line[(index + 1)..<closing], defaultRole: nil)
            {
                bylines = parsed
                index = closing + 1
                while index < line.count, line[index].isSpaceLike { index += 1 }
            }
        }
        let text = line[..<end].filter { !$0.isSpaceLike }
        return Dateline(text: Array(text).string, bylines: bylines, bodyStart: index)
    }

    /// Where the dateline ends: after `本报讯`, or after a short source-and-date phrase
    /// ending in 讯, 电 or 消息 that a space or bracket follows. Extraction may have put a
    /// space before its digits (`新华社北京 6月 17日电`).
    private static func datelineEnd(_ line: [Unicode.Scalar]) -> Int? {
        if line.hasScalarPrefix("本报讯") { return 3 }
        var index = 0
        var phrase: [Unicode.Scalar] = []
        while index < line.count, index < 32, line[index] != "（", line[index] != "(" {
            let scalar = line[index]
            if scalar.isSpaceLike {
                guard index + 1 < line.count, line[index + 1].isASCIIDigit else { break }
            } else if scalar.isHan || scalar.isASCIIDigit || scalar == "·" {
                phrase.append(scalar)
                if scalar == "讯" || scalar == "电", index + 1 < line.count,
                    line[index + 1].isSpaceLike || line[index + 1] == "（" || line[index + 1] == "("
                {
                    index += 1
                    break
                }
            } else {
                return nil
            }
            index += 1
        }
        guard phrase.count >= 3, phrase.count <= 24, index <= line.count else { return nil }
        let endsRight =
            phrase.last == "讯" || phrase.last == "电"
            || (phrase.count >= 4 && Array(phrase.suffix(2)) == Array("消息".unicodeScalars))
        guard endsRight, phrase.first?.isHan == true else { return nil }
        let body = Array(phrase.dropLast())
        return sourceMarkers.contains(where: { body.containsScalars($0) }) ? index : nil
    }
}
