/// What a line of an English OCR page is, as the line model labels it. The article assembly
/// starts an article at the first line of a headline and at `briefStart`, and nowhere else.
enum EnglishLineLabel: Int, CaseIterable, Sendable {
    /// A line of a headline (its main deck).
    case headline
    /// A deck under the headline (further decks, subheads).
    case deck
    /// A `By …` line or a wire credit.
    case byline
    /// The first line of an item without a headline (a local paragraph, a quip).
    case briefStart
    /// Body text, including datelines, crossheads and signatures.
    case body
    /// Masthead, advertisements, OCR debris: no article's.
    case furniture
}
