import PresswatchCore

/// The quantities of one article, in text order: the `numbers` field of the result.
public struct Numbers: ArticleFinding, Equatable {
    public static let key = "numbers"
    /// After the summary, before the keywords.
    public static let markdownOrder = 200

    public var entries: [NumberEntry]
    /// The most rows the Markdown table shows; 0 leaves the section out.
    public var markdownRows: Int

    public init(entries: [NumberEntry], markdownRows: Int = 100) {
        self.entries = entries
        self.markdownRows = markdownRows
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries)
    }

    /// A table of the article's figures: what the text says, and what it means.
    public func markdown(for article: Article) -> String? {
        guard markdownRows > 0, !entries.isEmpty else { return nil }
        var lines = ["### Figures", "", "| text | kind | value | unit | approx |"]
        lines.append("| --- | --- | ---: | --- | --- |")
        for entry in entries.prefix(markdownRows) {
            let cells = [
                MarkdownText.tableCell(entry.text), entry.kind.rawValue,
                entry.exact ?? Self.format(entry.value),
                MarkdownText.tableCell(entry.unit ?? ""), entry.approx?.rawValue ?? "",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if entries.count > markdownRows {
            lines.append("")
            lines.append("(\(entries.count - markdownRows) more in the JSON result)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value as a reader writes it: no trailing `.0`, ranges as `low–high`.
    static func format(_ value: QuantityValue) -> String {
        switch value {
        case .number(let number): return formatNumber(number)
        case .date(let iso): return iso
        case .range(let low, let high): return formatNumber(low) + "–" + formatNumber(high)
        }
    }

    static func formatNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
