import Foundation

/// Builds lexicons from dictionary files: the base dict.txt, then a user dictionary on top.
enum LexiconLoader {
    static func loadBase(path: String) throws -> Lexicon {
        let data = try DictionaryFile.readBytes(path)
        var lexicon = Lexicon(expectedEdges: data.count / 8)
        try add(data, file: path, to: &lexicon)
        lexicon.finish()
        return lexicon
    }

    /// The base with the user dictionary's words added (the base itself is left shared).
    static func withUserDictionary(_ base: Lexicon, path: String) throws -> Lexicon {
        let data = try DictionaryFile.readBytes(path)
        var lexicon = base
        try add(data, file: path, to: &lexicon)
        lexicon.finish()
        return lexicon
    }

    /// A user word without a frequency gets, as in jieba's `suggest_freq`, just enough to be
    /// kept whole: one more than the product of its best split's frequencies.
    private static func add(_ data: Data, file: String, to lexicon: inout Lexicon) throws {
        try DictionaryFile.parse(data, file: file) { entry in
            let tag =
                entry.packedTag == 0
                ? Lexicon.noTag
                : lexicon.tagID(packed: entry.packedTag, name: { tagName(entry.packedTag) })
            let frequency: Double
            if let given = entry.frequency {
                frequency = given
            } else {
                let split = WordGraph.bestScore(of: entry.word, lexicon: lexicon)
                let existing = lexicon.word(entry.word).map { lexicon.frequencies[$0] } ?? 1
                frequency = max((exp(split) * lexicon.total).rounded(.down) + 1, existing)
            }
            lexicon.add(entry.word, frequency: frequency, tag: tag)
        }
    }

    private static func tagName(_ packed: UInt64) -> String {
        var bytes: [UInt8] = []
        var rest = packed
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
