import Foundation
import PresswatchCore

/// A small dictionary segmenter for these tests: the jieba lexicon's most probable path
/// through the word graph, with each word's tag; latin words, numbers and punctuation as
/// their own tokens. It stands in for the project's `Segmenter` so the tagger is measured on
/// real tokens; it has no model for words the lexicon lacks (names come out as characters).
final class LexiconSegmenter: Sendable {
    static let shared = LexiconSegmenter()

    private let entries: [String: (logFrequency: Double, tag: String)]
    private let prefixes: Set<String>
    private let unknownLog: Double

    private init() {
        let path = repositoryRoot + "/Plugins/Segmenter/Lexicon/dict.txt"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var counts: [String: (Double, String)] = [:]
        var prefixes: Set<String> = []
        var total = 0.0
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, let frequency = Double(fields[1]) else { continue }
            let word = String(fields[0])
            counts[word] = (frequency, fields.count > 2 ? String(fields[2]) : "x")
            total += frequency
            var prefix = ""
            for scalar in word.unicodeScalars {
                prefix.unicodeScalars.append(scalar)
                prefixes.insert(prefix)
            }
        }
        let logTotal = log(max(total, 1))
        entries = counts.mapValues { (log(max($0.0, 1)) - logTotal, $0.1) }
        self.prefixes = prefixes
        unknownLog = -logTotal
    }

    /// The tokens of a text, spans in scalars.
    func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var end = index + 1
            if isHan(scalar) {
                while end < scalars.count && isHan(scalars[end]) { end += 1 }
                tokens += words(scalars, index, end)
            } else if scalar.isASCII && scalar.properties.isAlphabetic {
                while end < scalars.count && isLatinPart(scalars[end]) { end += 1 }
                tokens.append(
                    Token(span: Span(start: index, end: end), kind: .latin, tag: .english))
            } else if isDigit(scalar) {
                while end < scalars.count && (isDigit(scalars[end]) || scalars[end] == ".") {
                    end += 1
                }
                tokens.append(
                    Token(span: Span(start: index, end: end), kind: .number, tag: .numeral))
            } else if !scalar.properties.isWhitespace {
                let kind: TokenKind =
                    scalar.properties.generalCategory.isPunctuation ? .punct : .symbol
                tokens.append(Token(span: Span(start: index, end: end), kind: kind))
            }
            index = end
        }
        return tokens
    }

    /// The most probable split of a run of Han characters (jieba's route, no unknown-word model).
    private func words(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Token] {
        let count = end - start
        var best = [Double](repeating: 0, count: count + 1)
        var next = [Int](repeating: 0, count: count + 1)
        var tags = [String?](repeating: nil, count: count + 1)
        for offset in stride(from: count - 1, through: 0, by: -1) {
            best[offset] = -Double.infinity
            var piece = ""
            for stop in (offset + 1)...count {
                piece.unicodeScalars.append(scalars[start + stop - 1])
                if stop > offset + 1 && !prefixes.contains(piece) { break }
                let entry = entries[piece]
                guard entry != nil || stop == offset + 1 else { continue }
                let value = (entry?.logFrequency ?? unknownLog) + best[stop]
                if value > best[offset] {
                    best[offset] = value
                    next[offset] = stop
                    tags[offset] = entry?.tag
                }
            }
        }
        var tokens: [Token] = []
        var offset = 0
        while offset < count {
            let tag = tags[offset].map(PartOfSpeech.init(rawValue:))
            tokens.append(
                Token(
                    span: Span(start: start + offset, end: start + next[offset]), kind: .word,
                    tag: tag))
            offset = next[offset]
        }
        return tokens
    }

    private func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    private func isLatinPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "-" || scalar == "'")
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}

/// The repository's folder, from this file's place in it.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()
