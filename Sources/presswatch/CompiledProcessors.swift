import KeywordTagger
import NumberExtractor
import PresswatchCore
import Segmenter
import Summarizer

/// The processors compiled into this program, the one list the configuration is built from.
///
/// Adding a processor: depend on its target in Package.swift and add its line here, e.g.
/// `ProcessorDescriptor(Segmenter.self)`. Order does not matter; `pipeline.yaml` sets the
/// order the processors run in.
enum CompiledProcessors {
    static let all: [ProcessorDescriptor] = [
        ProcessorDescriptor(Segmenter.self),
        ProcessorDescriptor(Summarizer.self),
        ProcessorDescriptor(NumberExtractor.self),
        ProcessorDescriptor(KeywordTagger.self),
    ]
}
