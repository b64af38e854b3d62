/// Plain text made safe to put in Markdown: characters Markdown would read as markup are
/// escaped, so a headline such as `*本报讯*` or `1. 开幕` prints as written. Processors use it
/// in their own Markdown sections too.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            if lineStart > 0 { out.append("\n") }
            escapeLine(scalars[lineStart..<lineEnd], into: &out)
            lineStart = lineEnd + 1
        }
        return String(out)
    }

    /// Inline markup anywhere in a line: emphasis, code, links, HTML, table cells.
    private static let inlineSpecial: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|",
    ]

    /// At the start of a line these begin a heading, a list, a rule or a setext underline.
    private static let blockSpecial: Set<Unicode.Scalar> = ["#", "+", "-", "="]

    private static func escapeLine(
        _ line: ArraySlice<Unicode.Scalar>, into out: inout String.UnicodeScalarView
    ) {
        let first = line.firstIndex { $0 != " " } ?? line.endIndex
        let blockMarker = first < line.endIndex ? blockMarkerIndex(line, from: first) : nil
        for index in line.indices {
            let scalar = line[index]
            if index == blockMarker || inlineSpecial.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
    }

    /// The scalar that would start a block: `#`, `-` ... as the first character, or the `.`
    /// or `)` after a leading number (`1. ` is a numbered list; `1\. ` is text).
    private static func blockMarkerIndex(
        _ line: ArraySlice<Unicode.Scalar>, from first: Int
    ) -> Int? {
        if blockSpecial.contains(line[first]) { return first }
        var index = first
        while index < line.endIndex, ("0"..."9").contains(line[index]) { index += 1 }
        guard index > first, index < line.endIndex, line[index] == "." || line[index] == ")"
        else { return nil }
        return index
    }
}
