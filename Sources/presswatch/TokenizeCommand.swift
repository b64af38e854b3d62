import ArgumentParser
import Foundation
import PresswatchCore
import Segmenter

/// `presswatch tokenize [FILE]`: each input line's words separated by one space, one output
/// line per input line, so the output can be scored like a word-segmentation bakeoff.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print each line's words separated by spaces (stdin when no file is given).")

    @Argument(help: "A UTF-8 text file; standard input when absent.")
    var file: String?

    @Option(help: "Extra words, one `word [frequency] [tag]` a line.")
    var userDictionary: String?

    @Option(help: "The folder holding presswatch_Segmenter.resources (the lexicon).")
    var dataDir: String?

    func run() throws {
        let segmenter: WordSegmenter
        do {
            segmenter = try WordSegmenter.load(
                resources: ResourceLocator(dataDirectory: dataDir), userDictionary: userDictionary)
        } catch {
            throw ValidationError("\(error)")
        }
        let input: Data
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            input = data
        } else {
            input = FileHandle.standardInput.readDataToEndOfFile()
        }
        var output = TokenizedOutput()
        output.write(String(decoding: input, as: UTF8.self), with: segmenter)
        output.flush()
    }
}

/// Writes the tokenized lines through one reused byte buffer, flushed in large blocks.
struct TokenizedOutput {
    private var buffer: [UInt8] = []
    private var tokens: [Token] = []

    init() {
        buffer.reserveCapacity(1 << 20)
    }

    mutating func write(_ text: String, with segmenter: WordSegmenter) {
        let scalars = Array(text.unicodeScalars)
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            // No final empty line for text that ends with a line break.
            if lineEnd == scalars.count && lineStart == lineEnd && lineStart > 0 { break }
            tokens.removeAll(keepingCapacity: true)
            segmenter.tokenize(scalars, in: lineStart..<lineEnd, into: &tokens)
            for (index, token) in tokens.enumerated() {
                if index > 0 { buffer.append(0x20) }
                for scalar in scalars[token.span.range] { appendUTF8(scalar) }
            }
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { flush() }
            lineStart = lineEnd + 1
        }
    }

    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { buffer.append($0) }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
