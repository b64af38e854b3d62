import Foundation
import PresswatchCore

/// The words the segmenter knows: the word list, its trie, and per word the log probability
/// the best-path search adds up (`log(frequency) - log(total)`, as jieba).
struct Lexicon: Sendable {
    let words: WordList
    /// The word list's indices sorted by scalars, kept to extend the lexicon cheaply.
    let order: [Int32]
    let trie: LexiconTrie
    /// The sum of the frequencies of the words in the trie.
    let total: Double
    let logProbabilities: [Double]
    /// What a character that is no word scores (frequency 1).
    let unknownLogProbability: Double

    init(words: WordList, order: [Int32]) {
        self.words = words
        self.order = order
        trie = LexiconTrie(words: words, order: order)
        total = trie.total
        let logTotal = log(max(total, 1))
        logProbabilities = words.frequencies.map { log(max($0, 1)) - logTotal }
        unknownLogProbability = -logTotal
    }

    /// The word index of exactly `scalars`, or nil.
    func word<C: Collection>(_ scalars: C) -> Int? where C.Element == UInt32 {
        let node = trie.find(scalars)
        guard node >= 0 else { return nil }
        let word = trie.nodeWord[Int(node)]
        return word >= 0 ? Int(word) : nil
    }

    @inline(__always)
    func tag(ofWord word: Int32) -> PartOfSpeech? {
        words.tag(of: Int(word))
    }
}
