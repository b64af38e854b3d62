import Foundation
import PresswatchTesting
import Testing

@testable import PresswatchCore

@Suite(.tags(.fast)) struct InputReaderTests {
    let reader = InputReader(maxInputBytes: 64)

    @Test func aFileBecomesADocumentWithItsSourceFacts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Array("标题\r\n正文。\r\n".utf8)
        let path = try folder.write(bytes, to: "page.txt")
        let document = try reader.read(path)
        #expect(document.text == "标题\n正文。\n")
        #expect(
            document.source
                == SourceInfo(
                    file: path, bytes: bytes.count, sha256: SHA256.hex(bytes), encoding: .utf8,
                    lines: 2))
        #expect(document.articles.map(\.text) == ["标题\n正文。"])
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(Array(repeating: 0x41, count: 65), to: "big.txt")
        #expect(throws: InputError.self) { try reader.read(path) }
        do {
            _ = try reader.read(path)
        } catch {
            #expect(error.reason == .tooLarge)
            #expect(error.message.hasPrefix("too large: 65 bytes, over max_input_bytes (64 bytes)"))
        }
        _ = try InputReader(maxInputBytes: 65).read(path)
    }

    @Test func missingFoldersAndUnreadableFilesSaySo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func reason(_ path: String) -> InputError.Reason? {
            do {
                _ = try reader.read(path)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(folder.file("gone.txt")) == .notFound)
        #expect(reason(folder.path) == .notAFile)
        #expect(mkfifo(folder.file("fifo.txt"), 0o600) == 0)
        #expect(reason(folder.file("fifo.txt")) == .notAFile)  // and does not hang
        #expect(reason("/dev/null") == .notAFile)
        let locked = try folder.write(Array("x".utf8), to: "locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        // root reads anything: only check where permissions hold.
        if getuid() != 0 { #expect(reason(locked) == .unreadable) }
    }

    @Test func undecodableBytesKeepTheirDigestForTheErrorRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes: [UInt8] = [0x41, 0x00]
        let path = try folder.write(bytes, to: "bin.txt")
        do {
            _ = try reader.read(path)
            Issue.record("read a binary file")
        } catch {
            #expect(error.reason == .binary)
            #expect(error.byteOffset == 1)
            #expect(error.sha256 == SHA256.hex(bytes))
            #expect(error.deservesErrorRecord)
        }
    }

    @Test func pipeTextIsMeasuredInUTF8() throws {
        let document = try reader.document(id: "rec-1", text: "中文\r\n")
        #expect(document.source.file == "rec-1")
        #expect(document.source.bytes == 8)
        #expect(document.source.sha256 == SHA256.hex("中文\r\n"))
        #expect(document.source.lines == 1)
        #expect(document.text == "中文\n")
        #expect(throws: InputError.self) {
            try reader.document(id: "big", text: String(repeating: "a", count: 65))
        }
    }

    @Test func pipeBytesAreDecodedExactlyAsTheSameFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let samples: [[UInt8]] = [
            Array("标题\r\n正文。".utf8), [0xEF, 0xBB, 0xBF] + Array("正文".utf8),
            [0xFF, 0xFE, 0x63, 0x6B, 0x0A, 0x00], [0xB1, 0xEA, 0xCC, 0xE2, 0x0A],  // GB18030 标题
            [0x41, 0x00, 0x42], [0x41, 0x81, 0x20], Array(repeating: 0x41, count: 65),
        ]
        for (index, bytes) in samples.enumerated() {
            let name = "sample-\(index).txt"
            let path = try folder.write(bytes, to: name)
            let fromFile = Result { () throws(InputError) in try reader.read(path) }
            let fromBytes = Result { () throws(InputError) in
                try reader.document(id: path, bytes: bytes)
            }
            switch (fromFile, fromBytes) {
            case (.success(let file), .success(let given)):
                #expect(file.source == given.source, "sample \(index)")
                #expect(file.text == given.text, "sample \(index)")
            case (.failure(let file), .failure(let given)):
                #expect(file == given, "sample \(index)")
            default:
                Issue.record("sample \(index): file \(fromFile), bytes \(fromBytes)")
            }
        }
    }
}
