import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct PipelineTests {
    private func fingerprint(_ yaml: String) throws -> String {
        try load(yaml).pipeline.fingerprint
    }

    @Test func theFingerprintIsStableForTheSameEffectiveOptions() throws {
        let plain = try fingerprint("processors: [splitter, tagger]\n")
        #expect(plain.unicodeScalars.count == 64)
        #expect(try fingerprint("processors: [splitter, tagger]\n") == plain)
        // Writing a default out, or changing a setting outside the processors, changes nothing.
        #expect(try fingerprint("processors:\n  - splitter\n  - tagger: {top: 10}\n") == plain)
        #expect(try fingerprint("workers: 1\nprocessors: [splitter, tagger]\n") == plain)
    }

    @Test func theFingerprintChangesWithAnyOptionOrTheProcessors() throws {
        let plain = try fingerprint("processors: [splitter, tagger]\n")
        let variants = [
            "processors:\n  - splitter\n  - tagger: {top: 11}\n",
            "processors:\n  - splitter\n  - tagger: {min_score: 0.5}\n",
            "processors:\n  - splitter: {tokens: true}\n  - tagger\n",
            "processors: [splitter]\n",
        ]
        let fingerprints = try variants.map(fingerprint)
        #expect(!fingerprints.contains(plain))
        #expect(Set(fingerprints).count == variants.count)
    }

    @Test func theFingerprintChangesWithTheVersion() throws {
        let stages = try load("processors: [splitter]\n").pipeline.stages
        let current = Pipeline(stages: stages)
        #expect(current.version == Generator.version)
        #expect(
            Pipeline(stages: stages, version: Generator.version).fingerprint == current.fingerprint)
        #expect(Pipeline(stages: stages, version: "99.0.0").fingerprint != current.fingerprint)
        #expect(Pipeline(version: "99.0.0").fingerprint != Pipeline().fingerprint)
    }

    @Test func runCallsEveryProcessorInOrder() throws {
        let pipeline = try load("processors: [splitter, tagger]\n").pipeline
        var document = try Document.from(text: "甲乙丙。\nEnglish too.")
        try pipeline.run(&document)
        #expect(document.warnings == ["split", "tagged"])
    }

    @Test func anEmptyPipelinePassesTheDocumentThrough() throws {
        var document = try Document.from(text: "一篇文章。")
        try Pipeline().run(&document)
        #expect(document.articles.count == 1)
        #expect(document.articles.first?.text == "一篇文章。")
    }

    @Test func aProcessorsErrorNamesTheProcessor() throws {
        let pipeline = try load("processors:\n  - splitter\n  - broken: {fail_on_build: false}\n")
            .pipeline
        var document = try Document.from(text: "text")
        #expect(throws: ProcessorFailure.self) { try pipeline.run(&document) }
        do {
            try pipeline.run(&document)
        } catch {
            #expect(error.description == "broken: gave up on this page")
            #expect(error.processor == "broken")
        }
    }

    @Test func descriptorsDescribeTheirProcessor() {
        let tagger = ProcessorDescriptor(TestTagger.self)
        #expect(tagger.name == "tagger")
        #expect(tagger.needs == [.tokens])
        #expect(tagger.gives == [.keywords])
        #expect(tagger.fields.map(\.name) == ["top"])
        #expect(tagger.defaultOptionsJSON == #"{"top":10,"weighting":"tfidf"}"#)
    }
}

@Suite(.tags(.fast)) struct ProcessorFieldsTests {
    @Test func fieldsMustDescribeEveryOptionAndNoOther() {
        #expect(ProcessorDescriptor(TestSplitter.self).fieldProblems.isEmpty)
        let tagger = ProcessorDescriptor(TestTagger.self)
        #expect(tagger.optionKeys == ["top", "min_score", "weighting", "stop_words"])
        #expect(
            tagger.fieldProblems == [
                "tagger: option 'min_score' is missing from fields",
                "tagger: option 'stop_words' is missing from fields",
                "tagger: option 'weighting' is missing from fields",
            ])
        #expect(
            ProcessorDescriptor(TestBroken.self).fieldProblems == [
                "broken: option 'fail_on_build' is missing from fields"
            ])
    }
}
