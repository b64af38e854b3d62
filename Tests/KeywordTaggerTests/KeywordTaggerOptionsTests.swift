import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import KeywordTagger

@Suite(.tags(.fast)) struct KeywordTaggerOptionsTests {
    @Test func aBareEntryTakesEveryDefaultAndKeysAreSnakeCase() throws {
        let bare = try JSONDecoder().decode(KeywordTaggerOptions.self, from: Data("{}".utf8))
        #expect(bare == KeywordTaggerOptions())
        #expect(
            bare.top == 10 && bare.method == .auto && bare.minScore == 0 && bare.stopwords == nil)
        let set = try JSONDecoder().decode(
            KeywordTaggerOptions.self,
            from: Data(
                #"{"top": 5, "method": "tfidf", "min_score": 0.2, "stopwords": "s.txt"}"#.utf8))
        #expect(set.top == 5 && set.method == .tfidf && set.minScore == 0.2)
        #expect(set.stopwords == "s.txt")
        #expect(
            KeywordTaggerOptions.fields.map(\.name) == ["top", "method", "min_score", "stopwords"])
    }

    @Test func badValuesAreReportedAtTheirOption() {
        var options = KeywordTaggerOptions()
        let context = ProcessorContext(configDirectory: "/nowhere")
        #expect(options.validate(in: context).isEmpty)
        options.top = 0
        options.minScore = -1
        options.stopwords = "missing.txt"
        let errors = options.validate(in: context)
        #expect(errors.map(\.option) == ["top", "min_score", "stopwords"])
        #expect(errors.last?.message == "cannot read /nowhere/missing.txt")
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
