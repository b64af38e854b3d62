import PresswatchCore

/// The segmenter's lexicon (dict.txt, the supplement and any user dictionary) for the
/// processors after it: the number extractor asks it about words the best path split.
extension WordSegmenter: WordLexicon {
    public func tag(ofWord scalars: ArraySlice<Unicode.Scalar>) -> PartOfSpeech? {
        let node = lexicon.node(scalars.lazy.map(\.value))
        return node >= 0 ? lexicon.tag(ofNode: node) : nil
    }
}
