import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

@Suite(.tags(.fast)) struct WordUserDictionaryTests {
    @Test func userWordsAreKeptWholeWithTheirTags() throws {
        let base = try WordTestSupport.segmenter()
        let text = "平湖发布今平湖客户端"
        #expect(!WordTestSupport.words(text, base).contains("今平湖"))
        let path = try WordTestSupport.temporaryFile("今平湖 100 nz\n平湖发布\n\n")
        let custom = try WordTestSupport.segmenter(userDictionary: path)
        #expect(WordTestSupport.words(text, custom) == ["平湖发布", "今平湖", "客户端"])
        #expect(WordTestSupport.token("今平湖", in: text, custom)?.tag == PartOfSpeech("nz"))
        // The base is untouched by the user's words.
        #expect(!WordTestSupport.words(text, base).contains("今平湖"))
    }

    @Test func aWordWithATagButNoFrequencyIsKeptWhole() throws {
        let path = try WordTestSupport.temporaryFile("韩冰冰 nr\n")
        let custom = try WordTestSupport.segmenter(userDictionary: path)
        #expect(WordTestSupport.words("记者韩冰冰报道", custom) == ["记者", "韩冰冰", "报道"])
        #expect(WordTestSupport.token("韩冰冰", in: "韩冰冰", custom)?.tag == PartOfSpeech("nr"))
    }

    @Test func aZeroFrequencyRemovesAWord() throws {
        let path = try WordTestSupport.temporaryFile("清华大学 0\n")
        let custom = try WordTestSupport.segmenter(userDictionary: path)
        #expect(!WordTestSupport.words("北京清华大学", custom).contains("清华大学"))
    }

    @Test func aBadFrequencyIsReportedAtItsFileAndLine() throws {
        let path = try WordTestSupport.temporaryFile("好词 10 n\n坏词 ten n\n")
        #expect {
            _ = try WordTestSupport.segmenter(userDictionary: path)
        } throws: { error in
            let error = error as? LexiconError
            return error?.line == 2 && error?.file == path
                && "\(error!)".hasPrefix("\(path):2: the frequency must be a whole number")
        }
    }

    @Test func tooManyFieldsAndBadTagsAreReported() throws {
        let extra = try WordTestSupport.temporaryFile("一 1 n 多余\n")
        #expect(
            throws: LexiconError(
                file: extra, line: 1,
                message: "expected `word [frequency] [tag]`, found more than 3 fields")
        ) {
            _ = try WordTestSupport.segmenter(userDictionary: extra)
        }
        let badTag = try WordTestSupport.temporaryFile("\n\n词 5 n1\n")
        #expect {
            _ = try WordTestSupport.segmenter(userDictionary: badTag)
        } throws: { error in
            (error as? LexiconError)?.line == 3
        }
    }

    @Test func invalidUTF8IsReported() throws {
        let path = try WordTestSupport.temporaryFile("好\n")
        try Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: LexiconError(file: path, line: 2, message: "the word is not valid UTF-8")) {
            _ = try WordTestSupport.segmenter(userDictionary: path)
        }
    }

    @Test func aMissingFileIsReported() {
        #expect(throws: LexiconError.self) {
            _ = try WordTestSupport.segmenter(userDictionary: "/no/such/words.txt")
        }
    }
}
