import Foundation
import PresswatchCore

/// Bylines of English pages: `By JOHN SMITH`, `By Jane Doe and John Roe`, and wire credits
/// in brackets (`(By Associated Press.)`).
enum EnglishByline {
    /// Whether a line opens like a byline.
    static func opens(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let body = text.first == "(" ? text.dropFirst() : text
        guard body.count >= 4 else { return false }
        let start = body.startIndex
        return (body[start] == "B") && (body[start + 1] == "y" || body[start + 1] == "Y")
            && body[start + 2].isSpaceLike
    }

    /// The names of a byline line; a credit that names an agency or paper gets role `other`.
    static func parse(_ text: ArraySlice<Unicode.Scalar>) -> Byline? {
        guard opens(text), text.count <= 80 else { return nil }
        var body = text.first == "(" ? text.dropFirst() : text
        body = body.dropFirst(3)
        let cleaned = body.string.trimmingCharacters(in: [" ", ".", ")", "(", ","])
        let names =
            cleaned
            .replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: " AND ", with: ",")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: [" ", "."]) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        let wire = names.contains { name in
            ["Press", "PRESS", "News", "NEWS", "Service", "SERVICE", "Wire", "WIRE"].contains {
                name.hasSuffix($0)
            }
        }
        return Byline(role: wire ? .other : .reporter, names: names)
    }
}
