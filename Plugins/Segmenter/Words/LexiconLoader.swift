import Foundation

/// Builds lexicons from dictionary files: the base dict.txt with the project's supplement,
/// then a user dictionary on top.
enum LexiconLoader {
    /// The base: every file's words in one list, read in order, so that a later file's entry
    /// of a word replaces an earlier one (the trie keeps the last) and the trie is built once.
    static func loadBase(paths: [String]) throws -> Lexicon {
        var words = WordList()
        for (index, path) in paths.enumerated() {
            let data = try DictionaryFile.readBytes(path)
            if index == 0 {
                // About 14 bytes and 3 scalars a line in dict.txt.
                words.reserve(words: data.count / 14, scalars: data.count / 4)
            }
            try DictionaryFile.parse(data, file: path) { entry in
                words.append(
                    entry.word, frequency: entry.frequency ?? 1, packedTag: entry.packedTag)
            }
        }
        return Lexicon(words: words, order: words.sortedOrder())
    }

    /// The base with the user dictionary's words added; the base itself stays as it is.
    ///
    /// A word without a frequency gets, as in jieba's `suggest_freq`, just enough to be kept
    /// whole: one more than the product of its best split's frequencies in the base.
    static func withUserDictionary(_ base: Lexicon, path: String) throws -> Lexicon {
        let data = try DictionaryFile.readBytes(path)
        var words = base.words
        try DictionaryFile.parse(data, file: path) { entry in
            let frequency: Double
            if let given = entry.frequency {
                frequency = given
            } else {
                let split = WordGraph.bestScore(of: entry.word, lexicon: base)
                let existing = base.word(entry.word).map { base.words.frequencies[$0] } ?? 1
                frequency = max((exp(split) * base.total).rounded(.down) + 1, existing)
            }
            var packedTag = entry.packedTag
            if packedTag == 0, let known = base.word(entry.word) {
                // No tag given: a known word keeps its tag.
                packedTag = base.words.packedTag(of: known)
            }
            words.append(entry.word, frequency: frequency, packedTag: packedTag)
        }
        return Lexicon(words: words, order: words.sortedOrder())
    }
}
