import Foundation

/// The README's tables of options, made from the descriptions, so that a test can hold the
/// README to the types (and `presswatch processors --markdown` can print them).
public enum OptionTable {
    /// A Markdown table: key, type, default, allowed values, meaning. `keyHeader` names the
    /// first column (`option` for a processor, `key` for the top-level settings).
    public static func markdown(_ options: [OptionDescription], keyHeader: String = "option")
        -> String
    {
        var lines = [
            "| \(keyHeader) | type | default | allowed | meaning |",
            "| --- | --- | --- | --- | --- |",
        ]
        for option in options {
            let defaultCell =
                option.defaultIsWords ? option.defaultValue : code(option.defaultValue)
            let allowed =
                option.allowedValues.isEmpty
                ? option.bounds?.description ?? ""
                : option.allowedValues.map(code).joined(separator: ", ")
            let cells = [code(option.name), option.type, defaultCell, allowed, option.help]
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table that follows the marker `<!-- options: NAME -->` in `text`, up to the first
    /// line that is not a table row; nil when the marker is absent.
    public static func table(after name: String, in text: String) -> String? {
        let marker = marker(for: name)
        guard let range = text.range(of: marker + "\n") else { return nil }
        var table = ""
        for line in text[range.upperBound...].split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            guard line.hasPrefix("|") else { break }
            table += line + "\n"
        }
        return table
    }

    /// `<!-- options: keyword_tagger -->`: the line before each generated table in the README.
    public static func marker(for name: String) -> String {
        "<!-- options: \(name) -->"
    }

    private static func code(_ text: String) -> String {
        text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }

    /// A `|` inside a cell would end it.
    private static func escape(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|")
    }
}
