/// What a line of an English OCR page is, as the line model labels it. The article assembly
/// starts an article at `headline` (a headline's first line) and at `briefStart`, and nowhere
/// else. The first line of a headline has a label of its own, apart from the lines under it
/// (`headlineMore`), as in BIO tagging: where a headline begins is the decision that makes or
/// breaks an article, its evidence (what stands above) is not its later lines', and two
/// headlines one under the other can be told apart from one headline of two lines.
enum EnglishLineLabel: Int, CaseIterable, Sendable {
    /// The first line of a headline (its main deck).
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
    /// A further line of the headline's main deck.
    case headlineMore
    /// A heading inside a story (a crosshead, a dispatch's head under the story's headline):
    /// the story's body. Its own label because it is set like a headline, not like the body
    /// text around it: folded into `body`, the one label had to cover two looks, and a linear
    /// model scored such lines as headlines, splitting stories.
    case crosshead
}
