import Foundation
import PresswatchCore
import Segmenter
import Summarizer
import Testing

/// The seed page as the daemon sees it: the real segmenter finds the articles, their
/// headlines, sentences and tokens, and the summarizer runs after it.
@Suite("Summarizer on the segmented seed page")
struct SeedThroughSegmenterTests {
    @Test("the seed page through the segmenter: ROUGE of 2-sentence summaries, printed")
    func seedPageThroughSegmenter() throws {
        let folder = TestData.root + "/seed"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let page = try #require(names.first { $0.hasSuffix(".txt") })
        let text = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
        let source = SourceInfo(
            file: page, bytes: text.utf8.count, sha256: "", encoding: .utf8,
            lines: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        var document = Document(source: source, text: text)
        let context = ProcessorContext(configDirectory: folder)
        try Segmenter(options: SegmenterOptions(), context: context).process(&document)
        try Summarizer(options: SummarizerOptions(), context: context).process(&document)
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
            SummarizerEvaluationTests.line(
                "segmented seed lead-2", baseline.averaged(over: matched)))
        print(SummarizerEvaluationTests.line("segmented seed ours", ours.averaged(over: matched)))
        #expect(matched > 0)
        #expect(ours.averaged(over: matched).rouge1 > baseline.averaged(over: matched).rouge1)
        #expect(ours.averaged(over: matched).rouge1 >= 55)
    }
}
