/// What a summary is made of.
public enum SummaryStyle: String, Codable, Sendable, CaseIterable {
    /// Whole sentences of the article (the default).
    case sentences
    /// A one-line gist: the best sentence with what a sub-editor deletes taken out, so that it
    /// is a subsequence of the article's own text and no longer than `max_chars`.
    case headline
}
