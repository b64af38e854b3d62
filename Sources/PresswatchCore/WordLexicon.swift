/// The word list a segmenter cut the tokens with, as the processors after it may ask it: the
/// tokens give one cut of a sentence, the lexicon every word it knows. Where the best cut split
/// a word (评价|不|一, where the lexicon holds 不一, "varied"), only the lexicon says so.
///
/// A class: an article and every reader that carries it hold one reference, copied with one
/// retain (the number extractor copies its word guard into each reader it makes).
public protocol WordLexicon: AnyObject, Sendable {
    /// The tag of the word made of exactly `scalars`; nil when the lexicon holds no such word
    /// (or holds it with no tag).
    func tag(ofWord scalars: ArraySlice<Unicode.Scalar>) -> PartOfSpeech?
}
