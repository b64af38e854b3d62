import Foundation
import PresswatchCore

/// The words the segmenter knows: the word list and its trie, whose nodes hold the log
/// probability the best-path search adds up (`log(frequency) - log(total)`, as jieba).
struct Lexicon: Sendable {
    let words: WordList
    /// The word list's indices sorted by scalars, kept to extend the lexicon cheaply.
    let order: [Int32]
    let trie: LexiconTrie
    /// The sum of the frequencies of the words in the trie.
    let total: Double
    /// What a character that is no word scores (frequency 1).
    let unknownLogProbability: Double

    init(words: WordList, order: [Int32]) {
        self.words = words
        self.order = order
        trie = LexiconTrie(words: words, order: order)
        total = trie.total
        unknownLogProbability = -log(max(total, 1))
    }

    /// The trie node of the word `scalars`, or -1 when it is no word.
    func node<C: Collection>(_ scalars: C) -> Int32 where C.Element == UInt32 {
        let node = trie.find(scalars)
        return node >= 0 && trie.nodeWord[Int(node)] >= 0 ? node : -1
    }

    /// The word index of exactly `scalars`, or nil.
    func word<C: Collection>(_ scalars: C) -> Int? where C.Element == UInt32 {
        let node = node(scalars)
        return node >= 0 ? Int(trie.nodeWord[Int(node)]) : nil
    }

    /// The tag of the word ending at `node`.
    @inline(__always)
    func tag(ofNode node: Int32) -> PartOfSpeech? {
        let tag = trie.nodes[Int(node)].tag
        return tag == WordList.noTag ? nil : words.tagNames[Int(tag)]
    }

    /// The log probability below which a word is rarer than `frequency`.
    func logProbability(ofFrequency frequency: Double) -> Double {
        log(max(frequency, 1)) + unknownLogProbability
    }
}
