import Foundation
import PresswatchCore

/// A stand-in for the real segmenter, for the evaluations until it is merged: sentences end
/// at `。！？!?；…` (with their closing quotes) and at paragraph ends, and Chinese words are
/// found by forward maximum matching over the segmenter's lexicon, with its tags.
struct StandInSegmenter: Sendable {
    static let shared = StandInSegmenter()

    private let tags: [UInt64: String]
    private let longest = 6

    private init() {
        let path = TestData.root + "/../../Plugins/Segmenter/Lexicon/dict.txt"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var tags: [UInt64: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let word = fields.first else { continue }
            let scalars = Array(word.unicodeScalars)
            guard scalars.count <= longest else { continue }
            tags[Self.key(scalars[...])] = fields.count >= 3 ? String(fields[2]) : "x"
        }
        self.tags = tags
    }

    var isLoaded: Bool { !tags.isEmpty }

    /// An article of one text, paragraphs on `\n`, with sentences and tokens.
    func article(
        text: String, headline: String? = nil, kicker: String? = nil, kind: ArticleKind = .news
    ) -> Article {
        let paragraphs = text.split(separator: "\n").map { $0.trimmingWhitespaceAtEnds() }
            .filter { !$0.isEmpty }
        var article = Article(
            index: 0, kind: kind, lines: LineRange(first: 1, last: max(paragraphs.count, 1)),
            paragraphs: paragraphs, headline: headline, kicker: kicker)
        article.sentences = sentences(of: article.scalars)
        article.tokens = tokens(of: article.scalars)
        return article
    }

    func sentences(of scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var first = start
            while first < end && scalars[first].properties.isWhitespace { first += 1 }
            if first < end { spans.append(Span(start: first, end: end)) }
            start = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(index)
                start = index + 1
            } else if "。！？!?；…".unicodeScalars.contains(scalar)
                || (scalar == "."
                    && (index + 1 == scalars.count
                        || scalars[index + 1].properties.isWhitespace))
            {
                var end = index + 1
                while end < scalars.count && "。！？!?…”’」』）)\"".unicodeScalars.contains(scalars[end])
                {
                    end += 1
                }
                index = end - 1
                close(end)
            }
            index += 1
        }
        close(scalars.count)
        return spans
    }

    func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar.isASCII
                && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            {
                let isNumber = scalar.properties.numericType != nil
                var end = index + 1
                while end < scalars.count, scalars[end].isASCII,
                    isNumber
                        ? (scalars[end].properties.numericType != nil || scalars[end] == ".")
                        : scalars[end].properties.isAlphabetic
                {
                    end += 1
                }
                tokens.append(
                    Token(span: Span(start: index, end: end), kind: isNumber ? .number : .latin))
                index = end
            } else if scalar.properties.isIdeographic {
                var length = min(longest, scalars.count - index)
                while length > 1 && tags[Self.key(scalars[index..<(index + length)])] == nil {
                    length -= 1
                }
                let tag = tags[Self.key(scalars[index..<(index + length)])]
                tokens.append(
                    Token(
                        span: Span(start: index, end: index + length), kind: .word,
                        tag: tag.map { PartOfSpeech($0) }))
                index += length
            } else {
                tokens.append(Token(span: Span(start: index, end: index + 1), kind: .punct))
                index += 1
            }
        }
        return tokens
    }

    private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        return hash
    }
}
