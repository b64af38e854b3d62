import PresswatchCore
import PresswatchTesting
import Summarizer
import SummaryEvaluation
import Testing

/// The seed page as the daemon sees it: the configured chain (`pipeline.yaml`) up to the
/// summarizer; the real segmenter finds the articles, their headlines, sentences and tokens.
@Suite("Summarizer on the segmented seed page", .tags(.quality))
struct SeedThroughSegmenterTests {
    @Test("the seed page through the segmenter: ROUGE of 2-sentence summaries, printed")
    func seedPageThroughSegmenter() throws {
        let document = try ProcessorChain(through: "summarizer").run(TestData.seedPage)
        var lead = SummarizerOptions()
        lead.method = .lead
        let leadSummarizer = Summarizer(options: lead)

        var ours = ROUGEScores()
        var baseline = ROUGEScores()
        var matched = 0
        let golds = try TestData.seed()
        for (gold, reference) in golds {
            let headline = gold["headline"] as? String
            guard let article = document.articles.first(where: { $0.headline == headline })
            else { continue }
            matched += 1
            let summary = article.findings[Summary.self]?.text ?? ""
            ours = ours + CharacterROUGE.score(summary, against: reference)
            let leadText = leadSummarizer.summarize(article)?.text ?? ""
            baseline = baseline + CharacterROUGE.score(leadText, against: reference)
        }
        print("segmented seed: \(matched) of \(golds.count) articles found by headline")
        print(
            SummaryScoring.line(
                "segmented seed lead-2", baseline.averaged(over: matched)))
        print(SummaryScoring.line("segmented seed ours", ours.averaged(over: matched)))
        #expect(matched > 0)
        #expect(ours.averaged(over: matched).rouge1 > baseline.averaged(over: matched).rouge1)
        #expect(ours.averaged(over: matched).rouge1 >= 55)
    }
}
