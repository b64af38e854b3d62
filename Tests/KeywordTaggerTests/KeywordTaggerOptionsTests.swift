import PresswatchCore
import PresswatchTesting
import Testing

@testable import KeywordTagger

@Suite(.tags(.fast)) struct KeywordTaggerOptionsTests {
    @Test func aBareEntryTakesEveryDefaultAndKeysAreSnakeCase() throws {
        let bare = try KeywordTaggerOptions(yaml: "{}")
        #expect(bare == KeywordTaggerOptions())
        #expect(
            bare.top == 10 && bare.method == .auto && bare.minScore == 0 && bare.stopwords == nil)
        let set = try KeywordTaggerOptions(
            yaml: "top: 5\nmethod: tfidf\nmin_score: 0.2\nstopwords: s.txt\n")
        #expect(set.top == 5 && set.method == .tfidf && set.minScore == 0.2)
        #expect(set.stopwords == "s.txt")
        #expect(try KeywordTaggerOptions(yaml: "method: textrank").top == 10)
        #expect(
            KeywordTaggerOptions.fields.map(\.name) == ["top", "method", "min_score", "stopwords"])
    }

    @Test func badValuesAreReportedAtTheirOption() {
        var options = KeywordTaggerOptions()
        let context = ProcessorContext(configDirectory: "/nowhere")
        #expect(options.validate(in: context).isEmpty)
        options.stopwords = "missing.txt"
        let errors = options.validate(in: context)
        #expect(errors.map(\.option) == ["stopwords"])
        #expect(errors.last?.message == "cannot read /nowhere/missing.txt")
        // The ranges are declared with the fields, and enforced with every option's type.
        let bounds = Dictionary(
            uniqueKeysWithValues: ProcessorDescriptor(KeywordTagger.self).options.map {
                ($0.name, $0.bounds)
            })
        #expect(bounds["top"] == .within(1...100))
        #expect(bounds["min_score"] == .atLeast(0))
    }

    @Test func theProcessorDeclaresItsPlaceInTheChain() {
        #expect(KeywordTagger.name == "keyword_tagger")
        #expect(KeywordTagger.needs == [.tokens])
        #expect(KeywordTagger.gives == [.keywords])
    }

    @Test func aMissingStopwordsFileAtBuildTimeIsAnError() {
        #expect(throws: StopWordsError.self) {
            try makeTagger { $0.stopwords = "/nowhere/missing.txt" }
        }
    }
}
