/// Page furniture: the text a printed page carries besides its articles (running headers
/// and footers, page numbers, the editors' credit line, hotlines, app promotions).
enum Furniture {
    /// The role of a furniture line (`header`, `page`, `editor`, `hotline`, `promotion`),
    /// or nil when the line is not furniture.
    static func role(of line: SourceLine) -> String? {
        let text = Array(line.trimmed)
        guard !text.isEmpty, text.count <= 60, !line.endsSentence,
            Dateline.detect(text[...]) == nil
        else { return nil }
        if isEditorCredit(text) { return "editor" }
        if isJumpLine(text) { return "jump" }
        if text.hasScalarPrefix("新闻热线") || text.hasScalarPrefix("热线电话")
            || text.hasScalarPrefix("读者热线")
        {
            return "hotline"
        }
        if isPageNumber(text) { return "page" }
        if isPromotion(text) { return "promotion" }
        if isRunningHeader(text) { return "header" }
        return nil
    }

    /// Editor credits, hotlines and page numbers look like nothing else; headers and
    /// promotions are recognised only at the edge of a block of lines.
    static func isDistinctive(_ role: String) -> Bool {
        role == "editor" || role == "hotline" || role == "page" || role == "jump"
    }

    /// A jump line: `（下转第二版）`, `上接第1版`, `转A3版`. The text it points to is the
    /// article's; the line itself is the page's.
    private static func isJumpLine(_ text: [Unicode.Scalar]) -> Bool {
        var core = text.filter { !$0.isSpaceLike }[...]
        if core.first == "（" || core.first == "(" { core = core.dropFirst() }
        if core.last == "）" || core.last == ")" { core = core.dropLast() }
        guard core.count <= 12, core.last == "版" else { return false }
        for opening in ["下转", "上接", "接", "转"] where Array(core).hasScalarPrefix(opening) {
            let page = core.dropFirst(opening.unicodeScalars.count).dropLast()
            let number = page.first == "第" ? page.dropFirst() : page
            return !number.isEmpty && number.count <= 4
                && number.allSatisfy {
                    $0.isASCIIDigit || $0.isASCIILetter || WordSegmenter.isChineseDigit($0.value)
                        || $0 == "十"
                }
        }
        return false
    }

    /// `责任编辑：A 版式：B`, `编辑：A`, `美编：B`, `校对：C`.
    private static func isEditorCredit(_ text: [Unicode.Scalar]) -> Bool {
        for label in ["责任编辑", "版式", "美编", "校对", "编辑：", "编辑:", "组版"]
        where text.hasScalarPrefix(label) {
            return true
        }
        return text.count <= 40 && text.containsScalars("版式：")
    }

    /// `第2版`, `第 12 版`, `A2版`, optionally followed by a short section name.
    private static func isPageNumber(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= 16 else { return false }
        let compact = text.filter { !$0.isSpaceLike }
        guard let ban = compact.firstIndex(of: "版") else { return false }
        var index = 0
        if compact.first == "第" { index = 1 }
        while index < ban, compact[index].isASCIILetter { index += 1 }
        let digitsStart = index
        while index < ban, compact[index].isASCIIDigit || compact[index].isFullWidthDigit {
            index += 1
        }
        return index == ban && index > digitsStart && compact.count - ban <= 8
    }

    /// App and social-media promotions: `平湖发布 今平湖客户端`, `扫码下载…`.
    private static func isPromotion(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= 40, !text.contains("，"), !text.contains("。") else { return false }
        for marker in ["客户端", "扫码", "扫一扫", "二维码", "公众号", "微信号", "APP下载"]
        where text.containsScalars(marker) {
            return true
        }
        return false
    }

    /// A running header or footer: a short line that is mostly a full date
    /// (`平湖日报 2023年2月8日 星期三`, `要闻 2019.03.13`), with at most a title and a weekday.
    private static func isRunningHeader(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= 40, text.contains(where: { $0.isSpaceLike }) else { return false }
        guard let date = fullDate(in: text) else { return false }
        let rest = text.count - date.count
        let hasWeekday = text.containsScalars("星期") || text.containsScalars("周")
        return rest <= (hasWeekday ? 16 : 12) && !text.contains("，")
    }

    /// The first full date `YYYY年M月D日` or `YYYY.MM.DD` / `YYYY-MM-DD` in the text.
    static func fullDate(in text: [Unicode.Scalar]) -> Range<Int>? {
        var index = 0
        while index < text.count {
            if text[index].isASCIIDigit, index == 0 || !text[index - 1].isASCIIDigit,
                let end = dateEnd(text, from: index)
            {
                return index..<end
            }
            index += 1
        }
        return nil
    }

    private static func dateEnd(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        func digits(_ minimum: Int, _ maximum: Int) -> Bool {
            let first = index
            while index < text.count, text[index].isASCIIDigit, index - first < maximum {
                index += 1
            }
            return index - first >= minimum
        }
        guard digits(4, 4), index < text.count else { return nil }
        let separator = text[index]
        if separator == "年" {
            index += 1
            guard digits(1, 2), index < text.count, text[index] == "月" else { return nil }
            index += 1
            guard digits(1, 2), index < text.count, text[index] == "日" else { return nil }
            return index + 1
        }
        guard separator == "." || separator == "-" || separator == "/" else { return nil }
        index += 1
        guard digits(1, 2), index < text.count, text[index] == separator else { return nil }
        index += 1
        guard digits(1, 2) else { return nil }
        return index
    }
}
