import KeywordTagger
import NumberExtractor
import PresswatchCore
import Segmenter
import Summarizer

/// The processors compiled into the programs (`presswatch` and `presswatch-bench`), the one
/// list the configuration is built from.
///
/// Adding a processor: depend on its target in Package.swift (from the
/// `CompiledProcessors` target) and add its line here, e.g.
/// `ProcessorDescriptor(Segmenter.self)`. Order does not matter; `pipeline.yaml` sets the
/// order the processors run in.
public enum CompiledProcessors {
    public static let all: [ProcessorDescriptor] = [
        ProcessorDescriptor(Segmenter.self),
        ProcessorDescriptor(Summarizer.self),
        ProcessorDescriptor(NumberExtractor.self),
        ProcessorDescriptor(KeywordTagger.self),
    ]
}
