import Foundation
import PresswatchCore
import Segmenter

/// What the word tests share: the segmenter, and tokens as words and kinds.
enum WordTestSupport {
    static func segmenter(userDictionary: String? = nil) throws -> WordSegmenter {
        try WordSegmenter.load(resources: ResourceLocator(), userDictionary: userDictionary)
    }

    /// The text of each token.
    static func words(_ text: String, _ segmenter: WordSegmenter) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return segmenter.tokenize(text).map { token in
            String(String.UnicodeScalarView(scalars[token.span.range]))
        }
    }

    /// The token covering exactly `word` in `text`, if the segmenter made one.
    static func token(_ word: String, in text: String, _ segmenter: WordSegmenter) -> Token? {
        let scalars = Array(text.unicodeScalars)
        return segmenter.tokenize(text).first { token in
            String(String.UnicodeScalarView(scalars[token.span.range])) == word
        }
    }

    /// A temporary file holding `text`.
    static func temporaryFile(_ text: String, name: String = "words.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("word-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
