import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

@Suite(.tags(.fast)) struct SegmenterOptionsTests {
    @Test func aMissingUserDictionaryIsReportedAtItsOption() {
        var options = SegmenterOptions()
        #expect(options.validate(in: ProcessorContext(configDirectory: "/")).isEmpty)
        options.userDictionary = "no-such-words.txt"
        let errors = options.validate(in: ProcessorContext(configDirectory: "/nowhere"))
        #expect(errors.map(\.option) == ["user_dictionary"])
        #expect(errors.first?.message == "cannot read /nowhere/no-such-words.txt")
    }
}
