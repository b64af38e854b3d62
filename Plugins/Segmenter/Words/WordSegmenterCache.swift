import Foundation

/// The per-process cache of segmenters: the base lexicon and model are read once per file,
/// and each user dictionary adds its words to a copy of that base once.
final class WordSegmenterCache: @unchecked Sendable {
    static let shared = WordSegmenterCache()

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var bases: [String: (Lexicon, HiddenMarkovModel)] = [:]
    private var segmenters: [String: WordSegmenter] = [:]

    func segmenter(
        dictionary: String, supplement: String, model: String, userDictionary: String?
    ) throws -> WordSegmenter {
        lock.lock()
        defer { lock.unlock() }
        let key = [dictionary, supplement, model, userDictionary ?? ""].joined(
            separator: "\u{0}")
        if let cached = segmenters[key] { return cached }
        let baseKey = [dictionary, supplement, model].joined(separator: "\u{0}")
        let base: (Lexicon, HiddenMarkovModel)
        if let cached = bases[baseKey] {
            base = cached
        } else {
            base = (
                try LexiconLoader.loadBase(paths: [dictionary, supplement]),
                try HiddenMarkovModelFile.load(path: model)
            )
            bases[baseKey] = base
        }
        var lexicon = base.0
        if let userDictionary {
            lexicon = try LexiconLoader.withUserDictionary(lexicon, path: userDictionary)
        }
        let segmenter = WordSegmenter(lexicon: lexicon, model: base.1)
        segmenters[key] = segmenter
        return segmenter
    }
}
