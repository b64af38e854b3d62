import Foundation
import PresswatchCore

/// The words the segmenter knows: a trie for finding them, and per word its frequency, its
/// part-of-speech tag and the log probability the best-path search adds up.
struct Lexicon: Sendable {
    static let noTag: UInt8 = 255

    private(set) var trie: LexiconTrie
    private(set) var frequencies: [Double] = []
    private(set) var tagIDs: [UInt8] = []
    /// The distinct tags, in order of first appearance; a word's tag is an index here.
    private(set) var tagNames: [PartOfSpeech] = []
    /// The tags packed into integers (up to 8 ASCII bytes), parallel to `tagNames`.
    private var packedTags: [UInt64] = []
    private(set) var total: Double = 0
    /// `log(frequency) - log(total)` per word, as jieba's route; refreshed by `finish()`.
    private(set) var logProbabilities: [Double] = []
    /// What a character that is no word scores (frequency 1).
    private(set) var unknownLogProbability: Double = 0

    init(expectedEdges: Int) {
        trie = LexiconTrie(expectedEdges: expectedEdges)
    }

    var wordCount: Int { frequencies.count }

    /// Adds a word or, when it is already known, replaces its frequency (and its tag, when one
    /// is given). A frequency of zero removes the word (its node stays as a prefix of longer
    /// words). Log probabilities use the total of the last `finish()` until the next one.
    mutating func add(_ scalars: [UInt32], frequency: Double, tag: UInt8) {
        let node = trie.insert(scalars)
        let existing = trie.nodeWord[Int(node)]
        let logProbability = log(max(frequency, 1)) + unknownLogProbability
        if existing >= 0 {
            total += frequency - frequencies[Int(existing)]
            frequencies[Int(existing)] = frequency
            logProbabilities[Int(existing)] = logProbability
            if tag != Self.noTag { tagIDs[Int(existing)] = tag }
            if frequency <= 0 { trie.setWord(LexiconTrie.none, at: node) }
            return
        }
        guard frequency > 0 else { return }
        trie.setWord(Int32(frequencies.count), at: node)
        frequencies.append(frequency)
        tagIDs.append(tag)
        logProbabilities.append(logProbability)
        total += frequency
    }

    /// The tag's index, registering a new tag. Tags are short ASCII strings.
    mutating func tagID(packed: UInt64, name: () -> String) -> UInt8 {
        if let index = packedTags.firstIndex(of: packed) { return UInt8(index) }
        guard packedTags.count < Int(Self.noTag) else { return Self.noTag }
        packedTags.append(packed)
        tagNames.append(PartOfSpeech(name()))
        return UInt8(packedTags.count - 1)
    }

    mutating func tagID(_ name: String) -> UInt8 {
        var packed: UInt64 = 0
        for (index, byte) in name.utf8.prefix(8).enumerated() {
            packed |= UInt64(byte) << (8 * UInt64(index))
        }
        return tagID(packed: packed, name: { name })
    }

    /// Recomputes the log probabilities once the words and the total are final.
    mutating func finish() {
        let logTotal = log(max(total, 1))
        logProbabilities = frequencies.map { log(max($0, 1)) - logTotal }
        unknownLogProbability = -logTotal
    }

    /// The word index of exactly `scalars`, or nil.
    func word(_ scalars: [UInt32]) -> Int? {
        let node = trie.find(scalars)
        guard node >= 0 else { return nil }
        let word = trie.nodeWord[Int(node)]
        return word >= 0 ? Int(word) : nil
    }

    func tag(ofWord word: Int32) -> PartOfSpeech? {
        let id = tagIDs[Int(word)]
        return id == Self.noTag ? nil : tagNames[Int(id)]
    }
}
